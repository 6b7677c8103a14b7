// remark with only the GFM pieces the model reads: task list items, tables and strikethrough.
// remark-gfm would also register autolink literals and footnotes (and pull in the to-markdown side); none of
// them changes which list items are tasks, and leaving them out makes the bundle smaller and the parse faster
// (numbers in test/bench/bench.ts).
import type { Nodes, Root } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

function remarkGfmParseOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
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
  return collapseWhitespace(collect(node, []).join(''));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes, out: string[]): string[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.push(node.value);
      break;
    case 'html':
      break;
    case 'break':
      out.push(' ');
      break;
    case 'image':
    case 'imageReference':
      out.push(node.alt ?? '');
      break;
    default:
      if ('children' in node) for (const child of node.children) collect(child, out);
  }
  return out;
}
