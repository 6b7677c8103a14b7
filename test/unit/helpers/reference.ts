// An independent reading to check the parser against: one remark + remark-gfm parse of the whole text, unsplit,
// with the full GFM plugin (not the parser's parse-only subset).
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

export interface ReferenceTask {
  /** Line where the item's first paragraph starts (the box's line unless the box ends its line). */
  line: number;
  checked: boolean;
}

export function referenceTasks(text: string): ReferenceTask[] {
  const out: ReferenceTask[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'listItem' && node.checked !== null && node.checked !== undefined) {
      const first = node.children[0];
      out.push({ line: (first ?? node).position!.start.line, checked: node.checked });
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(processor.parse(text));
  return out;
}

/** Root-level headings of the whole parse: line and depth. */
export function referenceHeadings(text: string): { line: number; level: number }[] {
  return processor
    .parse(text)
    .children.filter((n) => n.type === 'heading')
    .map((n) => ({ line: n.position!.start.line, level: (n as { depth: number }).depth }));
}
