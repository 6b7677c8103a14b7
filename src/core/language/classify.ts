// Classifies the plain text of headings and lines: what kind of section a title names (phase, milestone,
// quarter), which status a marker states, which sections a "Dependencies:" line points at, and the priority.
// Roadmaps are written by hand in many languages; where a reading is ambiguous these return null.
//
// Ids are canonical so that headings, "Dependencies:" lines, status tables and Timeline lists meet:
//   phases keep their word, capitalised, and number: "phase 2" → "Phase 2", "Fase 1", "Sprint 3", "フェーズ 1";
//   milestones become "M<n>" ("Milestone 3" → "M3"), because that is how dependency lines cite them;
//   versions become "v<x.y…>" ("Release 1.2", "Versão 1.2", "1.0.0" → "v1.2", "v1.0.0");
//   quarters and halves read "Q3 2024" / "H1 2025" whichever order they were written in.

import type { SectionKind, Status } from '../model';

// ---------------------------------------------------------------------------------------------------------
// Ids

// Words that start a numbered, sequential block of work. "Sprint" and "Step" count: in a roadmap they are
// phases by another name. "Part" and "Chapter" do not: they number documents, not work.
const PHASE_WORDS = [
  'phase', 'stage', 'sprint', 'step', 'iteration',
  'fase', 'faz', 'etapa', 'étape', 'etape', 'etappe', 'stufe', 'aşama', 'asama',
  'этап', 'фаза', 'стадия', 'спринт',
];
const PHASE_WORD = `(${PHASE_WORDS.join('|')})`;
// Non-Latin phase words whose number may sit on either side ("阶段 1", "第1阶段", "フェーズ1", "1단계").
const CJK_PHASE_WORD = '(阶段|階段|フェーズ|ステージ|단계|페이즈)';
const MILESTONE_WORD = '(?:milestone|meilenstein|marco|hito|jalon|веха|mijlpaal|kilometre\\s*taşı|kilometre\\s*tasi)';

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};
const CJK_NUMBERS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

// A phase number: 2, 2a, 2.5, II, or a word ("Phase One").
const PHASE_NUMBER = `(\\d{1,3}(?:\\.\\d{1,2})?[a-z]?|[ivx]{1,5}|${Object.keys(WORD_NUMBERS).join('|')})`;

// After an id comes the end, punctuation, a dash, or a space; never more letters or digits ("Phase2b" is fine,
// "Stages" or "M1000x" are not ids).
const ID_END = '(?=$|[\\s:：.,;!?)\\]}|/\\-–—(]|\\p{Extended_Pictographic})';

