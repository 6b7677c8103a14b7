// GFM tables as the health rules need them: every cell with its text and where it sits, so a rule can point at
// "2/2" or "Not started" in a Progress table and a fix can rewrite just that cell.
import { isProse, lineStart, lineText, type DocumentText } from './documentText';

export interface TableCell {
  /** Trimmed text as written. */
  text: string;
  /** UTF-16 offsets of the trimmed text in the document. */
  start: number;
  end: number;
}

export interface TableRow {
  line: number;
  cells: TableCell[];
}

export interface Table {
  header: TableRow;
  rows: TableRow[];
}

const DELIMITER = /^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

export function findTables(doc: DocumentText): Table[] {
  const tables: Table[] = [];
  const count = doc.starts.length;
  for (let line = 2; line <= count; line++) {
    const delimiter = lineText(doc, line);
    if (!isProse(doc, line) || !delimiter.includes('-') || !DELIMITER.test(delimiter)) continue;
    const headerText = lineText(doc, line - 1);
    if (!isProse(doc, line - 1) || !headerText.includes('|')) continue;
    const header = row(doc, line - 1);
    const rows: TableRow[] = [];
    let next = line + 1;
    for (; next <= count; next++) {
      const text = lineText(doc, next);
      if (!isProse(doc, next) || text.trim() === '' || !text.includes('|')) break;
      rows.push(row(doc, next));
    }
    tables.push({ header, rows });
    line = next;
  }
  return tables;
}

function row(doc: DocumentText, line: number): TableRow {
  const text = lineText(doc, line);
  const base = lineStart(doc, line);
  const cells: TableCell[] = [];
  // Split on pipes that are not escaped and not inside a code span.
  let cellStart = 0;
  let inCode = false;
  const bounds: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') inCode = !inCode;
    else if (c === '|' && !inCode) {
      bounds.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  bounds.push([cellStart, text.length]);
  // Leading and trailing pipes leave empty edge cells.
  if (bounds.length > 1 && text.slice(bounds[0][0], bounds[0][1]).trim() === '') bounds.shift();
  if (bounds.length > 1 && text.slice(bounds[bounds.length - 1][0], bounds[bounds.length - 1][1]).trim() === '') bounds.pop();
  for (const [a, b] of bounds) {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    cells.push({ text: trimmed, start: base + a + lead, end: base + a + lead + trimmed.length });
  }
  return { line, cells };
}
