// What a CLI command may touch: injected so tests run commands in-process against a fake file system and capture output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeRoadmapBytes, sizeLimitReason } from '../core/parse/textInput';

export interface CliFileSystem {
  /** Throws Node-style errors (`code` ENOENT, EISDIR, EACCES…). */
  stat(file: string): { isDirectory(): boolean; size: number };
  readFile(file: string): Uint8Array;
  writeFile(file: string, data: Uint8Array): void;
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
    fs: {
      stat: (file) => fs.statSync(file),
      readFile: (file) => fs.readFileSync(file),
      writeFile: (file, data) => fs.writeFileSync(file, data),
    },
  };
}

export interface RoadmapFile {
  /** As given on the command line, for messages and `--json`. */
  file: string;
  absolutePath: string;
  text: string;
  /** The file started with a UTF-8 byte-order mark (not part of `text`); written back when saving. */
  bom: boolean;
}

/** Reads and decodes a roadmap, or throws a CliError saying in one line why the file cannot be used. */
export function readRoadmapFile(io: CliIo, file: string): RoadmapFile {
  const absolutePath = path.resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    const stat = io.fs.stat(absolutePath);
    if (stat.isDirectory()) throw new CliError(`${file}: is a directory, not a roadmap file`, EXIT_BAD_INPUT);
    // Checked before reading so a huge file is never loaded into memory.
    const tooLarge = sizeLimitReason(stat.size);
    if (tooLarge) throw new CliError(`${file}: ${tooLarge}`, EXIT_BAD_INPUT);
    bytes = io.fs.readFile(absolutePath);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: ${describeFsError(error)}`, EXIT_BAD_INPUT);
  }
  const decoded = decodeRoadmapBytes(bytes);
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.reason}`, EXIT_BAD_INPUT);
  return { file, absolutePath, text: decoded.text, bom: decoded.bom };
}

export function writeRoadmapFile(io: CliIo, roadmap: RoadmapFile, text: string): void {
  const bytes = new TextEncoder().encode(roadmap.bom ? `\uFEFF${text}` : text);
  try {
    io.fs.writeFile(roadmap.absolutePath, bytes);
  } catch (error) {
    throw new CliError(`${roadmap.file}: cannot write: ${describeFsError(error)}`, EXIT_BAD_INPUT);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a roadmap file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
