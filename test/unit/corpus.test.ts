import assert from 'node:assert/strict';
import { parseRoadmap } from '../../src/core/parse/parse';
import { assertBoxes } from './helpers/assertions';
import { corpusFiles } from './helpers/corpus';
import { referenceHeadings, referenceTasks } from './helpers/reference';

/** Lines taken by a leading YAML front matter block, 0 when there is none. */
function frontMatterLines(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  if (!/^---\s*$/.test(lines[0] ?? '')) return 0;
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  return end < 0 ? 0 : end + 1;
}

describe('every roadmap in ../shared/roadmaps', () => {
  const files = corpusFiles();

  for (const file of files) {
    it(`${file.name}: tasks and headings as one whole remark + GFM parse reads them`, () => {
      const doc = parseRoadmap(file.text);
      const reference = referenceTasks(file.text);
      assert.deepEqual(
        doc.tasks.map((t) => ({ line: t.line, checked: t.checked })),
        reference,
        'task lines and states',
      );
      assertBoxes(file.text, doc, file.name);
      assert.deepEqual(
        doc.sections.map((s) => ({ line: s.line, level: s.level })),
        referenceHeadings(file.text).filter((h) => h.line > frontMatterLines(file.text)),
        'top-level headings (a whole parse without front matter support reads its closing --- as a setext heading)',
      );
      assert.deepEqual(doc.progress, { done: doc.tasks.filter((t) => t.checked).length, total: doc.tasks.length });
      const rolledUp = doc.roots.reduce((n, r) => n + doc.sections[r].progress.total, 0);
      assert.equal(rolledUp, doc.tasks.filter((t) => t.section !== null).length, 'root sections roll up every sectioned task');
    });
  }

  it('finds tasks across the corpus, including checked ones and none in the plain-text roadmaps', () => {
    const docs = files.map((f) => ({ name: f.name, doc: parseRoadmap(f.text) }));
    const total = docs.reduce((n, d) => n + d.doc.tasks.length, 0);
    const checked = docs.reduce((n, d) => n + d.doc.progress.done, 0);
    assert.ok(total > 300, `only ${total} tasks`);
    assert.ok(checked > 0 && checked < total, `${checked} of ${total} checked`);
    const plain = docs.filter((d) => !/\.(md|txt)$/.test(d.name));
    assert.ok(plain.length >= 4);
    for (const d of plain) assert.equal(d.doc.tasks.length, 0, d.name);
  });
});
