import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeFsError } from '../../src/cli/cliIo';
import { FileRefusal, readRegularFile, replaceFileAtomically } from '../../src/cli/fileAccess';

describe('CLI file access (real files)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-files-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const refusal = (code: FileRefusal['code']) => (error: unknown) => error instanceof FileRefusal && error.code === code;

  describe('replaceFileAtomically', () => {
    it('replaces the contents, keeps the permission bits, and leaves no temporary file', () => {
      const file = write('ROADMAP.md', '- [ ] a\n');
      fs.chmodSync(file, 0o640);
      const read = readRegularFile(file);
      replaceFileAtomically(file, new TextEncoder().encode('- [x] a\n'), { expected: read });
      assert.equal(fs.readFileSync(file, 'utf8'), '- [x] a\n');
      assert.equal(fs.statSync(file).mode & 0o7777, 0o640);
      assert.deepEqual(fs.readdirSync(dir), ['ROADMAP.md']);
    });

    it('refuses, writing nothing, when another process appended after the read', () => {
      const file = write('ROADMAP.md', '- [ ] a\n');
      const read = readRegularFile(file);
      fs.appendFileSync(file, '- [ ] added meanwhile\n');
      assert.throws(() => replaceFileAtomically(file, new TextEncoder().encode('- [x] a\n'), { expected: read }), refusal('changed'));
      assert.equal(fs.readFileSync(file, 'utf8'), '- [ ] a\n- [ ] added meanwhile\n');
      assert.deepEqual(fs.readdirSync(dir), ['ROADMAP.md']);
    });

    it('refuses when the file was replaced by one of the same size and bytes but another inode', () => {
      const file = write('ROADMAP.md', '- [ ] a\n');
      const read = readRegularFile(file);
      write('other.md', '- [ ] a\n');
      fs.renameSync(path.join(dir, 'other.md'), file);
      assert.throws(() => replaceFileAtomically(file, new TextEncoder().encode('- [x] a\n'), { expected: read }), refusal('changed'));
    });

    it('refuses when the file was deleted after the read', () => {
      const file = write('ROADMAP.md', '- [ ] a\n');
      const read = readRegularFile(file);
      fs.rmSync(file);
      assert.throws(() => replaceFileAtomically(file, new TextEncoder().encode('- [x] a\n'), { expected: read }), refusal('changed'));
      assert.deepEqual(fs.readdirSync(dir), []);
    });

    it('writes through a symbolic link: the link stays a link', () => {
      const file = write('real.md', 'old\n');
      const link = path.join(dir, 'ROADMAP.md');
      fs.symlinkSync('real.md', link);
      replaceFileAtomically(link, new TextEncoder().encode('new\n'), { expected: readRegularFile(link) });
      assert.ok(fs.lstatSync(link).isSymbolicLink());
      assert.equal(fs.readFileSync(file, 'utf8'), 'new\n');
    });

    it('creates a new output file', () => {
      const file = path.join(dir, 'out.svg');
      replaceFileAtomically(file, new TextEncoder().encode('<svg/>'));
      assert.equal(fs.readFileSync(file, 'utf8'), '<svg/>');
      assert.deepEqual(fs.readdirSync(dir), ['out.svg']);
    });
  });

  describe('readRegularFile', () => {
    it('refuses a FIFO at once instead of waiting for a writer', () => {
      const fifo = path.join(dir, 'pipe.md');
      execFileSync('mkfifo', [fifo]);
      const started = Date.now();
      assert.throws(() => readRegularFile(fifo), (e: unknown) => refusal('not-regular')(e) && /named pipe/.test((e as Error).message));
      assert.ok(Date.now() - started < 1000);
    });

    it('refuses /dev/zero and a directory without reading them', () => {
      assert.throws(() => readRegularFile('/dev/zero'), (e: unknown) => refusal('not-regular')(e) && /character device/.test((e as Error).message));
      assert.throws(() => readRegularFile(dir), (e: unknown) => refusal('not-regular')(e) && /directory/.test((e as Error).message));
    });

    it('refuses a file over the limit before reading it', () => {
      const file = write('big.md', 'x'.repeat(2048));
      assert.throws(() => readRegularFile(file, 1024), (e: unknown) => refusal('too-large')(e) && /too large \(2 KB; the limit is 1 KB\)/.test((e as Error).message));
      assert.equal(readRegularFile(file, 2048).bytes.length, 2048);
    });

    it('says what a symbolic link loop is, in words', () => {
      const loop = path.join(dir, 'loop.md');
      fs.symlinkSync('loop.md', loop);
      let caught: unknown;
      try {
        readRegularFile(loop);
      } catch (error) {
        caught = error;
      }
      assert.equal((caught as NodeJS.ErrnoException).code, 'ELOOP');
      assert.equal(describeFsError(caught), 'too many levels of symbolic links (a link loop?)');
    });
  });

  it('describes write failures in words, not codes', () => {
    for (const [code, words] of [
      ['ENOSPC', 'no space left on the device'],
      ['EFBIG', 'the file would exceed the file-size limit'],
      ['EROFS', 'the file system is read-only'],
    ]) {
      assert.equal(describeFsError(Object.assign(new Error(`${code}: raw`), { code })), words);
    }
    assert.equal(describeFsError(Object.assign(new Error("EWHATEVER: something odd happened, open '/x'"), { code: 'EWHATEVER' })), 'something odd happened');
  });
});
