// The timeline picture: one geometry, drawn twice — as a static SVG string here (CLI, export) and as live DOM
// nodes by the webview — so the exported file is the picture on screen.
import { statusText } from '../present/periodText';
import type { Status } from '../model';
import { daysBetween, type TimelineItem, type TimelineLayout } from './timelineLayout';

export interface GeometryOptions {
  /** Multiplies the unit's natural day width (webview zoom). */
  zoom?: number;
  /** Width of the label column; narrow panels use less than the default. */
  labelWidth?: number;
  /** Words for the picture, in the user's language (the host localizes them; the CLI keeps English). */
  words?: Partial<TimelineWords>;
  /** Where the picture's header starts (a group of a workspace chart sits below the ones before it). */
  top?: number;
}

export interface TimelineWords {
  /** Heading of the lane of items without a period. */
  lane: string;
  /** Shown in the header when the document states no time at all. */
  noAxis: string;
  today: string;
}

export const englishWords: TimelineWords = {
  lane: 'Not scheduled — plan order',
  noAxis: 'No dates or weeks in this roadmap, so there is no time axis.',
  today: 'today',
};

export interface BarGeometry {
  item: TimelineItem;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Width of the progress fill. */
  fill: number;
  /** Drawn as a diamond: a milestone on a single day, or any milestone in the lane. */
  diamond: boolean;
  /** Listed in the lane: no position in time. */
  lane: boolean;
  /** Placed by an estimate (hatched, outlined), not by a stated period. */
  estimated: boolean;
  /** The stated period is soft ("Q2 2024", "May 2024"): edges fade instead of stopping hard. */
  soft: boolean;
  /** Where the item really finished (a completion date the document gives), when it is on the axis. */
  stamp?: { x: number; label: string };
  /** Text drawn on the bar: the stream title for nested rows, else the progress count. */
  text: string;
  /** Accessible summary: title, period, status, progress, dependencies. */
  summary: string;
}

export interface RowGeometry {
  y: number;
  /** A row of the lane (no time). */
  lane: boolean;
  depth: 0 | 1;
  label: string;
  /** Heading line the row label reveals. */
  line: number;
  bars: BarGeometry[];
  /** In a workspace chart: the index of the file's group, so a click reveals the line in that file. */
  group?: number;
}

/** One file of a workspace chart: its own header (name, and its axis' ticks when it has one of its own). */
export interface GroupGeometry {
  /** Top of the group's header. */
  y: number;
  /** Bottom of its last row. */
  bottom: number;
  name: string;
  ticks: { x: number; label: string }[];
  hasAxis: boolean;
  lane?: { y: number; label: string };
  note?: string;
  today?: { x: number; label: string };
}

export interface TimelineGeometry {
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  rowHeight: number;
  dayWidth: number;
  ticks: { x: number; label: string }[];
  rows: RowGeometry[];
  arrows: { d: string; late: boolean; from: number; to: number }[];
  today?: { x: number; label: string };
  /** The document states time somewhere: ticks and grid are drawn. */
  hasAxis: boolean;
  /** Header of the lane of unscheduled items, when there are any. */
  lane?: { y: number; label: string };
  /** One line in the header when there is no axis at all. */
  note?: string;
  /** A workspace chart: one group per file, each with its own header; the chart's own ticks, lane and note are unused. */
  groups?: GroupGeometry[];
}

const defaultLabelWidth = 280;
const minTickSpacing = 40;
const headerHeight = 52;
const minAxisWidth = 900;
const rowHeight = 30;
const barHeight = 18;
const naturalDayWidth = { week: 14, month: 4, quarter: 1.5 } as const;
const laneChipWidth = 120;
const softPrecisions: ReadonlySet<string> = new Set(['month', 'quarter', 'half', 'year']);

/** The status word a bar's class and data attribute carry; the one wording of core/present. */
export const statusWord = statusText;

