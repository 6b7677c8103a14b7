// What a CLI command may touch: injected so tests run commands in-process against a fake file system and capture output.
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_BYTES, decodeRoadmapBytes } from '../core/parse/textInput';
import { findRoadmaps } from './findRoadmaps';
import { FileRefusal, readRegularFile, replaceFileAtomically, statFile, type FileStat, type ReadFile, type ReplaceOptions } from './fileAccess';

export interface CliFileSystem {
  /**
   * Reads a regular file of at most `maxBytes` without blocking (FIFOs) or reading without end (devices). Throws a
   * FileRefusal, or a Node-style error (`code` ENOENT, EACCES, ELOOP…).
   */
  read(file: string, maxBytes: number): ReadFile;
  /** What is at `file` now (symbolic links followed), or undefined when nothing is. */
  stat(file: string): FileStat | undefined;
  /** Replaces `file` atomically; with `expected`, only while it still holds what was read (else a `changed` FileRefusal). */
  replace(file: string, data: Uint8Array, options?: ReplaceOptions): void;
  /** Roadmaps under a directory (relative paths, the editor's globs); absent where a fake file system has no walk. */
  findRoadmaps?(dir: string): string[];
}

export interface CliIo {
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void };
  env: Record<string, string | undefined>;
  cwd: string;
  fs: CliFileSystem;
}

/** An expected failure: printed as one line on stderr (never a stack trace), then the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes: documented in `roadmap --help`. */
export const EXIT_OK = 0;
export const EXIT_NO_TASK = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL = 3;

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    fs: { read: readRegularFile, stat: statFile, replace: replaceFileAtomically, findRoadmaps: (dir) => findRoadmaps(dir) },
  };
}

/** Files as given; a directory stands for every roadmap under it (the editor's `roadmap.files` globs). */
export function expandRoadmapArguments(io: CliIo, command: string, args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(io.cwd, arg);
    let isDirectory = false;
    try {
      isDirectory = io.fs.stat(absolute)?.directory ?? false;
    } catch {
      // Unreadable paths are reported by readRoadmapFile with the usual message.
    }
    if (!isDirectory) {
      out.push(arg);
      continue;
    }
    const found = (io.fs.findRoadmaps?.(absolute) ?? []).map((relative) => path.join(arg, relative));
    if (found.length === 0) throw new CliError(`${command}: ${arg}: no ROADMAP.md under this directory`, EXIT_BAD_INPUT);
    out.push(...found);
  }
  return out;
}

/**
 * What a command reads when given no file: ./ROADMAP.md when there is one, else every roadmap under the current
 * directory (a monorepo root has none of its own); when there is neither, ./ROADMAP.md, for its usual message.
 */
export function defaultRoadmapArguments(io: CliIo): string[] {
  let here = true;
  try {
    here = io.fs.stat(path.resolve(io.cwd, 'ROADMAP.md')) !== undefined;
  } catch {
    // Unreadable: readRoadmapFile says why.
  }
  if (here) return ['ROADMAP.md'];
  const found = io.fs.findRoadmaps?.(io.cwd) ?? [];
  return found.length > 0 ? found : ['ROADMAP.md'];
}

export interface RoadmapFile {
  /** As given on the command line, for messages and `--json`. */
  file: string;
  absolutePath: string;
  text: string;
  /** The file started with a UTF-8 byte-order mark (not part of `text`); written back when saving. */
  bom: boolean;
  /** The bytes and stamp read: a write replaces the file only while it still holds them. */
  read: ReadFile;
}

/** Reads and decodes a roadmap, or throws a CliError saying in one line why the file cannot be used. */
export function readRoadmapFile(io: CliIo, file: string): RoadmapFile {
  const absolutePath = path.resolve(io.cwd, file);
  let read: ReadFile;
  try {
    read = io.fs.read(absolutePath, DEFAULT_MAX_BYTES);
  } catch (error) {
    throw new CliError(`${file}: ${describeFsError(error)}`, EXIT_BAD_INPUT);
  }
  const decoded = decodeRoadmapBytes(read.bytes);
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.reason}`, EXIT_BAD_INPUT);
  return { file, absolutePath, text: decoded.text, bom: decoded.bom, read };
}

/** Writes a roadmap back, atomically, and only if nobody changed it since it was read (exit 1 otherwise). */
export function writeRoadmapFile(io: CliIo, roadmap: RoadmapFile, text: string): void {
  const bytes = new TextEncoder().encode(roadmap.bom ? `\uFEFF${text}` : text);
  try {
    io.fs.replace(roadmap.absolutePath, bytes, { expected: roadmap.read });
  } catch (error) {
    if (error instanceof FileRefusal && error.code === 'changed') {
      throw new CliError(`${roadmap.file}: the file changed on disk since it was read; nothing was changed (run the command again)`, EXIT_NO_TASK);
    }
    throw new CliError(`${roadmap.file}: cannot write: ${describeFsError(error)}; the file was left as it was`, EXIT_BAD_INPUT);
  }
}

/** Writes an output file (not a roadmap) atomically: a reader never sees half of it. */
export function writeOutputFile(io: CliIo, file: string, text: string): void {
  try {
    io.fs.replace(path.resolve(io.cwd, file), new TextEncoder().encode(text));
  } catch (error) {
    throw new CliError(`${file}: cannot write: ${describeFsError(error)}`, EXIT_BAD_INPUT);
  }
}

/** One sentence for what went wrong with a file, instead of a raw error code. */
export function describeFsError(error: unknown): string {
  if (error instanceof FileRefusal) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? FS_ERRORS[code] : undefined;
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages read "ECODE: description, syscall 'path'": keep the description.
  return /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message;
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a roadmap file',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links (a link loop?)',
  ENAMETOOLONG: 'the file name is too long',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file would exceed the file-size limit',
  EROFS: 'the file system is read-only',
  EIO: 'an input/output error occurred',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EXDEV: 'cannot replace a file across file systems',
  EAGAIN: 'the file is not ready to be read',
};

/**
 * A command's own arguments, parsed strictly; a bad one is a usage error (exit 2) that names the command, and
 * `--help` prints the command's own usage.
 */
export function commandArgs<T extends ParseArgsConfig['options']>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } } });
  } catch (error) {
    throw new CliError(`${command}: ${error instanceof Error ? error.message : String(error)}`, EXIT_BAD_INPUT);
  }
}
