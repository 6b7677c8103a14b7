// `roadmap status --format markdown`: one table per roadmap, for a GitHub job summary or a pull-request comment.
import type { RoadmapDocument, Section, Status } from '../core/model';
import { formatProgress } from '../core/present/progressBar';
import { periodText } from '../core/present/periodText';

const STATUS_MARK: Record<Status, string> = { done: '✅ done', 'in-progress': '🚧 in progress', planned: '⏳ planned', blocked: '🛑 blocked' };

/** Pipes and line breaks would end a cell; everything else in a title is fine inside one. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** Plan items: sections with tasks, a status, a period or dependencies (plain headings like "Overview" are left out). */
function isItem(s: Section): boolean {
  return s.progress.total > 0 || s.status !== null || s.period !== null || s.dependencies.length > 0;
}

export function statusMarkdown(file: string, doc: RoadmapDocument): string {
  const lines: string[] = [];
  lines.push(`### ${cell(doc.title || file)}${doc.title ? ` (\`${file}\`)` : ''}`, '');
  lines.push(doc.progress.total > 0 ? `**Progress:** ${formatProgress(doc.progress)}` : '_No tasks._', '');
  const rows = doc.sections.filter((s) => isItem(s) && !(s.level === 1 && s.title === doc.title));
  if (rows.length === 0) return `${lines.join('\n')}\n`;
  const top = Math.min(...rows.map((s) => s.level));
  lines.push('| Item | Status | Progress | Period |', '|---|---|---:|---|');
  for (const s of rows) {
    const indent = '\u2003'.repeat(s.level - top);
    const status = s.status ? STATUS_MARK[s.status] : '';
    const progress = s.progress.total > 0 ? `${s.progress.done}/${s.progress.total}` : '';
    lines.push(`| ${indent}${cell(s.title || '(untitled)')} | ${status} | ${progress} | ${s.period ? cell(periodText(s.period)) : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
