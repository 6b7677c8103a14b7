// Runs inside the extension host (code-server or desktop VS Code): `run()` is what `extensionTestsPath` calls.
// scripts/testHost.mjs bundles this file with every test/integration/**/*.test.ts into out/integration/index.js.
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // The extension host has no TTY; colours would reach the log as escape codes.
  // ROADMAP_TEST_GREP (set by `npm run test:host -- --grep TEXT`) runs only the matching tests.
  const grep = process.env.ROADMAP_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000, ...(grep ? { grep } : {}) });
  // Give the suites mocha's globals (describe, it, …) before their modules evaluate.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  // A virtual module: the bundler turns it into one import per test file, evaluated here, after pre-require.
  await import('./allTests.js');
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => {
      // One line a CI log or a person can grep for, whatever the reporter printed above it.
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${count} failed`);
      resolve(count);
    });
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
