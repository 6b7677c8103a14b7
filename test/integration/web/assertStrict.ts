// `node:assert/strict` in the web worker: the `assert` package (Node's assert for browsers), in its strict mode.
import assert from 'assert';

export default assert.strict;
