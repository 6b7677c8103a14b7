// An independent reading to check the parser against: the whole text, unsplit, with the full GFM (remark-gfm, and
// micromark-extension-gfm for the tokens), not the parser's parse-only subset, its chunks or its cache.
import type { Nodes } from 'mdast';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

export interface ReferenceTask {
  /** 1-based line of the box (the check value token GFM read). */
  line: number;
  checked: boolean;
}

export interface ReferenceBox extends ReferenceTask {
  /** UTF-16 offset and length of the check value token in the text. */
  offset: number;
  length: number;
}

/**
 * Every task box GFM reads in the whole text, in document order: micromark's check value tokens. A leading
 * byte-order mark is dropped by micromark and does not count in its offsets; it does in ours.
 */
export function referenceBoxes(text: string): ReferenceBox[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const events = postprocess(parse({ extensions: [gfm()] }).document().write(preprocess()(text, undefined, true)));
  const out: ReferenceBox[] = [];
  for (const [kind, token] of events) {
    if (kind !== 'enter' || (token.type !== 'taskListCheckValueChecked' && token.type !== 'taskListCheckValueUnchecked')) continue;
    out.push({ offset: token.start.offset + bom, length: token.end.offset - token.start.offset, line: token.start.line, checked: token.type === 'taskListCheckValueChecked' });
  }
  return out;
}

/** The tasks of one whole remark + remark-gfm parse (checked states from the tree, box lines from the tokens). */
export function referenceTasks(text: string): ReferenceTask[] {
  const checked: boolean[] = [];
  const stack: Nodes[] = [processor.parse(text)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') checked.push(node.checked);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  const boxes = referenceBoxes(text);
  if (boxes.length !== checked.length || boxes.some((b, i) => b.checked !== checked[i])) {
    throw new Error(`reference: the tree has ${checked.length} tasks, the tokens ${boxes.length}`);
  }
  return boxes.map((b) => ({ line: b.line, checked: b.checked }));
}

/** Root-level headings of the whole parse: line and depth. */
export function referenceHeadings(text: string): { line: number; level: number }[] {
  return processor
    .parse(text)
    .children.filter((n) => n.type === 'heading')
    .map((n) => ({ line: n.position!.start.line, level: (n as { depth: number }).depth }));
}
