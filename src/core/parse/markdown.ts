// remark with only the GFM pieces the model reads: task list items, tables, strikethrough and footnotes.
// remark-gfm would also register autolink literals (and pull in the to-markdown side); they never change which
// list items are tasks, and leaving them out makes the bundle smaller and the parse faster (numbers in
// test/bench/bench.ts). Footnotes are in because a footnote definition can hold a task list (`[^1]: - [ ] x`):
// GFM reads those boxes and GitHub draws them, so they are tasks.
import type { Nodes, Root } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** Where GFM read a task's box: the check value token (` `, `x`, `X`, a tab, or a line ending), 1-based line. */
export interface TaskBox {
  offset: number;
  length: number;
  line: number;
}

declare module 'mdast' {
  interface ListItemData {
    /** Set on task items by this module: the box exactly as micromark tokenized it. */
    roadmapBox?: TaskBox;
  }
}

/**
 * The task-list check handler, replacing mdast-util-gfm-task-list-item's (registered after it, so it wins): it sets
 * `checked` the same way and also keeps the check value token's position. That token is the one character GFM read
 * as the box (`\r\n` being one line ending); nothing else in the tree says where it is.
 */
function exitCheck(this: CompileContext, token: Token): void {
  const node = this.stack[this.stack.length - 2];
  if (node?.type !== 'listItem') return;
  node.checked = token.type === 'taskListCheckValueChecked';
  node.data = { ...node.data, roadmapBox: { offset: token.start.offset, length: token.end.offset - token.start.offset, line: token.start.line } };
}

const taskBoxFromMarkdown: FromMarkdownExtension = {
  exit: { taskListCheckValueChecked: exitCheck, taskListCheckValueUnchecked: exitCheck },
};

function remarkGfmParseOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    taskBoxFromMarkdown,
  );
}

const processor = unified().use(remarkParse).use(remarkGfmParseOnly).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * Visible text of inline content: markup dropped, inline code and image alt kept, raw HTML tags dropped
 * (a title written `<b>Beta</b>` reads "Beta"), whitespace runs folded to one space.
 */
export function plainText(node: Nodes): string {
  return collapseWhitespace(visibleText(node, ' ', true));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of `node` with a hard break written as `breakText`, images as their alt text or nothing. An explicit
 * stack, not recursion: nesting depth is the input's to choose (`- ` × 3000 nests 3000 lists).
 */
export function visibleText(node: Nodes, breakText: string, imageAlt: boolean): string {
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        out.push(n.value);
        break;
      case 'html':
        break;
      case 'break':
        out.push(breakText);
        break;
      case 'image':
      case 'imageReference':
        if (imageAlt) out.push(n.alt ?? '');
        break;
      default:
        if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
    }
  }
  return out.join('');
}