const PHASE_RE = new RegExp(`^${PHASE_WORD}\\s*[-#№]?\\s*${PHASE_NUMBER}${ID_END}`, 'iu');
const CJK_PHASE_BEFORE_RE = new RegExp(`^${CJK_PHASE_WORD}\\s*([0-9０-９一二三四五六七八九十]{1,3})`, 'u');
const CJK_PHASE_AFTER_RE = new RegExp(`^第?\\s*([0-9０-９一二三四五六七八九十]{1,3})\\s*${CJK_PHASE_WORD}`, 'u');
const MILESTONE_RE = new RegExp(`^(?:M(\\d{1,3}(?:\\.\\d{1,2})?)|${MILESTONE_WORD}\\s*[#№]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?))${ID_END}`, 'iu');
const VERSION_RE = new RegExp(`^(?:v|version\\s+v?|release\\s+v?|versão\\s+v?|versión\\s+v?|sürüm\\s+v?|версия\\s+v?)(\\d{1,3}(?:\\.(?:\\d{1,4}|x)){0,3}(?:-[0-9a-z.]+)?)${ID_END}`, 'iu');
// A bare "1.0.0" is a version only with three parts and nothing glued on: "1.2 Setup" numbers a section.
const BARE_VERSION_RE = /^(\d{1,3}\.\d{1,4}\.(?:\d{1,4}|x)(?:-[0-9a-z.]+)?)(?=$|\s*[:：–—(]|\s+-\s)/iu;
const QUARTER_RE = new RegExp(`^(?:Q([1-4])\\s*[/'’-]?\\s*(\\d{4})|(\\d{4})\\s*[/-]?\\s*Q([1-4])|H([12])\\s*[/-]?\\s*(\\d{4})|(\\d{4})\\s*[/-]?\\s*H([12]))${ID_END}`, 'iu');

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function cjkNumber(raw: string): number {
  const ascii = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (ascii === '十') return 10;
  if (ascii.startsWith('十')) return 10 + (CJK_NUMBERS[ascii[1]] ?? 0);
  if (ascii.length === 2 && ascii[1] === '十') return (CJK_NUMBERS[ascii[0]] ?? 0) * 10;
  if (ascii.length === 3 && ascii[1] === '十') return (CJK_NUMBERS[ascii[0]] ?? 0) * 10 + (CJK_NUMBERS[ascii[2]] ?? 0);
  return CJK_NUMBERS[ascii] ?? -1;
}

interface IdMatch {
  kind: Exclude<SectionKind, 'section'>;
  id: string;
  length: number;
}

/** Reads an id at the very start of `text` (already stripped of leading markers). */
function idAtStart(text: string): IdMatch | null {
  let m = PHASE_RE.exec(text);
  if (m) {
    const raw = m[2].toLowerCase();
    if (raw === 'x') return null;
    const number = raw in WORD_NUMBERS ? String(WORD_NUMBERS[raw]) : /^[ivx]+$/.test(raw) ? raw.toUpperCase() : raw;
    return { kind: 'phase', id: `${capitalise(m[1])} ${number}`, length: m[0].length };
  }
  m = CJK_PHASE_BEFORE_RE.exec(text);
  if (m) {
    const n = cjkNumber(m[2]);
    if (n >= 0) return { kind: 'phase', id: `${m[1]} ${n}`, length: m[0].length };
  }
  m = CJK_PHASE_AFTER_RE.exec(text);
  if (m) {
    const n = cjkNumber(m[1]);
    if (n >= 0) return { kind: 'phase', id: `${m[2]} ${n}`, length: m[0].length };
  }
  m = MILESTONE_RE.exec(text);
  if (m) return { kind: 'milestone', id: `M${(m[1] ?? m[2]).replace(/^0+(?=\d)/, '')}`, length: m[0].length };
  m = VERSION_RE.exec(text) ?? BARE_VERSION_RE.exec(text);
  if (m) return { kind: 'milestone', id: `v${m[1].toLowerCase()}`, length: m[0].length };
  m = QUARTER_RE.exec(text);
  if (m) {
    if (m[1]) return { kind: 'quarter', id: `Q${m[1]} ${m[2]}`, length: m[0].length };
    if (m[3]) return { kind: 'quarter', id: `Q${m[4]} ${m[3]}`, length: m[0].length };
    if (m[5]) return { kind: 'quarter', id: `H${m[5]} ${m[6]}`, length: m[0].length };
    return { kind: 'quarter', id: `H${m[8]} ${m[7]}`, length: m[0].length };
  }
  return null;
}

// Emoji, bullets, punctuation and digit-free tags that may precede the words of a title: "✅ Phase 1",
// "[DONE] M2", "🚀 [Fase 1: Core]". A bracket holding a digit may hold the id itself, so only its "[" goes.
const LEADING_NOISE = /^(?:\[[^\]\d]{0,20}\]|\([^)\d]{0,20}\)|[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f])+/u;

function stripLeading(text: string): string {
  const trimmed = text.trim();
  const m = LEADING_NOISE.exec(trimmed);
  return m ? trimmed.slice(m[0].length) : trimmed;
}

/**
 * The canonical id a reference names: "phase 2" → "Phase 2", "Milestone 3" → "M3", "M03" → "M3",
 * "Release 1.2" → "v1.2", "2024 Q3" → "Q3 2024". Null when `raw` does not start with an id.
 * Milestones normalise to "M<n>" because that is how "Dependencies:" lines refer to them.
 */
export function normaliseId(raw: string): string | null {
  return idAtStart(stripLeading(raw.slice(0, MAX_LINE)))?.id ?? null;
}

