// The CLI's only contact with the disk: reads that cannot block or balloon, and writes that cannot lose a file.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_BYTES, sizeLimitReason } from '../core/parse/textInput';

/** What identifies the version of a file we read: compared again just before we replace it. */
export interface FileStamp {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** Permission bits (and setuid/setgid/sticky), kept by a replacement. */
  mode: number;
}

export interface FileStat extends FileStamp {
  regular: boolean;
  directory: boolean;
}

export interface ReadFile {
  bytes: Uint8Array;
  stamp: FileStamp;
}

/**
 * A file we will not read or replace, for a reason of our own rather than the operating system's:
 * `not-regular` (FIFO, device, socket, directory), `too-large` (over the limit, checked before reading),
 * `changed` (someone else wrote the file after we read it).
 */
export class FileRefusal extends Error {
  constructor(
    readonly code: 'not-regular' | 'too-large' | 'changed',
    message: string,
  ) {
    super(message);
    this.name = 'FileRefusal';
  }
}

// Without it, opening a FIFO waits for a writer forever. Windows has no FIFOs to open and no such flag.
const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

/**
 * Reads a regular file of at most `maxBytes`. The kind and size come from the open descriptor (no window between
 * a stat and the open), and no more than `maxBytes + 1` bytes are ever read, so a file that grows while we read
 * it, or a device that never ends, cannot fill the memory.
 */
export function readRegularFile(file: string, maxBytes: number = DEFAULT_MAX_BYTES): ReadFile {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileRefusal('not-regular', notRegularReason(stat));
    if (stat.size > maxBytes) throw new FileRefusal('too-large', tooLarge(stat.size, maxBytes));
    let buffer = Buffer.alloc(Math.min(maxBytes, stat.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new FileRefusal('too-large', tooLarge(length, maxBytes));
        // The file grew since fstat: keep reading, still bounded by the limit.
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger);
        buffer = bigger;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { bytes: buffer.subarray(0, length), stamp: stampOf(stat) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The stamp of what is at `file` now (following symbolic links), or undefined when nothing is. */
export function statFile(file: string): FileStat | undefined {
  try {
    const stat = fs.statSync(file);
    return { ...stampOf(stat), regular: stat.isFile(), directory: stat.isDirectory() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export interface ReplaceOptions {
  /**
   * What the file held when it was read. The file is replaced only if it still holds exactly these bytes with the
   * same size and modification time; otherwise nothing is written and a `changed` FileRefusal is thrown.
   */
  expected?: ReadFile;
}

/**
 * Replaces `file` with `data` so that a reader, a crash, a full disk or a file-size limit sees either the old
 * contents or the new, never a truncated mix: the data goes to a temporary file beside it (same directory, so the
 * same file system), is flushed, gets the old file's permission bits, and is renamed over the file. A symbolic link
 * is followed, so the link stays a link and its target gets the new contents.
 *
 * Not kept: the owner when another user owns the file (only root could), and hard links (the name gets a new inode).
 */
export function replaceFileAtomically(file: string, data: Uint8Array, options: ReplaceOptions = {}): void {
  const target = resolveLinks(file);
  const current = statFile(target);
  if (current && !current.regular) throw new FileRefusal('not-regular', notRegularReason(fs.statSync(target)));
  if (options.expected) assertUnchanged(target, options.expected);
  const mode = (current?.mode ?? 0o666) & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // 'wx': never follow or reuse something already at the temporary name.
  const fd = fs.openSync(temp, 'wx', mode);
  try {
    try {
      let written = 0;
      while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
      // openSync's mode passes through the umask; the replacement must keep exactly the old bits.
      if (current) fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Checked again as late as possible: the window left is the rename itself.
    if (options.expected) assertUnchanged(target, options.expected);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(target));
}

function assertUnchanged(target: string, expected: ReadFile): void {
  const changed = new FileRefusal('changed', 'the file changed on disk since it was read');
  let now: ReadFile;
  try {
    now = readRegularFile(target, expected.stamp.size);
  } catch (error) {
    if (error instanceof FileRefusal || (error as NodeJS.ErrnoException).code === 'ENOENT') throw changed;
    throw error;
  }
  const same =
    now.stamp.dev === expected.stamp.dev &&
    now.stamp.ino === expected.stamp.ino &&
    now.stamp.size === expected.stamp.size &&
    now.stamp.mtimeMs === expected.stamp.mtimeMs &&
    Buffer.from(now.bytes.buffer, now.bytes.byteOffset, now.bytes.byteLength).equals(expected.bytes);
  if (!same) throw changed;
}

function resolveLinks(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    // Nothing there yet (a new output file): the name itself is the target.
    return file;
  }
}

/** Makes the rename durable too; best effort, as some file systems and Windows cannot open a directory. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // The data itself is already flushed; only the rename's durability across a power cut is at stake.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): string {
  return sizeLimitReason(size, maxBytes) ?? `file is too large (${size} bytes)`;
}

function stampOf(stat: fs.Stats): FileStamp {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, mode: stat.mode };
}

function notRegularReason(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'is a directory, not a roadmap file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stat.isCharacterDevice()) return 'is a character device, not a regular file';
  if (stat.isBlockDevice()) return 'is a block device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}
