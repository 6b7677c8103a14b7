// The CLI's I/O in memory, so commands run in-process: files, directories, sizes that can lie (to test the limit
// cheaply), captured output, and a hook that plays another process writing a file between our read and our write.
import * as path from 'node:path';
import type { CliFileSystem, CliIo } from '../../../src/cli/cliIo';
import { FileRefusal, type FileStamp, type ReadFile, type ReplaceOptions } from '../../../src/cli/fileAccess';
import { sizeLimitReason } from '../../../src/core/parse/textInput';

/** An in-memory file system under /work: files, directories, and sizes that can lie (to test the limit cheaply). */
export class FakeIo implements CliIo {
  out = '';
  err = '';
  writes: string[] = [];
  files = new Map<string, Uint8Array>();
  dirs = new Set<string>(['/work']);
  fakeSizes = new Map<string, number>();
  env: Record<string, string | undefined> = {};
  cwd = '/work';
  stdout = { write: (s: string) => void (this.out += s), isTTY: false };
  stderr = { write: (s: string) => void (this.err += s) };
  /** Runs just before a replacement: a test's stand-in for another process writing the file meanwhile. */
  beforeReplace: ((file: string) => void) | undefined;
  private inodes = new Map<string, number>();
  private stampOf(file: string, data: Uint8Array): FileStamp {
    if (!this.inodes.has(file)) this.inodes.set(file, this.inodes.size + 1);
    return { dev: 1, ino: this.inodes.get(file)!, size: this.fakeSizes.get(file) ?? data.length, mtimeMs: 0, mode: 0o644 };
  }
  fs: CliFileSystem = {
    read: (file: string, maxBytes: number): ReadFile => {
      if (this.dirs.has(file)) throw new FileRefusal('not-regular', 'is a directory, not a roadmap file');
      const data = this.files.get(file);
      if (!data) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      const stamp = this.stampOf(file, data);
      if (stamp.size > maxBytes) throw new FileRefusal('too-large', sizeLimitReason(stamp.size, maxBytes)!);
      return { bytes: data, stamp };
    },
    stat: (file: string) => {
      if (this.dirs.has(file)) return { dev: 1, ino: 0, size: 4096, mtimeMs: 0, mode: 0o755, regular: false, directory: true };
      const data = this.files.get(file);
      return data ? { ...this.stampOf(file, data), regular: true, directory: false } : undefined;
    },
    replace: (file: string, data: Uint8Array, options?: ReplaceOptions) => {
      this.beforeReplace?.(file);
      const current = this.files.get(file);
      if (options?.expected && (!current || Buffer.compare(current, options.expected.bytes) !== 0)) {
        throw new FileRefusal('changed', 'the file changed on disk since it was read');
      }
      this.writes.push(file);
      this.files.set(file, data);
    },
  };

  put(name: string, content: string | Uint8Array): this {
    this.files.set(path.join(this.cwd, name), typeof content === 'string' ? new TextEncoder().encode(content) : content);
    return this;
  }

  text(name: string): string {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(this.files.get(path.join(this.cwd, name)));
  }
}