/** What a heading names. Numbered headings ("4. Development Phases") are plain sections. */
export function sectionKind(title: string): { kind: SectionKind; id: string | null } {
  const text = stripLeading(title.slice(0, MAX_LINE));
  const found = idAtStart(text);
  return found ? { kind: found.kind, id: found.id } : { kind: 'section', id: null };
}

// ---------------------------------------------------------------------------------------------------------
// Status

const STATUS_WORDS: Record<Status, string[]> = {
  done: [
    'done', 'complete', 'completed', 'finished', 'shipped', 'released', 'delivered', 'achieved', 'closed', 'resolved',
    'implemented', 'merged', 'launched', 'deployed', '100%',
    'concluído', 'concluido', 'concluída', 'concluida', 'completo', 'completa', 'finalizado', 'finalizada',
    'feito', 'feita', 'entregue', 'implementado', 'implementada',
    'completado', 'completada', 'terminado', 'terminada', 'hecho', 'hecha', 'listo',
    'tamamlandı', 'tamamlandi', 'tamamlanan', 'tamamlananlar', 'bitti', 'tamam',
    'завершено', 'завершен', 'завершён', 'завершена', 'выполнено', 'готово', 'сделано',
    'abgeschlossen', 'erledigt', 'fertig', 'umgesetzt',
    'terminé', 'terminée', 'termine', 'fait', 'achevé', 'achevée',
    '已完成', '完成', '完了', '済み', '完成済み', '완료',
  ],
  'in-progress': [
    'in progress', 'in-progress', 'inprogress', 'wip', 'ongoing', 'on going', 'in development', 'in dev', 'underway',
    'under way', 'started', 'doing', 'active', 'on track', 'in review', 'in testing', 'in qa', 'partial', 'partially done', 'partially complete',
    'current', 'atual', 'actual', 'aktuell', 'текущий', 'текущая', '当前', 'em andamento', 'em progresso', 'em desenvolvimento', 'andamento', 'em curso', 'parcial',
    'en progreso', 'en curso', 'en desarrollo', 'en proceso', 'en cours',
    'devam ediyor', 'devam eden', 'devam edenler', 'sürüyor', 'suruyor', 'geliştiriliyor', 'yapılıyor',
    'в процессе', 'в работе', 'выполняется', 'в разработке',
    'in arbeit', 'in bearbeitung', 'läuft', 'begonnen',
    '进行中', '開発中', '开发中', '進行中', '対応中', '作業中', '진행 중', '진행중',
  ],
  planned: [
    'planned', 'todo', 'to do', 'to-do', 'not started', 'pending', 'upcoming', 'backlog', 'proposed', 'scheduled',
    'coming soon', 'queued', 'open', 'future', 'tentative',
    'planejado', 'planejada', 'futura', 'planeado', 'planeada', 'pendente', 'a fazer', 'não iniciado', 'nao iniciado', 'futuro',
    'planificado', 'planificada', 'pendiente', 'por hacer', 'no iniciado', 'programado',
    'planlandı', 'planlandi', 'planlanan', 'planlananlar', 'planlanıyor', 'bekliyor', 'yapılacak',
    'запланировано', 'планируется', 'не начато', 'в планах', 'ожидает',
    'geplant', 'offen', 'ausstehend',
    'prévu', 'prévue', 'à faire', 'planifié', 'planifiée', 'en attente',
    '计划中', '待办', '未开始', '计划', '予定', '未着手', '計画中', '계획', '대기', '예정',
  ],
  blocked: [
    'blocked', 'on hold', 'on-hold', 'stalled', 'paused', 'stuck',
    'bloqueado', 'bloqueada', 'em espera', 'pausado', 'pausada', 'parado', 'parada',
    'engellendi', 'engelli', 'beklemede',
    'заблокировано', 'заблокирован', 'приостановлено',
    'blockiert', 'pausiert', 'bloqué', 'bloquée', 'en pause',
    '阻塞', '受阻', '暂停', 'ブロック', '保留', '차단',
  ],
};

