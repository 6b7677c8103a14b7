// Decides whether bytes read from disk are a text roadmap we may parse and rewrite.
// Hosts and the CLI share it so a file is either accepted everywhere or rejected everywhere with the same reason.

/** 10 MiB: far above any hand-written roadmap (the largest public one we test is ~20 KB) and well below what a parse can afford. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Git's heuristic: a NUL byte in the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;

export type DecodeResult =
  /**
   * `text` has no byte-order mark: VS Code's text documents drop it too, so offsets computed on `text` are the
   * offsets of the open document. `bom` says one was there; writers must put it back (`'\uFEFF' + text`).
   */
  | { ok: true; text: string; bom: boolean }
  | { ok: false; reason: string };

export function decodeRoadmapBytes(bytes: Uint8Array, opts: { maxBytes?: number } = {}): DecodeResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const tooLarge = sizeLimitReason(bytes.length, maxBytes);
  if (tooLarge) return { ok: false, reason: tooLarge };
  if (hasUtf16Bom(bytes)) {
    return { ok: false, reason: 'file is UTF-16 encoded; only UTF-8 is supported' };
  }
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'file looks binary (it contains NUL bytes)' };
  }
  let text: string;
  try {
    // ignoreBOM keeps the mark in the output so we can report it instead of silently losing it on write-back.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** The reason a file of `size` bytes is refused, or null; callers that can stat a file use it before reading it. */
export function sizeLimitReason(size: number, maxBytes: number = DEFAULT_MAX_BYTES): string | null {
  if (size <= maxBytes) return null;
  const limit = formatBytes(maxBytes);
  const actual = formatBytes(size);
  return `file is too large (${actual === limit ? `${size} bytes` : actual}; the limit is ${limit})`;
}

function formatBytes(n: number): string {
  const unit = n >= 1024 * 1024 ? ['MB', 1024 * 1024] : n >= 1024 ? ['KB', 1024] : null;
  if (!unit) return `${n} bytes`;
  return `${Number((n / (unit[1] as number)).toFixed(1))} ${unit[0]}`;
}
