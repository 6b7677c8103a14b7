import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanDocument, splitSections } from '../../src/core/parse/split';
import { documentText } from './helpers/generate';

const headings = (text: string): string[] => splitSections(text).map((c) => c.heading);

describe('splitSections', () => {
  it('splits at column-0 headings outside fences and HTML, covering the text exactly', () => {
    const text = 'intro\n# A\n```\n# not\n```\n<div>\n# not\n\n## B\n  # indented\n### C';
    const chunks = splitSections(text);
    assert.deepEqual(chunks.map((c) => c.heading), ['', '# A', '## B', '### C']);
    assert.equal(chunks.map((c) => c.text).join(''), text);
    assert.deepEqual(chunks.map((c) => [c.startLine, c.lineCount]), [[0, 1], [1, 7], [8, 2], [10, 1]]);
  });

  it('knows what an ATX heading is', () => {
    assert.deepEqual(headings('x\n#5 not\n####### seven\n#\tTab\n#\n##x\n\t# tab-indented\n'), ['', '#\tTab', '#']);
  });

  it('ends fences only at a long-enough closer of the same character', () => {
    assert.deepEqual(headings('````\n```\n# a\n~~~~\n# b\n`````\n# c\n'), ['', '# c']);
    assert.deepEqual(headings('``` js\n# a\n   ```\n# b\n'), ['', '# b']);
    assert.deepEqual(headings('```\n# a\n    ```\n# b\n'), [''], 'a closer indented four spaces is code, not a closer');
    assert.deepEqual(headings('``` a`b\n# c\n'), ['', '# c'], 'a backtick info string with a backtick is no fence');
  });

  it('tracks the HTML block kinds and their end conditions', () => {
    assert.deepEqual(headings('<script>\n# a\n\n# b\n</script>\n# c\n'), ['', '# c'], 'kind 1 ends at its closing tag, not a blank line');
    assert.deepEqual(headings('<!-- x\n# a\n-->\n# b\n'), ['', '# b']);
    assert.deepEqual(headings('<!-- one line -->\n# a\n'), ['', '# a']);
    assert.deepEqual(headings('<?php\n# a\n?>\n# b\n'), ['', '# b']);
    assert.deepEqual(headings('<!DOCTYPE html\n# a\n>\n# b\n'), ['', '# b']);
    assert.deepEqual(headings('<![CDATA[\n# a\n]]>\n# b\n'), ['', '# b']);
    assert.deepEqual(headings('<table>\n# a\n\n# b\n'), ['', '# b'], 'kind 6 ends at a blank line');
    assert.deepEqual(headings('<my-tag>\n# a\n\n# b\n'), ['', '# b'], 'kind 7 alone on its line');
    assert.deepEqual(headings('text\n<my-tag>\n# a\n'), ['', '# a'], 'kind 7 cannot interrupt a paragraph');
  });

  it('blanks front matter without moving a line or an offset, and reads its title', () => {
    const text = '---\ntitle: \'My Plan\'\n---\n# Real\n';
    const scan = scanDocument(text);
    assert.deepEqual(scan.frontMatter, { endLine: 3, title: 'My Plan' });
    assert.equal(scan.chunks[0].text, '   \n                \n   \n');
    assert.equal(scan.chunks[1].startOffset, text.indexOf('# Real'));
    assert.equal(scanDocument('--- not front matter\n# A\n').frontMatter, null);
  });

  it('counts CRLF, lone CR and LF line endings, and drops a BOM from the first chunk', () => {
    const scan = scanDocument('\uFEFFa\r\n# B\rc\n# D');
    assert.equal(scan.lineCount, 4);
    assert.equal(scan.eol, '\r\n');
    assert.deepEqual(scan.chunks.map((c) => [c.startLine, c.startOffset, c.text]), [[0, 1, 'a\r\n'], [1, 4, '# B\rc\n'], [3, 10, '# D']]);
  });

  it('collects link reference definitions outside code, not inside paragraphs', () => {
    const scan = scanDocument('[a]: http://a\n\n```\n[b]: http://b\n```\n\ntext\n[c]: http://c\n\n   [D]: <http://d> "t"\n');
    assert.deepEqual(scan.definitions, ['[a]: http://a', '   [D]: <http://d> "t"']);
  });

  it('gives one empty chunk for empty text', () => {
    assert.deepEqual(splitSections(''), [{ startLine: 0, lineCount: 0, startOffset: 0, text: '', heading: '' }]);
  });

  it('chunks always tile the text (front matter blanked, BOM dropped) and start at headings', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const chunks = splitSections(text);
        const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
        assert.equal(chunks.map((c) => c.text).join('').length, body.length);
        let offset = text.length - body.length;
        for (const [i, c] of chunks.entries()) {
          assert.equal(c.startOffset, offset);
          if (i > 0) assert.ok(c.text.startsWith(c.heading) && /^#{1,6}(?:[ \t]|$)/.test(c.heading));
          offset += c.text.length;
        }
      }),
    );
  });
});