const WORD_STATUS = new Map<string, Status>();
for (const [status, words] of Object.entries(STATUS_WORDS) as [Status, string[]][]) {
  for (const w of words) WORD_STATUS.set(w, status);
}

// Marker emoji. Strong ones are checkboxes and stop signs, markers wherever they stand. Weak ones double as
// decoration ("🔄 Process", "🚧 Priorities"), so they count only as the whole text or at its end. ❌ and 🔴
// are left out: the corpus uses them for "rejected", "missing" and "not started" alike; 📅 and 📋 are icons.
// ⏳ reads as "waiting" (planned) on its own; a word next to it wins.
const STRONG_EMOJI: [RegExp, Status][] = [
  [/✅|✔|☑|✓/u, 'done'],
  [/🔲|⬜|☐/u, 'planned'],
  [/🛑|⛔/u, 'blocked'],
];
const WEAK_EMOJI: [RegExp, Status][] = [
  [/🟢|🟩/u, 'done'],
  [/🚧|🔄|🏗|🔨|🟡|🟨|🔃/u, 'in-progress'],
  [/⏳|⌛|🔜/u, 'planned'],
  [/🚫|⏸/u, 'blocked'],
];

// Where the run of characters matching `re` that ends the string begins. A regular expression like
// /[\s…]+$/ rescans a long run from each of its starts (quadratic); walking back is linear.
function trailingRunStart(s: string, re: RegExp): number {
  let i = s.length;
  while (i > 0) {
    const pair = i >= 2 && /[\ud800-\udbff][\udc00-\udfff]/.test(s.slice(i - 2, i));
    const ch = s.slice(pair ? i - 2 : i - 1, i);
    if (!re.test(ch)) break;
    i -= ch.length;
  }
  return i;
}

const SPACE_OR_SYMBOL = /^[\s\p{P}\p{S}]$/u;

