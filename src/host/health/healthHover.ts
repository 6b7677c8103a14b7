import * as vscode from 'vscode';
import type { Period, Provenance, RoadmapDocument, Section, Status } from '../../core/model';
import { formatProgress } from '../../core/present/progressBar';
import type { DocumentsIndex } from '../documentsIndex';
import type { RoadmapHealth } from './roadmapHealth';

function statusLabel(status: Status | null): string {
  switch (status) {
    case 'done': return vscode.l10n.t('done');
    case 'in-progress': return vscode.l10n.t('in progress');
    case 'blocked': return vscode.l10n.t('blocked');
    case 'planned': return vscode.l10n.t('planned');
    default: return vscode.l10n.t('no status');
  }
}

function periodLabel(p: Period): string {
  if (p.unit === 'week') return p.start === p.end ? vscode.l10n.t('week {0}', p.start) : vscode.l10n.t('weeks {0}–{1}', p.start, p.end);
  return p.start === p.end ? p.start : `${p.start} → ${p.end}`;
}

/** "stated on line 12: “(In Progress)”", from provenance where the reading filled it. */
function fromWords(p: Provenance | null): string | null {
  if (!p || p.line === null) return null;
  const words = p.text ? ` “${p.text}”` : '';
  switch (p.basis) {
    case 'stated': return vscode.l10n.t('stated on line {0}:{1}', p.line, words);
    case 'derived': return vscode.l10n.t('derived (line {0}){1}', p.line, words);
    default: return vscode.l10n.t('estimated (line {0}){1}', p.line, words);
  }
}

function statusOrigin(s: Section): string {
  const stated = fromWords(s.provenance.status);
  if (stated) return stated;
  switch (s.statusSource) {
    case 'heading': return vscode.l10n.t('stated in the heading');
    case 'line': return vscode.l10n.t('stated on a status line');
    case 'table': return vscode.l10n.t('stated in a status table');
    case 'tasks': return vscode.l10n.t('derived from its tasks');
    default: return '';
  }
}

function periodOrigin(s: Section): string {
  const stated = fromWords(s.provenance.period);
  if (stated) return stated;
  switch (s.period?.source) {
    case 'heading': return vscode.l10n.t('stated in the heading');
    case 'line': return vscode.l10n.t('stated in the section');
    case 'timeline': return vscode.l10n.t('stated in a timeline list');
    case 'duration': return vscode.l10n.t('estimated from a duration');
    default: return '';
  }
}

function stateOf(s: Section): string {
  const progress = s.progress.total > 0 ? `, ${formatProgress(s.progress)}` : '';
  return `${statusLabel(s.status)}${progress}`;
}

function link(uri: vscode.Uri, s: Section): string {
  const args = encodeURIComponent(JSON.stringify([uri.toString(), s.line]));
  return `[${escape(s.title || s.id || '')}](command:roadmap.revealLine?${args})`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** Sections that list `s` among their dependencies. */
function dependents(doc: RoadmapDocument, s: Section): Section[] {
  return s.id ? doc.sections.filter((x) => x.dependencies.includes(s.id as string)) : [];
}

/**
 * Hover on a plan heading: progress, status and period with where each came from, dependencies and dependents with
 * their state, and the health diagnostics on the item.
 */
export class HealthHover implements vscode.HoverProvider {
  constructor(
    private readonly index: DocumentsIndex,
    private readonly health: RoadmapHealth,
  ) {}

  static register(index: DocumentsIndex, health: RoadmapHealth): vscode.Disposable {
    return vscode.languages.registerHoverProvider({ language: 'markdown' }, new HealthHover(index, health));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.index.get(document.uri);
    if (!entry || entry.text !== document.getText()) return undefined;
    const doc = entry.model;
    const s = doc.sections.find((x) => x.line === position.line + 1);
    if (!s) return undefined;
    const isPlanItem = s.id !== null || s.status !== null || s.period !== null || s.progress.total > 0 || s.dependencies.length > 0;
    if (!isPlanItem) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['roadmap.revealLine'] };
    const rows: string[] = [];
    if (s.progress.total > 0) rows.push(`**${vscode.l10n.t('Progress')}:** ${formatProgress(s.progress)} — ${vscode.l10n.t('counted from {0} task boxes', s.progress.total)}`);
    rows.push(`**${vscode.l10n.t('Status')}:** ${statusLabel(s.status)}${s.status ? ` — ${statusOrigin(s)}` : ''}`);
    if (s.period) rows.push(`**${vscode.l10n.t('Period')}:** ${periodLabel(s.period)} — ${periodOrigin(s)}`);
    else if (s.durationWeeks !== null) rows.push(`**${vscode.l10n.t('Duration')}:** ${vscode.l10n.t('~{0} weeks (estimate)', s.durationWeeks)}`);
    if (s.dependencies.length > 0) {
      const items = s.dependencies.map((id) => {
        const found = doc.sections.filter((x) => x.id === id);
        if (found.length === 0) return vscode.l10n.t('{0} (not in this document)', id);
        return found.map((d) => `${link(document.uri, d)} (${stateOf(d)})`).join(', ');
      });
      rows.push(`**${vscode.l10n.t('Depends on')}:** ${items.join('; ')}`);
    }
    const after = dependents(doc, s);
    if (after.length > 0) rows.push(`**${vscode.l10n.t('Needed by')}:** ${after.map((d) => `${link(document.uri, d)} (${stateOf(d)})`).join('; ')}`);
    md.appendMarkdown(rows.join('  \n'));
    const problems = this.health.get(document.uri)?.diagnostics.filter((d) => d.section === s.index && d.code !== 'summary-disagrees') ?? [];
    if (problems.length > 0) {
      md.appendMarkdown('\n\n---\n\n');
      md.appendMarkdown(problems.map((d) => `$(warning) ${escape(d.message)} \`${d.code}\``).join('  \n'));
    }
    const heading = document.lineAt(position.line).range;
    return new vscode.Hover(md, heading);
  }
}
