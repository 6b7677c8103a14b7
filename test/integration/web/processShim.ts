// The little of `process` that the `assert` package and mocha's browser build touch; a web worker has none.
export const process = { env: {}, argv: [], platform: 'browser', version: '', versions: {}, nextTick: (fn: () => void) => queueMicrotask(fn), stdout: undefined, cwd: () => '/' };