function normaliseWords(s: string): string {
  const words = s
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, ' ')
    .replace(/[*_`~]/g, '')
    .replace(/^[\s\p{P}\p{S}]+/u, '');
  return words.slice(0, trailingRunStart(words, SPACE_OR_SYMBOL)).replace(/\s+/g, ' ');
}

// A date after a status word says when, not what: "Released 2024-03-01", "Done (Q2 2024)", "Shipped on 03/05/24".
const TRAILING_WHEN = /(?:\s*[:,(–—-]\s*|\s+(?:on|in|at|for|by|since|until|em|en|para|desde|am|seit|bis|le|el|il)\s+|\s+)\(?(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|[QH][1-4]\s*\d{4}|\p{L}{3,10}\.?\s+\d{4}|\d{4})\)?\s*$/iu;

function wordStatus(phrase: string): Status | null {
  // The longest status phrase is a few words; a longer text is a title, whatever its last words say.
  if (phrase.length > 80) return null;
  const words = normaliseWords(phrase);
  if (words === '100%' || /^100\s*%/.test(phrase.trim())) return 'done';
  const direct = WORD_STATUS.get(words);
  if (direct) return direct;
  const undated = phrase.replace(TRAILING_WHEN, '');
  return undated !== phrase && undated.trim() !== '' ? (WORD_STATUS.get(normaliseWords(undated)) ?? null) : null;
}

function emojiStatus(text: string, table: [RegExp, Status][]): Status | null {
  const found = new Set<Status>();
  for (const [re, status] of table) if (re.test(text)) found.add(status);
  return found.size === 1 ? [...found][0] : null;
}

const ONLY_SYMBOLS = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]*$/u;
const SPACE_OR_EMOJI = /^[\s\p{Extended_Pictographic}\u200d\ufe0f]$/u;

/**
 * A status marker in a heading or a table cell: "(Completed)", "[WIP]", "✅", "— Done", or a cell that is only
 * a status. Words inside ordinary titles ("Done criteria", "Planning") do not count. Conflicting markers → null.
 */
export function statusIn(text: string): Status | null {
  if (text.length > MAX_LINE) return null;
  const readings = new Set<Status>();
  const whole = wordStatus(text);
  if (whole) return whole;
  // Bracketed or parenthesised markers anywhere: "(In Progress)", "[DONE]", "(⏳ IN PROGRESS)".
  for (const m of text.matchAll(/[([【]([^()[\]【】]{1,40})[)\]】]/gu)) {
    const s = wordStatus(m[1]) ?? (ONLY_SYMBOLS.test(m[1]) ? emojiStatus(m[1], [...STRONG_EMOJI, ...WEAK_EMOJI]) : null);
    if (s) readings.add(s);
  }
  // A trailing marker after a separator: "Phase 1 - Completed", "Fase 3: Polish ⏳ PENDIENTE".
  // Only the end of the text can hold it; looking there alone keeps long lines linear.
  const tail = /(?:[:：|–—]|\s-|\p{Extended_Pictographic}\ufe0f?)\s*([^:：|–—\p{Extended_Pictographic}]{1,30})$/u.exec(text.trimEnd().slice(-48));
  if (tail) {
    const s = wordStatus(tail[1]);
    if (s) readings.add(s);
  }
  // Leading upper-case tag: "DONE: Phase 1", "WIP - Parser".
  const lead = /^[\s\p{Extended_Pictographic}\ufe0f]*([A-Z][A-Z -]{1,15}?)\s*[:–—-]\s/u.exec(text);
  if (lead) {
    const s = wordStatus(lead[1]);
    if (s) readings.add(s);
  }
  if (readings.size === 0) {
    const trailing = text.slice(trailingRunStart(text, SPACE_OR_EMOJI));
    const e = ONLY_SYMBOLS.test(text)
      ? emojiStatus(text, [...STRONG_EMOJI, ...WEAK_EMOJI])
      : (emojiStatus(text, STRONG_EMOJI) ?? emojiStatus(trailing, WEAK_EMOJI));
    if (e) readings.add(e);
  }
  return readings.size === 1 ? [...readings][0] : null;
}

// "Status", "State" and the corpus' other languages, as the key of a "Key: value" line.
const STATUS_KEY = /^(?:current\s+)?(?:status|state|progress|estado|situação|situacao|situación|durum|статус|состояние|zustand|état|etat|状态|状態|ステータス|상태)$/iu;

// Lines longer than this are prose, not a "Key: value" fact, a heading or a table cell; the cap also bounds the
// work any regular expression here can do.
export const MAX_LINE = 2_000;

/**
 * Splits a "Key: value" line, however it is decorated: "**Status**: Done", "- **Status:** Done", "> Estado: X",
 * "| Status: X". Null without a colon in the first few words. Scans by hand rather than with one regular
 * expression because nested optional whitespace backtracks quadratically on long blank runs.
 */
export function keyValueIn(line: string): { key: string; value: string } | null {
  if (line.length > MAX_LINE) return null;
  const colon = line.search(/[:：]/u);
  if (colon < 0 || colon > 80) return null;
  const key = line
    .slice(0, colon)
    .replace(/^[\s>|]*(?:[-*+](?=\s)|\d{1,3}[.)](?=\s))?\s*(?:\[[ xX]\]\s+)?/u, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
  if (key.length === 0 || key.length > 40 || /[*_|]/.test(key)) return null;
  const value = line
    .slice(colon + 1)
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
  return { key, value };
}

/** A "Status: Done" line (any emphasis, list marker or language the corpus uses). */
export function statusLineIn(line: string): Status | null {
  const kv = keyValueIn(line);
  if (!kv || !STATUS_KEY.test(kv.key)) return null;
  const value = kv.value;
  const direct = statusIn(value);
  if (direct) return direct;
  // "✅ Complete (2024-05-01)", "In progress — parser first": the first words decide.
  const head = value.split(/\s*(?:[(,;.|]|\s[-–—]\s)/u)[0];
  return statusIn(head);
}

// ---------------------------------------------------------------------------------------------------------
// Dependencies and priority

const DEPENDENCY_KEY = /^(?:dependencies|dependency|depends\s+on|depend\s+on|prerequisites?|requires|blocked\s+by|dependências|dependencias|dependência|dependencia|depende\s+de|bağımlılıklar|bağımlılık|abhängigkeiten|abhängig\s+von|dépendances|dépend\s+de|зависимости|зависит\s+от|依赖|前置条件|依存関係)$/iu;
const NONE_VALUE = /^(?:none|n\/a|na|nothing|no|-+|—|–|nenhuma?|ninguna?|ninguno|yok|keine|aucune?|нет|无|なし|없음)(?=$|[\s.,;:(])/iu;

// Every id a dependency value mentions, in order. "Phases 1 and 2" and "M1-M3" expand.
function idsIn(value: string): string[] {
  const ids: string[] = [];
  const add = (id: string | null): void => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  const plural = new RegExp(`^${PHASE_WORD}s\\s+(\\d{1,3})((?:\\s*(?:,|and|&|e|y|ve|und|et|и|-|–)\\s*\\d{1,3})+)`, 'iu');
  const milestoneRange = /^M(\d{1,3})\s*[-–]\s*M(\d{1,3})(?![\p{L}\p{N}])/u;
  let i = 0;
  while (i < value.length) {
    const rest = value.slice(i);
    const before = i === 0 ? '' : value[i - 1];
    if (before && /[\p{L}\p{N}]/u.test(before)) {
      i++;
      continue;
    }
    const range = milestoneRange.exec(rest);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (a <= b && b - a <= 20) for (let n = a; n <= b; n++) add(`M${n}`);
      i += range[0].length;
      continue;
    }
    const many = plural.exec(rest);
    if (many) {
      const word = capitalise(many[1]);
      const numbers = [many[2], ...(many[3].match(/\d{1,3}/g) ?? [])];
      const isRange = /^\s*[-–]\s*\d+\s*$/.test(many[3]);
      if (isRange && Number(numbers[1]) - Number(numbers[0]) <= 20) {
        for (let n = Number(numbers[0]); n <= Number(numbers[1]); n++) add(`${word} ${n}`);
      } else {
        for (const n of numbers) add(`${word} ${n}`);
      }
      i += many[0].length;
      continue;
    }
    const found = idAtStart(rest);
    if (found) {
      add(found.id);
      i += found.length;
      continue;
    }
    i++;
  }
  return ids;
}

/**
 * Section ids a dependency line names: "Dependencies: M0" → ["M0"], "Depends on Phase 1 and Phase 2" →
 * ["Phase 1", "Phase 2"], "Dependencies: None" → []. Null when the line is not a dependency line.
 */
export function dependenciesIn(line: string): string[] | null {
  if (line.length > MAX_LINE) return null;
  const kv = keyValueIn(line);
  if (kv && DEPENDENCY_KEY.test(kv.key)) {
    const value = kv.value.replace(/[*_`]/g, '').trim();
    if (value === '' || NONE_VALUE.test(value)) return [];
    return idsIn(value);
  }
  // Prose: "Depends on Phase 1 and Phase 2", "This phase depends on M2."
  const prose = /(?:^|[\s*_(])(?:depends|depending|depend)\s+on\s*[:：]?\s*(.*)$/iu.exec(line.replace(/[*_`]/g, ''));
  if (prose) {
    const clause = prose[1].split(/[.;](?:\s|$)/u)[0];
    const ids = idsIn(clause);
    if (ids.length > 0) return ids;
    return NONE_VALUE.test(clause.trim()) ? [] : null;
  }
  return null;
}

const PRIORITY_KEY = /^(?:priority|prio|prioridade|prioridad|öncelik|oncelik|приоритет|priorität|priorité|优先级|優先度|우선순위)$/iu;

/** The value after "Priority:" as written ("High", "P1", "Alta"); null when the line states none. */
export function priorityIn(line: string): string | null {
  const kv = keyValueIn(line);
  if (!kv || !PRIORITY_KEY.test(kv.key)) return null;
  const value = kv.value
    .replace(/[*_`]/g, '')
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, '')
    .split(/\s*(?:[(|,;]|\s[-–—]\s)/u)[0]
    .trim()
    .replace(/[.:]$/, '');
  return value.length > 0 && value.length <= 30 ? value : null;
}