export function itemSummary(item: TimelineItem): string {
  const parts = [item.title, item.periodLabel || `${item.start} – ${item.end}`, statusWord(item.status)];
  if (item.progress.total > 0) parts.push(`${item.progress.done}/${item.progress.total} tasks done`);
  if (item.dependencies.length > 0) parts.push(`depends on ${item.dependencies.join(', ')}`);
  if (item.estimated) parts.push('estimated placement');
  if (item.unscheduled) parts.push('not scheduled');
  return parts.join(' · ');
}

export function timelineGeometry(layout: TimelineLayout, options: GeometryOptions = {}): TimelineGeometry {
  const words = { ...englishWords, ...options.words };
  const hasAxis = layout.axis.mode !== 'none' && layout.axis.days > 0;
  const zoom = Math.min(16, Math.max(1 / 16, options.zoom ?? 1));
  const dayWidth = hasAxis ? baseDayWidth(layout) * zoom : 0;
  const axisWidth = hasAxis ? Math.max(1, layout.axis.days * dayWidth) : laneChipWidth + 16;
  const labelWidth = Math.max(80, options.labelWidth ?? defaultLabelWidth);
  const width = Math.ceil(labelWidth + axisWidth + 24);
  const xOf = (offset: number): number => labelWidth + offset * dayWidth;
  const header = (options.top ?? 0) + headerHeight;

  const bars = new Map<number, BarGeometry>();
  const barOf = (item: TimelineItem, y: number, depth: 0 | 1, lane: boolean): BarGeometry => {
    const x = lane ? labelWidth + 8 : xOf(item.offset);
    const w = lane ? (item.kind === 'milestone' ? barHeight : laneChipWidth) : Math.max(2, item.length * dayWidth);
    const ratio = item.progress.total > 0 ? item.progress.done / item.progress.total : 0;
    const bar: BarGeometry = {
      item,
      x,
      y: y + (rowHeight - barHeight) / 2,
      width: w,
      height: barHeight,
      fill: item.kind === 'milestone' && lane ? 0 : w * ratio,
      diamond: item.kind === 'milestone' && (lane || item.length <= 1),
      lane,
      estimated: item.estimated,
      soft: !lane && !item.estimated && softPrecisions.has(item.precision),
      text: lane ? laneText(item) : depth === 1 ? item.title : item.progress.total > 0 ? `${item.progress.done}/${item.progress.total}` : '',
      summary: itemSummary(item),
    };
    if (!lane && item.completed && layout.axis.mode === 'date') {
      bar.stamp = { x: xOf(daysBetween(layout.axis.start, item.completed) + 0.5), label: `done ${item.completed}` };
    }
    // Several dated checklist items of one section share a key; the first keeps the arrows.
    if (item.task === null || !bars.has(item.section)) bars.set(item.section, bar);
    return bar;
  };
  const rows: RowGeometry[] = layout.rows.map((row, r) => {
    const y = header + r * rowHeight;
    const rowBars = row.items.map((item) => barOf(item, y, row.depth, false));
    const label = row.items.map((i) => i.title).join(' · ');
    return { y, lane: false, depth: row.depth, label, line: row.items[0]?.line ?? 1, bars: rowBars };
  });
  let laneHeader: { y: number; label: string } | undefined;
  if (layout.lane.length > 0) {
    // Without an axis the lane is the whole picture, so it needs no header row of its own.
    const top = header + rows.length * rowHeight + (rows.length > 0 ? rowHeight : 0);
    if (rows.length > 0) laneHeader = { y: top - rowHeight, label: words.lane };
    layout.lane.forEach((item, i) => {
      const y = top + i * rowHeight;
      rows.push({ y, lane: true, depth: item.parent === null ? 0 : 1, label: item.title, line: item.line, bars: [barOf(item, y, 0, true)] });
    });
  }

  const arrows = hasAxis ? layout.arrows.flatMap((a) => {
    const from = bars.get(a.from);
    const to = bars.get(a.to);
    // Arrows join items in time; an item in the lane has no time to join.
    if (!from || !to || from.lane || to.lane) return [];
    const x1 = from.x + from.width;
    const y1 = from.y + from.height / 2;
    const x2 = to.x;
    const y2 = to.y + to.height / 2;
    let d: string;
    if (x2 - x1 >= 16) {
      // Room between the bars: leave the dependency to the right and enter the dependent from the left.
      const bend = (x1 + x2) / 2;
      d = `M${r(x1)},${r(y1)} H${r(bend)} V${r(y2)} H${r(x2)}`;
    } else if (x2 >= x1 - 2) {
      // The dependent starts where the dependency ends: drop from the dependency's last days into the dependent.
      const drop = Math.max(from.x + 2, x1 - 10);
      const yFrom = y2 > y1 ? from.y + from.height : from.y;
      d = `M${r(drop)},${r(yFrom)} V${r(y2)} H${r(x2)}`;
    } else {
      // Late: go around, so the arrow still enters the dependent from the left and the overlap shows.
      const between = (y1 + y2) / 2;
      d = `M${r(x1)},${r(y1)} h8 V${r(between)} H${r(x2 - 10)} V${r(y2)} H${r(x2)}`;
    }
    return [{ d, late: a.late, from: a.from, to: a.to }];
  }) : [];

  const lastRow = rows.length > 0 ? rows[rows.length - 1].y + rowHeight : header + rowHeight;
  const geometry: TimelineGeometry = {
    width,
    height: lastRow + 8,
    labelWidth,
    headerHeight,
    rowHeight,
    dayWidth,
    ticks: hasAxis ? thinLabels(layout.axis.ticks.map((t) => ({ x: xOf(t.offset), label: t.label }))) : [],
    rows,
    arrows,
    hasAxis,
  };
  if (laneHeader) geometry.lane = laneHeader;
  if (!hasAxis) geometry.note = words.noAxis;
  if (layout.today && hasAxis) {
    const offset = daysBetween(layout.axis.start, layout.today);
    geometry.today = { x: xOf(offset + 0.5), label: `${words.today} ${layout.today}` };
  }
  return geometry;
}

