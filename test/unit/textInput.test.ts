import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_MAX_BYTES, decodeRoadmapBytes, sizeLimitReason } from '../../src/core/parse/textInput';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeRoadmapBytes', () => {
  it('decodes UTF-8 text unchanged, CR and tabs included', () => {
    const text = '# Roadmap\r\n\t- [ ] café ✅ 🚀\r\n';
    assert.deepEqual(decodeRoadmapBytes(utf8(text)), { ok: true, text, bom: false });
  });

  it('accepts an empty file', () => {
    assert.deepEqual(decodeRoadmapBytes(new Uint8Array()), { ok: true, text: '', bom: false });
  });

  it('drops a UTF-8 byte-order mark and says it was there', () => {
    const result = decodeRoadmapBytes(utf8('\uFEFF# Title\n'));
    assert.deepEqual(result, { ok: true, text: '# Title\n', bom: true });
  });

  it('rejects NUL bytes as binary', () => {
    const result = decodeRoadmapBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /binary/);
  });

  it('rejects invalid UTF-8', () => {
    const result = decodeRoadmapBytes(new Uint8Array([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a])); // Latin-1 "# été"
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /UTF-8/);
  });

  it('rejects UTF-16 with a clear reason', () => {
    const result = decodeRoadmapBytes(new Uint8Array([0xff, 0xfe, 0x23, 0x00]));
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /UTF-16/);
  });

  it('rejects files over the limit, by default 10 MiB', () => {
    assert.equal(DEFAULT_MAX_BYTES, 10 * 1024 * 1024);
    assert.equal(decodeRoadmapBytes(utf8('x'.repeat(11)), { maxBytes: 10 }).ok, false);
    assert.equal(decodeRoadmapBytes(utf8('x'.repeat(10)), { maxBytes: 10 }).ok, true);
    const big = new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61);
    const result = decodeRoadmapBytes(big);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.reason, 'file is too large (10485761 bytes; the limit is 10 MB)');
    assert.equal(sizeLimitReason(15 * 1024 * 1024), 'file is too large (15 MB; the limit is 10 MB)');
    assert.equal(sizeLimitReason(DEFAULT_MAX_BYTES), null);
  });

  it('round-trips any NUL-free string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = s.replace(/\0/g, '').replace(/^\uFEFF/, '');
        assert.deepEqual(decodeRoadmapBytes(utf8(text)), { ok: true, text, bom: false });
      }),
    );
  });
});