/** What an item in the lane says, where a bar would show its length: its progress, else its status. */
function laneText(item: TimelineItem): string {
  const { done, total } = item.progress;
  return total > 0 ? `${done}/${total} · ${Math.round((100 * done) / total)}%` : statusWord(item.status);
}

/** Day width at zoom 1: the unit's natural width, widened so a short plan still fills a readable picture. */
function baseDayWidth(layout: TimelineLayout): number {
  return Math.max(naturalDayWidth[layout.axis.unit], minAxisWidth / Math.max(1, layout.axis.days));
}

/** The zoom at which the whole axis fits `width` pixels next to the labels. */
export function fitZoom(layout: TimelineLayout, width: number, labelWidth = defaultLabelWidth): number {
  if (layout.axis.mode === 'none' || layout.axis.days <= 0) return 1;
  const natural = baseDayWidth(layout) * Math.max(1, layout.axis.days);
  return Math.min(16, Math.max(1 / 16, (width - Math.max(80, labelWidth) - 24) / natural));
}

/**
 * A workspace chart: each file's geometry stacked below the previous one at one zoom, so dated files (which share
 * one calendar axis in their layouts) line up; each group carries its own header with the file's name and ticks.
 */
export function workspaceGeometry(groups: { name: string; layout: TimelineLayout }[], options: GeometryOptions = {}): TimelineGeometry {
  const labelWidth = Math.max(80, options.labelWidth ?? defaultLabelWidth);
  let y = 0;
  let width = labelWidth + laneChipWidth + 40;
  const rows: RowGeometry[] = [];
  const arrows: TimelineGeometry['arrows'] = [];
  const heads: GroupGeometry[] = [];
  let dayWidth = 0;
  groups.forEach(({ name, layout }, group) => {
    const g = timelineGeometry(layout, { ...options, labelWidth, top: y });
    for (const row of g.rows) rows.push({ ...row, group });
    arrows.push(...g.arrows);
    const head: GroupGeometry = { y, bottom: g.height - 8, name, ticks: g.ticks, hasAxis: g.hasAxis };
    if (g.lane) head.lane = g.lane;
    if (g.note) head.note = g.note;
    if (g.today) head.today = g.today;
    heads.push(head);
    width = Math.max(width, g.width);
    dayWidth = Math.max(dayWidth, g.dayWidth);
    y = g.height + 8;
  });
  return { width, height: Math.max(y, headerHeight), labelWidth, headerHeight, rowHeight, dayWidth, ticks: [], rows, arrows, hasAxis: heads.some((h) => h.hasAxis), groups: heads };
}

/** The zoom at which every group's axis fits `width` pixels next to the labels. */
export function fitWorkspaceZoom(groups: { layout: TimelineLayout }[], width: number, labelWidth = defaultLabelWidth): number {
  const zooms = groups.filter((g) => g.layout.axis.mode !== 'none' && g.layout.axis.days > 0).map((g) => fitZoom(g.layout, width, labelWidth));
  return zooms.length > 0 ? Math.min(...zooms) : 1;
}

/** A label column that leaves a narrow panel most of its width for the bars. */
export function labelWidthFor(viewportWidth: number): number {
  return Math.round(Math.min(defaultLabelWidth, Math.max(120, viewportWidth * 0.3)));
}

/** Grid lines stay at every tick; labels too close to the previous one are dropped so they never overlap. */
function thinLabels(ticks: { x: number; label: string }[]): { x: number; label: string }[] {
  let last = -Infinity;
  return ticks.map((t) => {
    const width = Math.max(minTickSpacing, t.label.length * 7 + 8);
    if (t.x - last < width) return { x: t.x, label: '' };
    last = t.x;
    return t;
  });
}

/** Cuts text to roughly fit `px` pixels of a ~12px sans-serif font, since SVG text does not ellipsize itself. */
export function fitText(text: string, px: number): string {
  const max = Math.floor(px / 7);
  if (max <= 1) return '';
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function escapeXml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0 at all, escaped or not.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

export function statusClass(status: Status | null): string {
  return `status-${status ?? 'none'}`;
}

/** Static colours for files opened outside VS Code; the webview uses theme variables instead. */
const staticStyle = `
svg{font:12px system-ui,-apple-system,"Segoe UI",sans-serif;background:#fff;color:#1f2328}
.bg{fill:#fff}.grid{stroke:#d0d7de;stroke-width:1}.tick{fill:#57606a}.label{fill:#1f2328}.label.nested{fill:#57606a}
.bar{stroke-width:1}.bar.status-done{fill:#b4e2c0;stroke:#1a7f37}.bar.status-in-progress{fill:#b6d7ff;stroke:#0969da}
.bar.status-planned,.bar.status-none{fill:#e6e9ed;stroke:#8c959f}.bar.status-blocked{fill:#ffcecb;stroke:#cf222e}
.bar.estimated{stroke-dasharray:4 3;fill-opacity:.25}.hatch-line{stroke:#8c959f;stroke-width:1.5}.stamp{stroke:#1a7f37;stroke-width:2;fill:none}
.lane-title,.note{fill:#57606a;font-style:italic}.lane-rule{stroke:#d0d7de}.fill{fill:#000;fill-opacity:.18}.bar-text{fill:#1f2328}
.arrow{fill:none;stroke:#57606a;stroke-width:1.4}.arrow.late{stroke:#cf222e}.head{fill:#57606a}.head.late{fill:#cf222e}.today{stroke:#bf3989;stroke-width:1.5;stroke-dasharray:3 2}
.today-label{fill:#bf3989}.title{font-weight:600;fill:#1f2328}
@media (prefers-color-scheme: dark){svg{background:#0d1117}.bg{fill:#0d1117}.grid{stroke:#30363d}.tick,.label.nested{fill:#8b949e}
.label,.bar-text,.title{fill:#e6edf3}.bar.status-done{fill:#1f4d2c;stroke:#3fb950}.bar.status-in-progress{fill:#0c3468;stroke:#58a6ff}
.bar.status-planned,.bar.status-none{fill:#30363d;stroke:#8b949e}.bar.status-blocked{fill:#5a1e1e;stroke:#f85149}.fill{fill:#fff;fill-opacity:.2}
.arrow{stroke:#8b949e}.arrow.late{stroke:#f85149}.head{fill:#8b949e}.head.late{fill:#f85149}.hatch-line{stroke:#8b949e}.stamp{stroke:#3fb950}
.lane-title,.note{fill:#8b949e}.lane-rule{stroke:#30363d}}
`;

export function timelineSvg(layout: TimelineLayout, options: GeometryOptions = {}): string {
  const g = timelineGeometry(layout, options);
  const out: string[] = [];
  const title = layout.title || 'Roadmap timeline';
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${g.height}" viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${escapeXml(title)}">`);
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<style>${staticStyle}</style>`);
  out.push(`<defs>${arrowMarker('arrowhead', 'head')}${arrowMarker('arrowhead-late', 'head late')}${patternDefs}</defs>`);
  out.push(`<rect class="bg" x="0" y="0" width="${g.width}" height="${g.height}"/>`);
  out.push(`<text class="title" x="8" y="18">${escapeXml(fitText(title, g.width - 16))}</text>`);
  const gridBottom = g.lane ? g.lane.y : g.height;
  for (const t of g.ticks) {
    out.push(`<line class="grid" x1="${r(t.x)}" y1="${g.headerHeight - 8}" x2="${r(t.x)}" y2="${gridBottom}"/>`);
    if (t.label) out.push(`<text class="tick" x="${r(t.x + 3)}" y="${g.headerHeight - 12}">${escapeXml(t.label)}</text>`);
  }
  if (g.note) out.push(`<text class="note" x="8" y="${g.headerHeight - 12}">${escapeXml(fitText(g.note, g.width - 16))}</text>`);
  if (g.lane) {
    out.push(`<line class="lane-rule" x1="0" y1="${g.lane.y + 4}" x2="${g.width}" y2="${g.lane.y + 4}"/>`);
    out.push(`<text class="lane-title" x="8" y="${r(g.lane.y + g.rowHeight / 2 + 8)}">${escapeXml(fitText(g.lane.label, g.width - 16))}</text>`);
  }
  for (const row of g.rows) {
    const indent = row.depth === 1 ? 20 : 8;
    out.push(`<text class="label${row.depth === 1 ? ' nested' : ''}" x="${indent}" y="${r(row.y + g.rowHeight / 2 + 4)}">${escapeXml(fitText(row.label, g.labelWidth - indent - 8))}</text>`);
    for (const b of row.bars) out.push(barSvg(b));
  }
  for (const a of g.arrows) out.push(`<path class="arrow${a.late ? ' late' : ''}" d="${a.d}" marker-end="url(#${a.late ? 'arrowhead-late' : 'arrowhead'})"/>`);
  if (g.today) {
    out.push(`<line class="today" x1="${r(g.today.x)}" y1="${g.headerHeight - 6}" x2="${r(g.today.x)}" y2="${g.height}"/>`);
    out.push(`<text class="today-label" x="${r(g.today.x + 3)}" y="${g.height - 4}">${escapeXml(g.today.label)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** Classes of a bar's shape: status, and how it was placed (estimated, in the lane, soft-edged). */
export function barClass(b: BarGeometry): string {
  return `bar ${statusClass(b.item.status)}${b.estimated ? ' estimated' : ''}${b.lane ? ' lane' : ''}${b.soft ? ' soft' : ''}`;
}

/** The diamond of a milestone, centred in its box. */
export function diamondPath(b: BarGeometry): string {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const h = b.height / 2 + 1;
  return `M${r(cx)},${r(cy - h)} L${r(cx + h)},${r(cy)} L${r(cx)},${r(cy + h)} L${r(cx - h)},${r(cy)} z`;
}

/** A check mark standing on the day the item finished. */
export function stampPath(b: BarGeometry): string {
  const x = b.stamp!.x;
  const y = b.y - 3;
  return `M${r(x)},${r(y)} V${r(b.y + b.height + 3)} M${r(x - 4)},${r(y - 5)} l3,3 l6,-7`;
}

function barSvg(b: BarGeometry): string {
  const cls = barClass(b);
  const parts = [`<g class="item" data-section="${b.item.section}"><title>${escapeXml(b.summary)}</title>`];
  if (b.diamond) {
    parts.push(`<path class="${cls}" d="${diamondPath(b)}"/>`);
  } else {
    parts.push(b.soft ? '<g mask="url(#soft)">' : '<g>');
    parts.push(`<rect class="${cls}" x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${b.height}" rx="3"/>`);
    if (b.estimated) parts.push(`<rect class="hatch" x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${b.height}" rx="3" fill="url(#hatch)"/>`);
    if (b.fill > 0) parts.push(`<rect class="fill" x="${r(b.x)}" y="${r(b.y)}" width="${r(b.fill)}" height="${b.height}" rx="3"/>`);
    parts.push('</g>');
    const text = fitText(b.text, b.width - 8);
    if (text) parts.push(`<text class="bar-text" x="${r(b.x + 4)}" y="${r(b.y + b.height / 2 + 4)}">${escapeXml(text)}</text>`);
  }
  if (b.stamp) parts.push(`<path class="stamp" d="${stampPath(b)}"><title>${escapeXml(b.stamp.label)}</title></path>`);
  parts.push('</g>');
  return parts.join('');
}

/**
 * Hatching for estimated bars and a fading mask for soft periods. Colours come from classes, so the same
 * definitions serve the static file and the themed webview.
 */
export const patternDefs = '<pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern>'
  + '<linearGradient id="soft-edge" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0.1"/><stop offset="0.06" stop-color="#fff" stop-opacity="1"/>'
  + '<stop offset="0.94" stop-color="#fff" stop-opacity="1"/><stop offset="1" stop-color="#fff" stop-opacity="0.1"/></linearGradient>'
  + '<mask id="soft" maskUnits="objectBoundingBox" maskContentUnits="objectBoundingBox" x="-0.1" y="-0.5" width="1.2" height="2"><rect x="0" y="-0.5" width="1" height="2" fill="url(#soft-edge)"/></mask>';

export function arrowMarker(id: string, cls: string): string {
  return `<marker id="${id}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path class="${cls}" d="M0,0 L8,4 L0,8 z"/></marker>`;
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * Several roadmaps in one picture, grouped by file: each keeps its own axis (one file's "Week 3" is not another's),
 * under a heading that names the file.
 */
export function timelineSvgGroups(groups: { name: string; layout: TimelineLayout }[], options: GeometryOptions = {}): string {
  const headingHeight = 28;
  let y = 0;
  let width = 0;
  const parts: string[] = [];
  for (const { name, layout } of groups) {
    const g = timelineGeometry(layout, options);
    const inner = timelineSvg(layout, options).replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /, `<svg y="${y + headingHeight}" `);
    parts.push(`<text class="group" x="8" y="${y + 20}">${escapeXml(name)}</text>`, inner);
    y += headingHeight + g.height + 8;
    width = Math.max(width, g.width);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" role="img" aria-label="Roadmap timelines">\n`
    + `<style>.group{font:600 14px system-ui,-apple-system,"Segoe UI",sans-serif;fill:#1f2328}@media (prefers-color-scheme: dark){.group{fill:#e6edf3}}</style>\n`
    + `${parts.join('\n')}</svg>\n`;
}
