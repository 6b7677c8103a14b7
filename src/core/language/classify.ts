// Classifies the plain text of headings and lines: what kind of section a title names (phase, milestone,
// quarter), which status a marker states, which sections a "Dependencies:" line points at, and the priority.
// Roadmaps are written by hand in many languages; where a reading is ambiguous these return null.
//
// Ids are canonical so that headings, "Dependencies:" lines, status tables and Timeline lists meet:
//   phases keep their word, capitalised, and number: "phase 2" → "Phase 2", "Fase 1", "Sprint 3", "フェーズ 1";
//   milestones become "M<n>" ("Milestone 3" → "M3"), because that is how dependency lines cite them;
//   versions become "v<x.y…>" ("Release 1.2", "Versão 1.2", "1.0.0" → "v1.2", "v1.0.0");
//   quarters and halves read "Q3 2024" / "H1 2025" whichever order they were written in.

import type { SectionKind, Status, Period } from '../model';
import {
  ABOUT_WORDS,
  CRITERIA_WORDS,
  FILE_COLUMN_WORDS,
  SENTENCE_VERBS,
  TASK_LIST_LABELS,
  ID_COLUMNS,
  PLAN_TITLE_WORDS,
  WEEKDAY_NAMES,
  PLURAL_PLAN_WORDS,
  GATE_WORDS,
  CALENDAR_WEEK_WORDS,
  alternation,
  CJK_NUMERALS,
  CURRENT_WORDS,
  STATUS_NOTE_WORDS,
  JOIN_WORDS,
  DAY_FIRST_HINTS,
  DEPENDENCY_KEYS,
  DURATION_UNITS,
  PERIOD_LABELS,
  HORIZON_WORDS,
  isCjk,
  ITEM_COLUMN_QUALIFIERS,
  MONTH_NAMES,
  MONTH_WORDS,
  NONE_VALUES,
  NUMBER_COLUMNS,
  NUMBER_WORDS,
  PLAN_WORDS,
  PRIORITY_KEYS,
  NEGATION_WORDS,
  PRIORITY_LEVELS,
  STATUS_EMOJI,
  STATUS_KEYS,
  STATUS_WORDS,
  TOTAL_WORDS,
  wordPattern,
  YEAR_WORDS,
  type PlanWord,
} from './lexicon';

// ---------------------------------------------------------------------------------------------------------
// Ids

const LATIN_PLAN = PLAN_WORDS.filter((r) => !isCjk(r.text));
const PHASE_WORDS = LATIN_PLAN.filter((r) => r.kind === 'phase').map((r) => r.text);
const PHASE_WORD = `(${alternation(PHASE_WORDS)})`;
// Non-Latin phase words whose number may sit on either side ("阶段 1", "第1阶段", "フェーズ1", "1단계").
const CJK_PHASE_WORD = `(${alternation(PLAN_WORDS.filter((r) => r.kind === 'phase' && isCjk(r.text)).map((r) => r.text))})`;
const MILESTONE_WORD = `(?:${alternation(LATIN_PLAN.filter((r) => r.word === 'milestone').map((r) => r.text))})`;
const VERSION_WORD = `(?:${alternation(LATIN_PLAN.filter((r) => r.word === 'version' || r.word === 'release').map((r) => r.text))})`;
const WORD_OF = new Map<string, PlanWord>(PLAN_WORDS.map((r) => [r.text, r.word]));
const DIGITS_ONLY = new Set(PLAN_WORDS.filter((r) => r.digitsOnly).map((r) => r.text));

const WORD_NUMBERS = new Map<string, number>(NUMBER_WORDS.filter((r) => r.lang === 'en' && r.text.length > 2).map((r) => [r.text, r.value]));
const CJK_NUMBERS = new Map<string, number>(CJK_NUMERALS.map((r) => [r.text, r.value]));
const CJK_DIGITS = CJK_NUMERALS.map((r) => r.text).join('');

// A phase number: 2, 2a, 2.5, 2.1.3, II, a word ("Phase One"), a capital letter ("Phase B"), or a range ("Phase 0-4").
const PHASE_NUMBER = `(\\d{1,3}(?:\\.\\d{1,2}){0,2}[a-z]?(?:\\s*[-–]\\s*\\d{1,3}(?![.\\d]))?|[ivx]{1,5}|${[...WORD_NUMBERS.keys()].join('|')}|[A-HJ-W](?:\\s*[-–]\\s*[A-Z])?)`;

// After an id comes the end, punctuation, a dash, or a space; never more letters or digits ("Phase2b" is fine,
// "Stages" or "M1000x" are not ids).
const ID_END = '(?=$|[\\s:：.,;!?)\\]}|/\\-–—(（【、\'’]|\\p{Extended_Pictographic})';

// "#### Weeks 8-9: Foundation Development", "### Días 3-5": a span of the plan's weeks or days, in the plural the range
// takes (the singular "Week 8-9" is PHASE_RE's).
const PLURAL_UNIT_RANGE_RE = new RegExp(
  `^(${alternation(DURATION_UNITS.filter((r) => (r.unit === 'week' || r.unit === 'day') && (r.text.length > 3 || r.text === 'tag') && !isCjk(r.text) && !PLAN_WORDS.some((w) => w.text === r.text)).map((r) => r.text))})\\s+(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})(?=\\s*(?:$|[:：.(（—–]|\\s-\\s))`,
  'iu',
);
// Turkish writes the ordinal before the unit: "1. Ay: Analiz", "2-3. Ay", "4. Hafta", "10. Gün".
const ORDINAL_UNIT_RE = /^(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\.\s*(Ay|Hafta|Gün)(?=$|[\s:：.(（—–-])/u;
const PHASE_RE = new RegExp(`^${PHASE_WORD}\\s*[-#№]?\\s*${PHASE_NUMBER}${ID_END}`, 'iu');
// "フェーズ1", "阶段 2.1", and lettered "フェーズA（PWA）" (one capital, not the start of a word).
// A CJK numeral is an id only where no other character joins it into a word ("タスク一覧" is the task list).
const CJK_PHASE_BEFORE_RE = new RegExp(
  `^${CJK_PHASE_WORD}\\s*([0-9０-９]{1,3}(?:\\.\\d{1,2}){0,2}[a-z]?|[${CJK_DIGITS}]{1,3}(?![\\u3040-\\u30ff\\u3400-\\u9fff])|[A-ZＡ-Ｚ](?![A-Za-zＡ-Ｚａ-ｚ]))`,
  'u',
);
const CJK_PHASE_AFTER_RE = new RegExp(`^第?\\s*([0-9０-９${CJK_DIGITS}]{1,3})\\s*${CJK_PHASE_WORD}`, 'u');
const CJK_MILESTONE_RE = new RegExp(`^(?:${alternation(PLAN_WORDS.filter((r) => r.word === 'milestone' && isCjk(r.text)).map((r) => r.text))})\\s*(\\d{1,3}(?:\\.\\d{1,2})?)`, 'u');
/** "第1-2天", "第13天": days counted from the plan's first (only with 第: "15天" alone is a length). */
export const CJK_DAYS = '第\\s*(\\d{1,3})(?:\\s*[-–~～]\\s*(\\d{1,3}))?\\s*天';
const CJK_DAY_RE = new RegExp(`^${CJK_DAYS}`, 'u');
// "版本 2.0", "バージョン1.2", "リリース 1.0": a version named by a CJK word (no space needed, as with the other CJK plan words).
const CJK_VERSION_WORDS = new Map(PLAN_WORDS.filter((r) => (r.word === 'version' || r.word === 'release') && isCjk(r.text)).map((r) => [r.text, r.word]));
const CJK_VERSION_RE = new RegExp(`^(${alternation([...CJK_VERSION_WORDS.keys()])})\\s*[vV]?(\\d{1,3}(?:\\.\\d{1,4}){0,3})`, 'u');
const MILESTONE_RE = new RegExp(`^(?:M(\\d{1,3}(?:\\.\\d{1,2})?)|${MILESTONE_WORD}\\s*[#№]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?))${ID_END}`, 'iu');
// "Milestone II (basic core)": a milestone numbered in Roman numerals, M2 as "Milestone 2" is.
const MILESTONE_ROMAN_RE = new RegExp(`^${MILESTONE_WORD}\\s+(X{0,1}(?:IX|IV|V?I{0,3}))(?=$|\\s*[:：—–(（]|\\s+-\\s)`, 'iu');
// "Milestone A: Developer preview", "Marco B — Beta": milestones lettered like phases, set off by punctuation.
const MILESTONE_LETTER_RE = new RegExp(`^(${MILESTONE_WORD})\\s+([A-Z])(?=$|\\s*[:：—–(（]|\\s+-\\s)`, 'iu');
// "Milestone v1.1", "Milestone: v2.0" name the version as the milestone.
const MILESTONE_VERSION_RE = new RegExp(`^${MILESTONE_WORD}\\s*[:：]?\\s*v(\\d{1,3}(?:\\.(?:\\d{1,4}|x)){1,3}(?:-[0-9a-z.]+)?)${ID_END}`, 'iu');
// A pre-release suffix has a letter and never ends on a dot ("v3.0.0-rc.1"); "V3-0." numbers a phase, not a version.
const VERSION_RE = new RegExp(`^(?:v|${VERSION_WORD}\\s+(?:${VERSION_WORD}\\s+)?v?)(\\d{1,3}(?:\\.(?:\\d{1,4}|x)){0,3}(?:-(?=[0-9a-z.]*[a-z])[0-9a-z]+(?:\\.[0-9a-z]+)*)?)(?!\\.\\p{L}|-\\d)${ID_END}`, 'iu');
// A bare "1.0.0" is a version only with three parts and nothing glued on: "1.2 Setup" numbers a section.
const BARE_VERSION_RE = /^(\d{1,3}\.\d{1,4}\.(?:\d{1,4}|x)(?:\.\d{1,4})?(?:-[0-9a-z.]+)?)(?=$|\]\s*$|\s*[:：–—(（]|\s+-\s)/iu;
// "1.0.0 Release (mid 2024)", "0.x Releases (2024)", "1.0.0 roadmap:": a version the words after it name as one.
const NAMED_VERSION_RE = /^(\d{1,3}(?:\.(?:\d{1,4}|x)){1,2})(?=\s+(?:releases?|roadmap|version)(?![\p{L}]))/iu;
// A heading that is only a two-part version, perhaps with a note in parentheses or a date after a dash: "## 0.2",
// "## 0.1 (initial release)", "## 0.1 - 01.04.2021".
// Numbered sections always carry a title ("## 1.2 Setup"), so a number standing alone names a release.
const SHORT_VERSION_HEADING_RE = /^(\d{1,3}\.\d{1,4})(?=\s*(?:$|[(（][^)）]*[)）]\s*$)|\s+[-–—]\s+(?:\d|TB[DA]\b))/iu;
// A product's name before the version: "PatchVec v0.1 — Prototype", "PaveDB v1.0: Stability". One or two
// capitalised words, then `v` and a dotted number, then a separator or the end: never prose ("Roadmap v2" is a title).
// "PatchVec v0.1 — Prototype", "OCaml 5.3.0" (three parts need no "v").
const PRODUCT_VERSION_RE = /^(\p{Lu}[\p{L}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{N}]*)?)\s+(?=(?:v\d{1,3}(?:\.\d{1,4}){1,3}|\d{1,3}(?:\.\d{1,4}){2,3})(?:\s*(?:$|[—–:：(（]|-\s)))/u;
const NOT_PRODUCT_WORDS = /^(?:roadmap|plans?|notes|docs|specs?|design|release|version|target|since|from|until|after|before|in|for|up|to|the|our|story|stories|chapter|section|part|appendix|figure|table|task|item|feature|issue|ticket|rule|article|requirement|step|us|uc)$/iu;
const QUARTER_RE = new RegExp(`^(?:Q([1-4])\\s*[/'’-]?\\s*(\\d{4})|(\\d{4})\\s*[/-]?\\s*Q([1-4])|H([12])\\s*[/-]?\\s*(\\d{4})|(\\d{4})\\s*[/-]?\\s*H([12]))${ID_END}`, 'iu');
// "QUARTER 1: 2026 (Jan - Mar)", "Quarter 2 2025", "Trimestre 3": the quarter spelled out.
const QUALIFIED_QUARTER_RE = new RegExp(`^(early|mid|late)[\\s-]+(?:Q([1-4])\\s*(\\d{4})|(\\d{4})\\s*Q([1-4]))${ID_END}`, 'iu');
const QUARTER_WORD_RE = new RegExp(`^(quarter|trimestre|quartal)\\s*([1-4])(?:\\s*[:,–—-]?\\s*((?:19|20)\\d{2}))?${ID_END}`, 'iu');
const QUARTER_RANGE_RE = /^(?:Q([1-4])\s*(\d{4})\s*[-–—]\s*Q([1-4])\s*(\d{4})|Q([1-4])\s*[-–]\s*Q([1-4])\s+(\d{4}))(?=$|[\s:：.,;!?)\]}|(（]|\p{Extended_Pictographic})/iu;
// "Q1: Analyse", "Q2 – Q3: Umsetzung": quarters of a year the heading does not name (no period can be read).
// Headings only: in a list or a table "Q1:" is as often a question as a quarter.
const BARE_QUARTER_RE = /^Q([1-4])(?:\s*[-–—]\s*Q([1-4]))?(?=\s*$|\s*[:：.\-–—(（]|\s+[\p{L}\p{Extended_Pictographic}])/iu;
// "Year 3 (2027)", "Year 1": a numbered year of the plan.
const YEAR_RE = new RegExp(`^(${alternation(YEAR_WORDS.map((r) => r.text))})\\s+(\\d{1,2})${ID_END}`, 'iu');
// A calendar month the plan is laid out in: "Tháng 3/2026", "Month 03/2026", "March 2026", "Março 2026".
const MONTH_ID_RE = new RegExp(
  `^(?:(${alternation(MONTH_WORDS.map((r) => r.text))})\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|(${alternation(MONTH_NAMES.flat())})\\.?\\s+(de\\s+)?(\\d{4}))${ID_END}`,
  'iu',
);
// A leading number that numbers the heading, not the plan item: "5. Phase 2", "二、Phase 1", "A) Phase 3", "1.2 ".
const NUMBERING = new RegExp(`^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?|[${CJK_DIGITS}]{1,3}[、.．]|[A-Za-z][.)])\\s*`, 'u');
// A short label before the id: "Current Status: Phase 1 - Foundation", "Future: Milestone v1.1", "Current Release: v2.1.0".
const LABEL_PREFIX = /^[\p{L}][\p{L}\s'’-]{0,30}?\s*[:：]\s*/u;
const LANE_PREFIX = /^([\p{L}][\p{L} ]{0,20}?)\s+[—–-]\s+/u;

// Abbreviations keep their capitals in an id: "KW 8-9", not "Kw 8-9".
const ABBREVIATED_WORDS = new Set(CALENDAR_WEEK_WORDS.filter((r) => r.text.length <= 2).map((r) => r.text));

function capitalise(word: string): string {
  if (ABBREVIATED_WORDS.has(word.toLowerCase())) return word.toUpperCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function cjkNumber(raw: string): number | string {
  const ascii = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (/^\d+(?:\.\d+)*[a-z]?$/.test(ascii)) return ascii;
  const n = (c: string): number => CJK_NUMBERS.get(c) ?? 0;
  if (ascii === '十') return 10;
  if (ascii.startsWith('十')) return 10 + n(ascii[1]);
  if (ascii.length === 2 && ascii[1] === '十') return n(ascii[0]) * 10;
  if (ascii.length === 3 && ascii[1] === '十') return n(ascii[0]) * 10 + n(ascii[2]);
  return CJK_NUMBERS.get(ascii) ?? -1;
}

interface IdMatch {
  kind: Exclude<SectionKind, 'section'>;
  id: string;
  word: PlanWord;
  length: number;
}

function romanValue(roman: string): number {
  const value: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = value[roman[i]];
    total += i + 1 < roman.length && value[roman[i + 1]] > v ? -v : v;
  }
  return total;
}

function phaseNumber(raw: string): string {
  const lower = raw.toLowerCase();
  if (WORD_NUMBERS.has(lower)) return String(WORD_NUMBERS.get(lower));
  if (/^[ivx]+$/.test(lower)) return raw.toUpperCase();
  return raw.replace(/\s*[-–]\s*/, '-');
}

/** Reads an id at the very start of `text` (already stripped of leading markers). */
function idAtStart(text: string, heading = false): IdMatch | null {
  let m = heading ? PLURAL_UNIT_RANGE_RE.exec(text) : null;
  if (m) {
    const unit = DURATION_UNITS.find((r) => r.text === m![1].toLowerCase())!.unit;
    return { kind: 'phase', id: `${capitalise(m[1])} ${m[2]}-${m[3]}`, word: unit === 'week' ? 'week' : 'day', length: m[0].length };
  }
  m = heading ? ORDINAL_UNIT_RE.exec(text) : null;
  if (m) {
    const word = m[3] === 'Ay' ? 'month' : m[3] === 'Hafta' ? 'week' : 'day';
    return { kind: 'phase', id: `${m[3]} ${m[1]}${m[2] ? `-${m[2]}` : ''}`, word, length: m[0].length };
  }
  m = PHASE_RE.exec(text);
  // "Month 3/2025" names a month of the calendar (below), "Month 3" one of the plan.
  if (m && WORD_OF.get(m[1].toLowerCase()) === 'month' && MONTH_ID_RE.test(text)) m = null;
  if (m) {
    const raw = m[2];
    if (raw.toLowerCase() === 'x') return null;
    // A lone capital letter names a phase only when written as one ("Phase B", not "phase b" in prose).
    if (/^[a-z](?:\s*[-–]\s*[a-z])?$/i.test(raw) && !/^[ivx]+$/i.test(raw) && raw !== raw.toUpperCase()) return null;
    // ...and apart from the word: "FASES", "PHASES OVERVIEW" are the plural, not phase S.
    if (/^\p{L}/u.test(raw) && m[0].length === m[1].length + raw.length) return null;
    if (DIGITS_ONLY.has(m[1].toLowerCase()) && !/^\d/u.test(raw)) return null;
    return { kind: 'phase', id: `${capitalise(m[1])} ${phaseNumber(raw)}`, word: WORD_OF.get(m[1].toLowerCase()) ?? 'phase', length: m[0].length };
  }
  m = CJK_PHASE_BEFORE_RE.exec(text);
  if (m) {
    const letter = /^[A-ZＡ-Ｚ]$/u.test(m[2]) ? String.fromCharCode(m[2].charCodeAt(0) > 0xff ? m[2].charCodeAt(0) - 0xfee0 : m[2].charCodeAt(0)) : null;
    const n = letter ?? cjkNumber(m[2]);
    if (typeof n === 'string' || n >= 0) return { kind: 'phase', id: `${m[1]} ${n}`, word: WORD_OF.get(m[1]) ?? 'phase', length: m[0].length };
  }
  m = CJK_PHASE_AFTER_RE.exec(text);
  if (m) {
    const n = cjkNumber(m[1]);
    if (typeof n === 'string' || n >= 0) return { kind: 'phase', id: `${m[2]} ${n}`, word: WORD_OF.get(m[2]) ?? 'phase', length: m[0].length };
  }
  // "第1-2天", "第13天": days of the plan, counted from its first ("15天" alone is a length).
  m = CJK_DAY_RE.exec(text);
  if (m) return { kind: 'phase', id: m[2] ? `Day ${m[1]}-${m[2]}` : `Day ${m[1]}`, word: 'day', length: m[0].length };
  m = CJK_VERSION_RE.exec(text);
  if (m) return { kind: 'milestone', id: `v${m[2]}`, word: CJK_VERSION_WORDS.get(m[1]) ?? 'version', length: m[0].length };
  m = CJK_MILESTONE_RE.exec(text);
  if (m) return { kind: 'milestone', id: `M${m[1]}`, word: 'milestone', length: m[0].length };
  m = MILESTONE_VERSION_RE.exec(text);
  if (m) return { kind: 'milestone', id: `v${m[1].toLowerCase()}`, word: 'milestone', length: m[0].length };
  m = MILESTONE_RE.exec(text);
  if (m) return { kind: 'milestone', id: `M${(m[1] ?? m[2]).replace(/^0+(?=\d)/, '')}`, word: 'milestone', length: m[0].length };
  m = GATE_RE.exec(text);
  if (m) return { kind: 'milestone', id: /^g/iu.test(m[1]) ? m[1].toUpperCase() : `Gate ${m[1]}`, word: 'milestone', length: m[0].length };
  m = PRERELEASE_RE.exec(text);
  if (m) return { kind: 'milestone', id: `${capitalise(m[1])} ${m[2]}`, word: 'milestone', length: m[0].length };
  m = MILESTONE_ROMAN_RE.exec(text);
  if (m && m[1] !== '' && m[1] === m[1].toUpperCase()) return { kind: 'milestone', id: `M${romanValue(m[1])}`, word: 'milestone', length: m[0].length };
  m = MILESTONE_LETTER_RE.exec(text);
  // "Milestone A: Developer preview": a capital as written, never "milestone a" in prose.
  if (m && m[2] === m[2].toUpperCase()) return { kind: 'milestone', id: `${capitalise(m[1])} ${m[2]}`, word: 'milestone', length: m[0].length };
  m = VERSION_RE.exec(text);
  if (m) {
    const word = WORD_OF.get(/^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? '');
    return { kind: 'milestone', id: `v${m[1].toLowerCase()}`, word: word === 'release' ? 'release' : 'version', length: m[0].length };
  }
  m = BARE_VERSION_RE.exec(text) ?? NAMED_VERSION_RE.exec(text);
  // "6.4 Release Checklist", "1.2 Release Notes": a section about releasing, numbered like a version.
  if (m && !BARE_VERSION_RE.test(text) && ABOUT_WORD_AFTER_ID.test(text.slice(m[0].length).replace(/^\s+\p{L}+/u, ''))) m = null;
  // "16.09.2019" is a day, not version 16.9.2019.
  if (m && /^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$/u.test(m[1])) m = null;
  if (m) return { kind: 'milestone', id: `v${m[1].toLowerCase()}`, word: /^\S+\s+release/iu.test(text) ? 'release' : 'version', length: m[0].length };
  m = QUARTER_RANGE_RE.exec(text);
  if (m) {
    // "Q2-Q3 2026", "Q4 2025 - Q1 2026": one horizon over several quarters.
    const id = m[3] ? `Q${m[1]} ${m[2]} - Q${m[3]} ${m[4]}` : `Q${m[5]}-Q${m[6]} ${m[7]}`;
    return { kind: 'quarter', id, word: 'quarter', length: m[0].length };
  }
  m = QUARTER_WORD_RE.exec(text);
  if (m) return { kind: 'quarter', id: m[3] ? `Q${m[2]} ${m[3]}` : `Q${m[2]}`, word: 'quarter', length: m[0].length };
  // "Early Q4 2021", "Mid Q4 2021", "Late Q4 2021": parts of one quarter, each its own item (the id keeps the part).
  m = QUALIFIED_QUARTER_RE.exec(text);
  if (m) return { kind: 'quarter', id: `${capitalise(m[1].toLowerCase())} Q${m[2] ?? m[5]} ${m[3] ?? m[4]}`, word: 'quarter', length: m[0].length };
  m = QUARTER_RE.exec(text);
  if (m) {
    if (m[1]) return { kind: 'quarter', id: `Q${m[1]} ${m[2]}`, word: 'quarter', length: m[0].length };
    if (m[3]) return { kind: 'quarter', id: `Q${m[4]} ${m[3]}`, word: 'quarter', length: m[0].length };
    if (m[5]) return { kind: 'quarter', id: `H${m[5]} ${m[6]}`, word: 'half', length: m[0].length };
    return { kind: 'quarter', id: `H${m[8]} ${m[7]}`, word: 'half', length: m[0].length };
  }
  m = heading ? BARE_QUARTER_RE.exec(text) : null;
  // Never a FAQ's "Q1: How do I …?".
  if (m && !/[?？]\s*$/u.test(text)) return { kind: 'quarter', id: m[2] ? `Q${m[1]}-Q${m[2]}` : `Q${m[1]}`, word: 'quarter', length: m[0].length };
  m = YEAR_RE.exec(text);
  if (m) return { kind: 'quarter', id: `${capitalise(m[1])} ${m[2]}`, word: 'year', length: m[0].length };
  m = MONTH_ID_RE.exec(text);
  if (m && (m[1] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12))) {
    // "Abril de 2025" keeps its "de", as the document names it.
    const id = m[1] !== undefined ? `${capitalise(m[1])} ${Number(m[2])}/${m[3]}` : `${capitalise(m[4])} ${m[5] ? 'de ' : ''}${m[6]}`;
    return { kind: 'quarter', id, word: 'month', length: m[0].length };
  }
  return null;
}

// Emoji, bullets, punctuation and digit-free tags that may precede the words of a title: "✅ Phase 1",
// "[DONE] M2", "🚀 [Fase 1: Core]". A bracket holding a digit may hold the id itself, so only its "[" goes.
const LEADING_NOISE = /^(?:\[[^\]\d]{0,20}\]|\([^)\d]{0,20}\)|[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f])+/u;

function leadingNoise(text: string): number {
  const m = LEADING_NOISE.exec(text);
  return m ? m[0].length : 0;
}

function stripLeading(text: string): string {
  const trimmed = text.trim();
  return trimmed.slice(leadingNoise(trimmed));
}

/**
 * The canonical id a reference names: "phase 2" → "Phase 2", "Milestone 3" → "M3", "M03" → "M3",
 * "Release 1.2" → "v1.2", "2024 Q3" → "Q3 2024". Null when `raw` does not start with an id.
 * Milestones normalise to "M<n>" because that is how "Dependencies:" lines refer to them.
 */
/**
 * The hyphens word processors write (U+2010, U+2011: "2025‑Q2", "v1.1‑ext") as the plain one. One character for one,
 * so offsets into the text still hold.
 */
export function plainHyphens(text: string): string {
  return text.replace(/[\u2010\u2011]/gu, '-');
}

export function normaliseId(raw: string): string | null {
  return idAtStart(stripLeading(plainHyphens(raw.slice(0, MAX_LINE))))?.id ?? null;
}

/** What a heading says it is, and where in the title the words that say so stand (UTF-16 offsets). */
export interface HeadingReading {
  kind: SectionKind;
  id: string | null;
  /** The finer word: 'sprint', 'stage', 'release', 'half', 'year', …; null for plain sections. */
  word: PlanWord | null;
  /** For a heading about a plan item ("Phase 2 Risks"): the item's id. */
  about: string | null;
  /** Offsets in the title of the words that name the kind and id. */
  index: number;
  end: number;
  /**
   * Set when the id is a name as written ("MVP" of "PHASE MVP — …", "2027+" of "Longo Prazo: 2027+"), not a
   * canonical numbered id: alone it names nothing.
   */
  named?: boolean;
  /**
   * For a numbered task read without numbered sub-tasks in its list ("- [ ] 11. Final checkpoint" alone in a piece of
   * a long section): a step only where it continues the steps before it (the item before it is "Task 10").
   */
  continues?: boolean;
}

const ABOUT_WORD_AFTER_ID = new RegExp(`^\\s*(?:${alternation(ABOUT_WORDS.map((r) => r.text))})(?![\\p{L}])`, 'iu');

// "M12 依赖 M11：…", "Phase 3 depends on Phase 2": a line about what an item waits for, not the item.
const DEPENDENCY_AFTER_ID = new RegExp(`^\\s*[:：-]?\\s*(?:${alternation(DEPENDENCY_KEYS.map((r) => r.text))})(?![\\p{L}])`, 'iu');

/** Whether a line is about what an item depends on ("M12 依赖 M11：…", "Phase 3 depends on Phase 2"), not the item. */
export function isDependencyLine(text: string): boolean {
  const line = text.slice(0, MAX_LINE);
  const rest = line.slice(leadingNoise(line));
  const found = idAtStart(rest);
  return found !== null && DEPENDENCY_AFTER_ID.test(rest.slice(found.length));
}

/**
 * Whether the words after an id make the heading about the item ("Phase 2 Risks", "Phase 3 Team (12 people)"). A
 * version followed by a capitalised name is a release so named ("v0.2.7 Cost Estimation"), not its costs.
 */
function aboutAfter(rest: string, found: { kind: SectionKind; word: PlanWord }): boolean {
  // A possessive ("v0.3 の全保証を維持", "阶段1的目标", "1단계의 목표", "Phase 1's goals") or an inflection
  // ("v0.1'deki sınırlamalar", the limits in v0.1) makes the item the subject, not the heading.
  if (/^\s*(?:の|的|의)|^['’]\p{Ll}/u.test(rest)) return true;
  const m = ABOUT_WORD_AFTER_ID.exec(rest);
  if (m === null) return false;
  return !(found.word === 'version' || found.word === 'release') || !/^\s+\p{Lu}/u.test(rest.slice(m[0].length));
}

/**
 * What a heading names. Numbering before the id ("5. Phase 2: …", "二、Phase 1") and a short label ("Current
 * Status: Phase 1") do not hide it; a heading about an item ("Phase 2 Risks", "Phase 1 Success Criteria") is not
 * the item. Headings that number sections ("4. Development Phases", "1.2 Setup") are plain sections.
 */
const SUMMING_UP_END = /(?<![\p{L}])(?:summary|overview|recap|retrospective|retro|report)\s*$/iu;
// "Alpha 5", "Beta 2": a pre-release numbered in its series.
const PRERELEASE_RE = new RegExp(`^(alpha|beta)\\s*(\\d{1,2})${ID_END}`, 'iu');
// "Gate G0 — Day-0", "Gate 2: Full launch": a checkpoint the plan must pass, a milestone; its code names it.
const GATE_RE = new RegExp(`^(?:${alternation(GATE_WORDS.map((r) => r.text))})\\s+(G?\\d{1,2})${ID_END}`, 'iu');
const PERIOD_LABEL_HEADING = new RegExp(`^(?:${alternation(PERIOD_LABELS.map((r) => r.text))})$`, 'iu');

/** "`/v1/auth/refresh` - Token refresh": a version read at `at` that is a segment of a path, not version 1. */
function gluedToPath(text: string, at: number, found: { word: PlanWord | null; length: number }): boolean {
  return found.word === 'version' && (text[at - 1] === '/' || text[at + found.length] === '/');
}

export function readHeading(title: string): HeadingReading {
  const none: HeadingReading = { kind: 'section', id: null, word: null, about: null, index: 0, end: 0 };
  const text = plainHyphens(title.slice(0, MAX_LINE));
  let at = leadingNoise(text);
  if (text.slice(0, at).includes('§')) return none;
  let found = idAtStart(text.slice(at), true);
  if (found && gluedToPath(text, at, found)) return none;
  if (!found) {
    const short = SHORT_VERSION_HEADING_RE.exec(text.slice(at));
    if (short) found = { kind: 'milestone', id: `v${short[1]}`, word: 'version', length: short[1].length };
  }
  if (!found) {
    const numbering = NUMBERING.exec(text.slice(at));
    if (numbering && numbering[0].length > 0) {
      const next = at + numbering[0].length;
      const after = next + leadingNoise(text.slice(next));
      found = idAtStart(text.slice(after), true);
      if (found) at = after;
      else at = next;
    }
  }
  if (!found) {
    const label = LABEL_PREFIX.exec(text.slice(at));
    if (label) {
      const after = at + label[0].length + leadingNoise(text.slice(at + label[0].length));
      const labelled = idAtStart(text.slice(after));
      // "# Tasks: Phase I – Environment Setup": the tasks of the phase, as Spec Kit titles its task lists.
      const labelText = label[0].replace(/[:：\s]+$/u, '').trim();
      // "Friday: Week 1 Milestone Review", "Monday-Tuesday: Phase 1 Deployment": an entry of a calendar about the item.
      if (labelled && (TASK_LIST_LABEL.test(labelText) || WEEKDAY_LABEL.test(labelText))) return { ...none, about: labelled.id };
      // "### Target: March 2026" under a release says when it is due: a date of the item above, not a month of the plan.
      if (labelled && PERIOD_LABEL_HEADING.test(labelText) && (labelled.word === 'month' || labelled.kind === 'quarter')) return none;
      if (labelled) {
        found = labelled;
        at = after;
      }
    }
  }
  if (!found) {
    // A lane before the id, set off by a dash: "Şimdi — v0.2 (kapsam)", "Next - Phase 3".
    const lane = LANE_PREFIX.exec(text.slice(at));
    if (lane && groupStatusAt(lane[1]) !== null) {
      const after = at + lane[0].length;
      const laned = idAtStart(text.slice(after));
      if (laned) {
        found = laned;
        at = after;
      }
    }
  }
  if (!found) {
    const product = PRODUCT_VERSION_RE.exec(text.slice(at));
    if (product && !product[1].split(/[ -]/u).some((w) => NOT_PRODUCT_WORDS.test(w))) {
      const after = at + product[0].length;
      const versioned = idAtStart(text.slice(after));
      if (versioned?.kind === 'milestone') {
        found = versioned;
        at = after;
      }
    }
  }
  if (!found) return otherItemIn(text, leadingNoise(text)) ?? none;
  const rest = text.slice(at + found.length);
  // "M2 needs its own corpus", "Phase 3 was merged into Phase 2": a heading that is a sentence about the item.
  if (aboutAfter(rest, found) || SENTENCE_AFTER_ID.test(rest)) return { ...none, about: found.id };
  // "v0.2.x Persistence Surface Summary": words run on from the id to a summing-up.
  if (/^\s+\p{L}/u.test(rest) && SUMMING_UP_END.test(rest)) return { ...none, about: found.id };
  // "Task I-1.2: Write the model": a longer code than the id read ("Task I"), which would name every task alike.
  if (/^-\d/u.test(rest) && /^[ivx]+$/iu.test(found.id.split(' ').pop() ?? '')) return none;
  // "Q4 2023 - Version 2.1.0": the release is the item, and the quarter when it comes.
  const dash = found.kind === 'quarter' && found.word === 'quarter' ? /^\s*[-–—:：|]\s*/u.exec(rest) : null;
  const release = dash ? idAtStart(rest.slice(dash[0].length)) : null;
  if (release?.kind === 'milestone' && (release.word === 'version' || release.word === 'release')) {
    const index = at + found.length + dash![0].length;
    return { kind: release.kind, id: release.id, word: release.word, about: null, index, end: index + release.length };
  }
  return { kind: found.kind, id: found.id, word: found.word, about: null, index: at, end: at + found.length };
}

// The phase word in any of its usual cases, while the name after it keeps its case ("PHASE MVP", "Phase Audit V1").
const NAMED_PHASE_WORD = `(?:${alternation(LATIN_PLAN.filter((r) => r.word === 'phase' || r.word === 'stage').flatMap((r) => [r.text, r.text.toUpperCase(), capitalise(r.text)]))})`;
// "PHASE MVP — Sprints 0 à 8", "Phase Audit V1: …": a phase named by a short code rather than a number. The code is
// capitalised words ending in an upper-case word or one with a digit, then a separator ("Phase Details:" is no name).
const NAMED_PHASE_RE = new RegExp(
  `^${NAMED_PHASE_WORD}\\s+((?:[A-Z][\\p{L}]*\\s+){0,2}(?:[A-Z]{2,}|[\\p{L}]*\\d[\\p{L}\\d.]*))(?=\\s*(?:$|[:：]|\\s[-–—]\\s)|\\s*\\p{Extended_Pictographic})`,
  'u',
);
// "Enhancement Strategy (Phase A-F)", "Notifications (EPIC-12)": a parenthesis that holds only a phase's id names it.
const PAREN_ID_RE = /[(（]([^()（）]{1,30})[)）]/gu;
const HORIZON_RE = new RegExp(`^(?:${alternation(HORIZON_WORDS.map((r) => r.text))})(?:\\s+[\\p{L}]+)?\\s*(?:$|[(:：（])`, 'iu');
// A year with a name after a colon or dash, or a note in parentheses: "2026: Cimientos", "2028+ (Visión)".
const YEAR_NAMED_RE = /^((?:19|20)\d{2})(\+)?(?=\s*[:：—–]\s*\p{L}|\s+-\s+\p{L}|\s*[(（]\p{L})/u;
// A heading that is only a year, a year range or an open year: "2027", "Longo Prazo: 2027+", "2025-2026".
const YEAR_ONLY_RE = /^((?:19|20)\d{2})(\s*[-–]\s*(?:19|20)\d{2}|\+)?\s*$/u;

const NAMED_RELEASE_RE = new RegExp(`^[\\s\\p{Extended_Pictographic}\ufe0f*_]*(?:\\p{L}[\\p{L}\\d-]*\\s+){1,2}(?:${alternation(PLAN_WORDS.filter((r) => r.word === 'release').map((r) => r.text))})\\s*$`, 'iu');
const PHASE_LANE_RE = /^[\s\p{Extended_Pictographic}\ufe0f*_]*(?:current|next|future|upcoming|later)\s+(?:phases?|focus|priorities)\s*$/iu;
const RELEASE_LANE_RE = new RegExp(`^[\\s\\p{Extended_Pictographic}\ufe0f]*(?:(?:${alternation(HORIZON_WORDS.map((r) => r.text))})(?:\\s+\\p{L}+)?|current release|next release|goals)\\s*$`, 'iu');

/** Plan items a heading names without an id in front: a named phase, a phase id in parentheses, a labelled year. */
function otherItemIn(text: string, at: number): HeadingReading | null {
  const rest = text.slice(at);
  const named = NAMED_PHASE_RE.exec(rest);
  // "🔄 FASE IN CORSO:": a bucket of phases by state, not a phase named "IN CORSO".
  const stateName = named ? statusAt(named[1]) : null;
  if (named && !/^(?:[ivx]+|x)$/iu.test(named[1]) && !(stateName && stateName.words.trim().length >= named[1].trim().length - 1)) {
    const id = normaliseId(named[1]) ?? named[1];
    if (!aboutAfter(rest.slice(named[0].length), { kind: 'phase', word: 'phase' })) return { kind: 'phase', id, word: 'phase', about: null, index: at, end: at + named[0].length, named: true };
  }
  for (const m of rest.matchAll(PAREN_ID_RE)) {
    const inner = m[1].trim();
    const found = idAtStart(inner);
    if (!found || found.length !== inner.length) continue;
    const before = rest.slice(0, m.index);
    const index = at + m.index + m[0].indexOf(inner);
    const item: HeadingReading = { kind: found.kind, id: found.id, word: found.word, about: null, index, end: index + found.length };
    // A lane that names its release: "✅ Completed (v1.2)", "Released (v2.0)".
    // So does a horizon or a status report ("Short-term Goals (v0.2.0)", "Current Status (v0.1.0)").
    // And a release named before its version: "Alpha Release (v0.5.0) - February 28, 2025".
    if (found.kind === 'milestone' && m.index > 0 && (groupStatusAt(before) !== null || RELEASE_LANE_RE.test(before) || NAMED_RELEASE_RE.test(before))) return item;
    // "Current Phase (Q1 2025)", "Future Phases (Q3-Q4 2025)", "Short Term (Q2 2026)": a lane of the plan named by
    // the quarter it runs in.
    if (found.kind === 'quarter' && m.index > 0 && (RELEASE_LANE_RE.test(before) || PHASE_LANE_RE.test(before))) return item;
    // Weeks, days and months in parentheses are when ("(Week 10-12)", "Tomorrow (Day 1)"), not what.
    if (found.kind === 'phase' && found.word !== 'week' && found.word !== 'day' && found.word !== 'month') return item;
  }
  // "## 2026: Cimientos", "## 2028+ (Visión)": a year of the plan, named.
  const namedYear = YEAR_NAMED_RE.exec(rest);
  // "2024: Retrospective", "2025 - Goals" are about the year, not a year of the plan.
  if (namedYear && !ABOUT_WORD_AFTER_ID.test(rest.slice(namedYear[0].length).replace(/^\s*[:：—–-]\s*/u, ''))) {
    const end = at + namedYear[1].length + (namedYear[2]?.length ?? 0);
    return { kind: 'quarter', id: namedYear[1] + (namedYear[2] ?? ''), word: 'year', about: null, index: at, end, named: true };
  }
  // A year a horizon labels ("Longo Prazo: 2027+") is a horizon of the plan; a bare "2024" may head anything, and
  // "Last updated: 2025" dates the document.
  const label = LABEL_PREFIX.exec(rest);
  const year = label && HORIZON_RE.test(label[0]) ? YEAR_ONLY_RE.exec(rest.slice(label[0].length)) : null;
  if (label && year) {
    const index = at + label[0].length;
    return { kind: 'quarter', id: year[1] + (year[2]?.replace(/\s+/gu, '') ?? ''), word: 'year', about: null, index, end: index + year[0].trimEnd().length, named: true };
  }
  return null;
}

/**
 * Whether a heading names a time horizon ("Short term", "📅 Kısa Vadeli Hedefler (0-3 Ay)", "Long Term"). Whether it is
 * a plan item depends on where it stands (see buildModel): a horizon at the top of a document buckets its plan, one
 * under "Priority Tasks" or inside a quarter groups tasks or goals. One that names the phases it holds ("장기 계획
 * (Phase 4+)") is a bucket of those phases, not an item.
 */
export function horizonIn(title: string): boolean {
  const text = title.slice(0, MAX_LINE);
  const rest = text.slice(leadingNoise(text));
  if (!HORIZON_RE.test(rest)) return false;
  for (const m of rest.matchAll(PAREN_ID_RE)) if (idAtStart(m[1].trim().replace(/\+$/u, ''))) return false;
  return true;
}

/** What a heading names (see readHeading). */
export function sectionKind(title: string): { kind: SectionKind; id: string | null } {
  const r = readHeading(title);
  return { kind: r.kind, id: r.id };
}

// ---------------------------------------------------------------------------------------------------------
// Status

const WORD_STATUS = new Map<string, Status>(STATUS_WORDS.map((r) => [r.text, r.status]));

function emojiTable(strong: boolean): [RegExp, Status][] {
  const by = new Map<Status, string[]>();
  for (const r of STATUS_EMOJI) if (r.strong === strong) by.set(r.status, [...(by.get(r.status) ?? []), r.emoji]);
  return [...by].map(([status, emoji]) => [new RegExp(alternation(emoji), 'u'), status]);
}

// Strong emoji are markers wherever they stand; weak ones double as decoration ("🔄 Process", "🚧 Priorities"), so
// they count only as the whole text or at its end (see lexicon.ts).
const STRONG_EMOJI = emojiTable(true);
const WEAK_EMOJI = emojiTable(false);

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
const TRAILING_WHEN = /(?:\s*[:,(（–—-]\s*|\s+(?:on|in|at|for|by|since|until|em|en|para|desde|am|seit|bis|le|el|il)\s+|\s+)[(（]?(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|[QH][1-4]\s*\d{4}|\p{L}{3,10}\.?\s+\d{4}|\d{4})[)）]?\s*$/iu;

// A day before it, too: "状態: 2026-08-28完了。", "Status: 2026-08-28 done".
const LEADING_WHEN = /^\s*[(（]?(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4})[)）]?\s*(?:[:,–—-]\s*)?/u;

function wordStatus(phrase: string): Status | null {
  // The longest status phrase is a few words; a longer text is a title, whatever its last words say.
  if (phrase.length > 80) return null;
  const words = normaliseWords(phrase);
  if (words === '100%' || /^100\s*%/.test(phrase.trim())) return 'done';
  // "50% Complete", "30 % done": part of the way.
  const part = /^(\d{1,2}(?:[.,]\d)?)\s*%(?:\s+(\p{L}[\p{L} ]{0,20}))?$/u.exec(phrase.replace(/[*_]/g, '').trim().toLowerCase());
  if (part && (part[2] === undefined || WORD_STATUS.get(part[2]) === 'done')) return Number(part[1].replace(',', '.')) > 0 ? 'in-progress' : 'planned';
  const direct = WORD_STATUS.get(words);
  if (direct) return direct;
  const undated = phrase.replace(TRAILING_WHEN, '').replace(LEADING_WHEN, '');
  return undated !== phrase && undated.trim() !== '' ? (WORD_STATUS.get(normaliseWords(undated)) ?? null) : null;
}

/** A marker of several parts that agree: "(← BURADAYIZ, sürüyor)", "(current · in progress)". */
function partsStatus(text: string): Status | null {
  const parts = text.split(/\s*[,;·]\s*/u).filter((p) => p.trim() !== '');
  if (parts.length < 2) return null;
  const found = parts.map((p) => wordStatus(p));
  return found.every((x) => x !== null && x === found[0]) ? found[0] : null;
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
  return statusAt(text)?.status ?? null;
}

/** A status and the words in `text` that state it (a substring of `text`). */
export interface StatusReading {
  status: Status;
  /** The words that state the status (what a fix would rewrite): "Completed" in "(Completed)", "🚧 En cours". */
  words: string;
  /** The whole field for a "Key: value" line: "Statut : ✅ Terminé". */
  field?: string;
}

/** statusIn with the words that said it. */
export function statusAt(text: string): StatusReading | null {
  if (text.length > MAX_LINE) return null;
  const readings = new Map<Status, string>();
  const whole = wordStatus(text);
  if (whole) return { status: whole, words: text.trim() };
  // Bracketed or parenthesised markers anywhere: "(In Progress)", "[DONE]", "(⏳ IN PROGRESS)".
  for (const m of text.matchAll(/[([【（]([^()[\]【】（）]{1,40})[)\]】）]/gu)) {
    const whole = wordStatus(m[1]) ?? (ONLY_SYMBOLS.test(m[1]) ? emojiStatus(m[1], [...STRONG_EMOJI, ...WEAK_EMOJI]) : null) ?? partsStatus(m[1]);
    // "(status: AFGEROND, onderhoudsmodus)", "(status: GEBLOKKEERD tot D-exit)": a status field, read as a status line is.
    const field = whole ? null : statusLineAt(m[1]);
    // "(Current — estimated 4-6 weeks)": a status, then a note after a dash.
    const lead = whole || field ? null : (/^([^–—]{1,20}?)\s+[–—-]\s/u.exec(m[1])?.[1] ?? null);
    const dashed = lead ? wordStatus(lead) : null;
    const reading = whole ? { status: whole, words: m[1].trim() } : (field ?? (dashed ? { status: dashed, words: lead!.trim() } : null));
    if (reading && !readings.has(reading.status)) readings.set(reading.status, reading.words);
  }
  // A trailing marker after a separator: "Phase 1 - Completed", "Fase 3: Polish ⏳ PENDIENTE", "⚙️ In Progress
  // (Day 3/8)". Only the end of the text can hold it; looking there alone keeps long lines linear.
  // A label's closing colon is no separator: "Phase 1A — Frontend Integration abgeschlossen:".
  const end = text.trimEnd().replace(/(?<=\p{L})[:：]$/u, '');
  const tail = /(?:[:：|–—]|\s-|\p{Extended_Pictographic}\ufe0f?)\s*([^:：|–—\p{Extended_Pictographic}]{1,30}?)(\s*\([^()]{0,30}\))?$/u.exec(end.slice(-64));
  if (tail) {
    let s = wordStatus(tail[1]) ?? (tail[2] ? wordStatus(tail[1] + tail[2]) : null);
    let words = tail[0].replace(/^[:：|–—\s-]+/u, '');
    // "Phase 9 : Déploiement - NON COMMENCÉE": the words after the colon run on past a spaced hyphen; the last part is
    // the status.
    const last = s ? null : /\s-\s+([^-]{1,30})$/u.exec(tail[1]);
    if (last) [s, words] = [wordStatus(last[1]), last[1]];
    // "Phase 1 — Core and UI — done, then re-cut": after a dash, a status and a note after a comma.
    const noted = s || !/^[–—]/u.test(tail[0]) ? null : /^\s*([^,，]{1,20}?)\s*[,，]\s*\S/u.exec(tail[1]);
    if (noted && wordStatus(noted[1])) [s, words] = [wordStatus(noted[1]), noted[1]];
    if (s && !readings.has(s)) readings.set(s, words);
  }
  // Leading upper-case tag: "DONE: Phase 1", "WIP - Parser".
  const lead = /^[\s\p{Extended_Pictographic}\ufe0f]*([A-Z][A-Z -]{1,15}?)\s*[:–—-]\s/u.exec(text);
  if (lead) {
    const s = wordStatus(lead[1]);
    if (s && !readings.has(s)) readings.set(s, lead[1]);
  }
  // A status with a note after it: "已完成（局部覆盖）", "Complete (SOP 3.2)".
  const noted = readings.size === 0 ? /^\s*([^()（）]{1,30}?)\s*[(（][^()（）]{1,60}[)）]\s*$/u.exec(text) : null;
  const notedStatus = noted ? wordStatus(noted[1]) : null;
  if (noted && notedStatus) readings.set(notedStatus, noted[1].trim());
  if (readings.size === 0) {
    const trailingAt = trailingRunStart(text, SPACE_OR_EMOJI);
    const trailing = text.slice(trailingAt);
    if (ONLY_SYMBOLS.test(text)) {
      const e = emojiStatus(text, [...STRONG_EMOJI, ...WEAK_EMOJI]);
      if (e) readings.set(e, text.trim());
    } else {
      const strong = emojiStatus(text, STRONG_EMOJI);
      const e = strong ?? emojiStatus(trailing, WEAK_EMOJI);
      if (e) readings.set(e, strong ? (emojiIn(text, STRONG_EMOJI, strong) ?? text.trim()) : trailing.trim());
    }
  }
  if (readings.size !== 1) return null;
  const [[status, words]] = [...readings];
  return { status, words };
}

function emojiIn(text: string, table: [RegExp, Status][], status: Status): string | null {
  for (const [re, s] of table) {
    if (s !== status) continue;
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

// "Status", "State" and the corpus' other languages, as the key of a "Key: value" line.
const STATUS_KEY = new RegExp(`^(?:${alternation(STATUS_KEYS.map((r) => r.text))})$`, 'iu');

/** Whether a key names a status ("Status", "Estado", "状态"). */
export function statusKeyIn(key: string): boolean {
  return STATUS_KEY.test(key.trim());
}

/** Whether a label or a table header names a status ("Status", "Estado", "Stand", "状态"). */
export function isStatusKey(text: string): boolean {
  return STATUS_KEY.test(text);
}

/** The column of a table header that holds statuses (its letters name a status key), or -1. */
export function statusColumnOf(header: readonly string[]): number {
  return header.findIndex((cell) => isStatusKey(cell.replace(/[^\p{L}\s]/gu, '').trim()));
}

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

// "Status - In progress", "**Status** — Done": the key, a spaced dash, the value.
const DASH_STATUS_LINE = new RegExp(`^[\\s>|]*(?:[-*+]\\s+)?[*_]*(${alternation(STATUS_KEYS.map((r) => r.text))})[*_]*\\s+[-–—]\\s+(\\S.*)$`, 'iu');

function dashKeyValueIn(line: string): { key: string; value: string } | null {
  if (line.length > MAX_LINE) return null;
  const m = DASH_STATUS_LINE.exec(line.slice(0, 200));
  return m ? { key: m[1], value: m[2].replace(/^[*_]+|[*_]+$/g, '').trim() } : null;
}

/** A "Status: Done" line (any emphasis, list marker or language the corpus uses). */
export function statusLineIn(line: string): Status | null {
  return statusLineAt(line)?.status ?? null;
}

// The word that starts a note after a status: "implemented in v0.1.0", "Shipped on 2025-03-01".
const STATUS_NOTE = new RegExp(`\\s(?:${alternation(STATUS_NOTE_WORDS.map((r) => r.text))})\\s`, 'iu');

/** statusLineIn with the words that said it: the "Key: value" field, without the fields joined to it by "|". */
export function statusLineAt(line: string): StatusReading | null {
  const kv = keyValueIn(line) ?? dashKeyValueIn(line);
  if (!kv || !STATUS_KEY.test(kv.key)) return null;
  const value = kv.value;
  const own = value.split(/\s+\|\s+/u)[0].replace(/[*_]+$/u, '').trim();
  const field = `${kv.key}: ${own}`;
  const direct = statusAt(value);
  if (direct) return { status: direct.status, words: direct.words.length < own.length ? direct.words : own, field };
  // "✅ Complete (2024-05-01)", "In progress — parser first": the first words decide; so do they before a note
  // ("implemented in v0.1.0.", "Shipped on 2025-03-01").
  const head = value.split(/\s*(?:[(,;|]|\.(?!\d)|\s[-–—]\s)/u)[0];
  const status = statusIn(head);
  if (status) return { status, words: head.trim(), field };
  const note = STATUS_NOTE.exec(head);
  const noted = note && /\p{L}/u.test(head.slice(0, note.index)) ? statusIn(head.slice(0, note.index)) : null;
  if (noted) return { status: noted, words: head.slice(0, note!.index).trim(), field };
  // "Status: Documentation complete; …", "Status: Backend done": what is done, then the status word.
  const tail = /^\s*\p{L}+(?:\s+\p{L}+)?\s+(\p{L}+)\s*$/u.exec(head);
  const last = tail ? WORD_STATUS.get(tail[1].toLowerCase()) : undefined;
  return last === 'done' ? { status: last, words: head.trim(), field } : null;
}

const CURRENT_WORD = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${alternation(CURRENT_WORDS.map((r) => r.text))})(?![\\p{L}])`, 'iu');

/** A status read on a version or release: "current" there names the version out and in use (see CURRENT_WORDS). */
export function versionStatus(reading: StatusReading, word: PlanWord | null): StatusReading {
  if (reading.status !== 'in-progress' || (word !== 'version' && word !== 'release')) return reading;
  return CURRENT_WORD.test(reading.words.replace(LEADING_WHEN, '').replace(/^[\s，、]+/u, '')) ? { ...reading, status: 'done' } : reading;
}

const MARK_EMOJI = new RegExp(`^\\s*(${alternation(STATUS_EMOJI.filter((r) => r.strong && (r.status === 'done' || r.status === 'planned')).map((r) => r.emoji))})`, 'u');

/** A list line ticked with an emoji instead of a box: true for "✅ Logger", false for "🔲 URL templates", else null. */
export function emojiMarkIn(text: string): boolean | null {
  const m = MARK_EMOJI.exec(text.slice(0, 16));
  if (!m) return null;
  return STATUS_EMOJI.find((r) => r.emoji === m[1])?.status === 'done';
}

const CRITERIA_LATIN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(CRITERIA_WORDS.filter((r) => !isCjk(r.text)).map((r) => r.text))})(?![\\p{L}\\p{N}])`, 'iu');
const CRITERIA_CJK = new RegExp(alternation(CRITERIA_WORDS.filter((r) => isCjk(r.text)).map((r) => r.text)), 'u');

/**
 * A heading or a label line over a list that says what should be true ("**Success Criteria:**", "### Goals",
 * "Critérios de aceite:"), where a ✅ may be only the bullet's style. A label is short; a sentence is not one.
 */
export function isCriteriaLabel(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return false;
  return CRITERIA_LATIN.test(t) || CRITERIA_CJK.test(t);
}

const MILESTONE_WORD_IN = new RegExp(`(?<![\\p{L}])${MILESTONE_WORD}`, 'iu');

/**
 * Whether a title gives "M1" another meaning than milestone: it names things by another word that starts with an M
 * ("### Missions fondations" over "- [x] **M1** — …", "## Modules") and no milestone.
 */
export function otherMWordIn(title: string): boolean {
  if (MILESTONE_WORD_IN.test(title)) return false;
  return /(?<![\p{L}])M\p{Ll}{3,}/u.test(title);
}

// "## Key Milestones", "### Major Milestones": a word that ranks the items before the plural.
const PLURAL_QUALIFIER = '(?:(?:key|major|main|upcoming|planned|project|integration|delivery|engineering(?:\\s+and\\s+research)?)\\s+)?';
const PLURAL_PLAN_START = new RegExp(`^[\\s\\p{Extended_Pictographic}\\ufe0f*_]*${PLURAL_QUALIFIER}(${alternation(PLURAL_PLAN_WORDS.map((r) => r.text))})(?![\\p{L}])`, 'iu');

/** The kind of item a heading lists when it starts with a plural plan word ("## Phases", "## Фазы v3"), else null. */
export function pluralPlanTitle(title: string): { kind: 'phase' | 'milestone'; word: PlanWord; one: string } | null {
  const m = PLURAL_PLAN_START.exec(title);
  const row = m ? PLURAL_PLAN_WORDS.find((r) => r.text === m[1].toLowerCase()) : undefined;
  return row ? { kind: row.kind, word: row.word, one: row.one } : null;
}

/** The number a heading is numbered with ("0. Foundation", "2) Build" → 0, 2), else null. */
export function leadingNumberIn(title: string): number | null {
  const m = /^[\s*_]*(\d{1,2})[.)]\s+\S/u.exec(title);
  return m ? Number(m[1]) : null;
}

/**
 * A code a heading under a list of items starts with: "V3-0." → "V3-0", "V3-2.5", "P1 —", "A:"; under a list of
 * milestones also a dotted number ("### Key Milestones" › "#### 1.1 Community Infrastructure (January 2026)").
 */
export function leadingCodeIn(title: string, milestones = false): string | null {
  const dotted = milestones ? /^[\s*_]*(\d{1,2}\.\d{1,2})(?=[.:：)）]?\s)/u.exec(title) : null;
  if (dotted) return dotted[1];
  const m = /^[\s*_]*([A-Z]{1,3}\d{1,3}(?:[-.]\d{1,3}){0,2}|[A-Z])(?=[.:：)）]?\s|[:：]|$)/u.exec(title);
  if (!m || /[.-]$/u.test(m[1])) return null;
  return m[1];
}

/** A list line that starts with a code and ends with a status: "P1 LLM abstraction layer: completed." */
export function codeStatusIn(line: string): { code: string; status: Status; words: string } | null {
  if (line.length > 200) return null;
  const code = leadingCodeIn(line);
  if (!code || !/\d/u.test(code)) return null;
  const m = /[:：]\s*([^:：]{1,40}?)[.。]?\s*$/u.exec(line);
  const status = m ? wordStatus(m[1]) : null;
  return status ? { code, status, words: m![1] } : null;
}

const LEADING_PICTOGRAPH = /^\s*(\p{Extended_Pictographic})\ufe0f?/u;
const STATUS_EMOJI_SET = new Set(STATUS_EMOJI.map((r) => r.emoji));

/** The emoji a title starts with ("🏗️ Faz 1" → 🏗), and whether it is one of the status emoji. */
export function leadingEmojiOf(title: string): { emoji: string; status: boolean } | null {
  const m = LEADING_PICTOGRAPH.exec(title);
  return m ? { emoji: m[1], status: STATUS_EMOJI_SET.has(m[1]) } : null;
}

const TRAILING_PICTOGRAPH = /(\p{Extended_Pictographic})\ufe0f?[\s*_]*$/u;

/** The emoji a title ends with ("Этап 1: Основа (Q1 2024) 🏗️" → 🏗), and whether it is one of the status emoji. */
export function trailingEmojiOf(title: string): { emoji: string; status: boolean } | null {
  const m = TRAILING_PICTOGRAPH.exec(title);
  return m ? { emoji: m[1], status: STATUS_EMOJI_SET.has(m[1]) } : null;
}

// Words after a status word that say what a lane holds: "Planned Future Milestones", "Completed Phases".
const LANE_HELD = /^(?:future|upcoming|milestones|phases|releases|versions|features|items|work|sprints|stages|epics)$/iu;

const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES.map((r) => r.text))})`;
const WEEKDAY_LABEL = new RegExp(`^${WEEKDAY}(?:\\s*(?:-|–|—|to|&|and|/)\\s*${WEEKDAY})?$`, 'iu');
const TASK_LIST_LABEL = new RegExp(`^(?:${alternation(TASK_LIST_LABELS.map((r) => r.text))})$`, 'iu');
const ABOUT_WORD = new RegExp(`^(?:${alternation(ABOUT_WORDS.map((r) => r.text))})$`, 'iu');
// "## Not planned", "## No planeado", "## Nicht geplant": what the plan leaves out, not a lane of its work.
const NEGATION = new RegExp(`^(?:${alternation(NEGATION_WORDS.map((r) => r.text))})$`, 'iu');


/**
 * The status a bucket heading or a label gives what is filed under it: "Next", "✅ Completed", "Future Versions",
 * "Funzionalità in Sviluppo", "Próximos Passos", "Future:" before "Milestone v1.1", "Horizonte Atual:". The title is
 * a status phrase, or one with a single word for what it holds before or after it. A title about status ("Current
 * Status", "Progress") is not a bucket. Null otherwise. `loose` also reads a title with a note after it ("Future
 * Enhancements (Post-GA)") or a status with two or three words after it ("Next approved work"): enough to file the plan
 * items under it, not to make a lane of it.
 */
export function groupStatusAt(title: string, loose = false): StatusReading | null {
  if (title.length > 80) return null;
  const plain = title.replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, ' ').replace(/[*_`~]/g, '').trim();
  // "## 3. Now", "## 4. Next": the lane, numbered. Loosely also with a note after it ("Future Enhancements (Post-GA)").
  const numbered = plain.replace(/^\d{1,2}[.)]\s+/u, '');
  const text = loose ? numbered.replace(/\s*[(（][^()（）]*[)）]$/u, '') : numbered;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  // "Planned Future Milestones", "Completed Releases": a status over the kind of item the lane holds.
  const held = words.length >= 2 && words.length <= 4 ? WORD_STATUS.get(normaliseWords(words[0])) : undefined;
  if (held && words.slice(1).every((w) => LANE_HELD.test(w))) return { status: held, words: text };
  if (words.length === 0 || words.length > 5) return null;
  const whole = WORD_STATUS.get(normaliseWords(text));
  if (whole) return { status: whole, words: text };
  if (words.length < 2) return null;
  const candidates: [string, string][] = [
    [words.slice(1).join(' '), words[0]],
    [words.slice(0, -1).join(' '), words[words.length - 1]],
  ];
  for (const [phrase, other] of candidates) {
    if (!/^\p{L}+$/u.test(other) || STATUS_KEY.test(other) || ABOUT_WORD.test(other) || NEGATION.test(other)) continue;
    const status = WORD_STATUS.get(normaliseWords(phrase));
    if (status) return { status, words: text };
  }
  // Loosely, "Next approved work": a status, then what the section holds in two or three plain words.
  const first = loose && words.length >= 3 && words.length <= 4 ? WORD_STATUS.get(normaliseWords(words[0])) : undefined;
  if (first && words.slice(1).every((w) => /^\p{L}+$/u.test(w) && !STATUS_KEY.test(w) && !ABOUT_WORD.test(w) && !WORD_STATUS.has(normaliseWords(w)))) return { status: first, words: text };
  return null;
}

/** A lane named by a status word alone before a colon, then what it holds: "🎯 СЕЙЧАС: Текущий фокус", "NEXT: Goals". */
export function laneLabelAt(title: string): StatusReading | null {
  const m = /^([^:：]{1,24}?)\s*[:：]\s+\S/u.exec(title);
  const label = m ? m[1].replace(/[\p{Extended_Pictographic}\u200d\ufe0f*_`~]/gu, '').trim() : '';
  const status = label === '' ? undefined : WORD_STATUS.get(normaliseWords(label));
  return status ? { status, words: label } : null;
}

// ---------------------------------------------------------------------------------------------------------
// Dependencies and priority

const DEPENDENCY_KEY = new RegExp(`^(?:${alternation(DEPENDENCY_KEYS.map((r) => r.text))})$`, 'iu');
const NONE_VALUE = new RegExp(`^(?:${alternation(NONE_VALUES)}|-+|—|–)(?=$|[\\s.,;:(])`, 'iu');

// The words that join ids in a list of them ("Phases 1 and 2"), and in any sentence ("M12 or M13 can …").
const LIST_JOIN = alternation(JOIN_WORDS.filter((r) => !r.either).map((r) => r.text));
const ANY_JOIN = new RegExp(`^\\s+(?:${alternation(JOIN_WORDS.map((r) => r.text))})\\s+`, 'u');

// Every id a dependency value mentions, in order. "Phases 1 and 2" and "M1-M3" expand.
function idsIn(value: string): string[] {
  const ids: string[] = [];
  const add = (id: string | null): void => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  const plural = new RegExp(`^${PHASE_WORD}s\\s+(\\d{1,3})((?:\\s*(?:,|${LIST_JOIN}|-|–)\\s*\\d{1,3})+)`, 'iu');
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

const PRIORITY_KEY = new RegExp(`^(?:${alternation(PRIORITY_KEYS.map((r) => r.text))})$`, 'iu');
const PRIORITY_NOTE = (() => {
  const key = alternation(PRIORITY_KEYS.map((r) => r.text));
  const level = alternation(PRIORITY_LEVELS.map((r) => r.text));
  return new RegExp(`[(（]\\s*(?:(?:${level})\\s+(?:${key})|(?:${key})\\s*[:：]?\\s*(?:${level}))\\s*[)）]`, 'iu');
})();

/** Whether a title carries a note of how urgent its work is: "## 1. Admin Dashboard (HIGH PRIORITY)". */
export function hasPriorityNote(title: string): boolean {
  return PRIORITY_NOTE.test(title.slice(0, MAX_LINE));
}

const PRIORITY_TIER = /^[\s*_\p{Extended_Pictographic}\ufe0f]*(?:\d{1,2}[.)]\s+)?[*_]*P(\d)[*_]*(?=\s*(?:[:：—–(（]|-(?!\d)|$))\s*[:：—–\-]?\s*(.*)$/u;
const URGENCY_START = new RegExp(`^[\\s*_(（\\p{Extended_Pictographic}\\ufe0f]*(?:${alternation(PRIORITY_LEVELS.map((r) => r.text))})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`, 'iu');
const PRIORITY_WORD_IN = new RegExp(`(?<![\\p{L}])(?:${alternation(PRIORITY_KEYS.map((r) => r.text))})(?![\\p{L}])`, 'iu');

/**
 * A heading that names a tier of work P0, P1 …: "## P0：安全与可靠性基线" → 0, "### P1 — Test harness" → 1, "## 3. P0：…"
 * → 0; `urgent` when the words after it only rank it ("P0 - Critical Blockers", "P1 — Важно"). "P0-1 — Persistent
 * database" (a task of tier 0) and "P1.2 …" are no tier. Null for any other title.
 */
export function priorityTierIn(title: string): { tier: number; urgent: boolean } | null {
  const m = PRIORITY_TIER.exec(title.slice(0, MAX_LINE));
  return m ? { tier: Number(m[1]), urgent: URGENCY_START.test(m[2]) } : null;
}

/** Whether a title says the work under it is ranked by priority: "## Priority Evaluation", "## Sprint 1 Priorities". */
export function namesPriorities(title: string): boolean {
  return PRIORITY_WORD_IN.test(title.slice(0, MAX_LINE));
}

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

// ---------------------------------------------------------------------------------------------------------
// Plan items named by a list line or a table row

const AFTER_LINE_ID = /^(?:$|\s*[:：.\-–—(（|]|\s+-)/u;
// "Milestone: Beta Launch", "Marco – Go-Live": the word names the kind, the rest names the item (no id).
const NAMED_ITEM_RE = new RegExp(`^(${alternation(PLAN_WORDS.filter((r) => !isCjk(r.text)).map((r) => r.text))})\\s*[:：]\\s*\\S`, 'iu');

/**
 * The plan item a list line names ("- [x] Phase 3: Parser", "- **Milestone 1.1:** Charter (Due: 2026-03-10)",
 * "- ✅ **v1.0 Core** — shipped 2026-02-07", "* Release 1.0"), or null. Stricter than a heading: the id must lead
 * the line, and a phase-like id must be followed by punctuation or the end ("Phase 1 complete" is prose).
 */
const SENTENCE_AFTER_ID = new RegExp(`^\\s+(?:${alternation(SENTENCE_VERBS.map((r) => r.text))})\\s+\\p{Ll}`, 'u');

/** Whether the words after an id make a sentence of the line: "M03 comes early", "M12 and M13 can run in parallel". */
function sentenceAfter(after: string): boolean {
  if (SENTENCE_AFTER_ID.test(after)) return true;
  const also = ANY_JOIN.exec(after);
  const other = also ? idAtStart(after.slice(also[0].length)) : null;
  return other !== null && SENTENCE_AFTER_ID.test(after.slice(also![0].length + other.length));
}

/** Whether a line is a sentence about an item it starts with ("**M03 comes early on purpose.**"), not the item. */
export function isSentenceAboutItem(text: string): boolean {
  const line = plainHyphens(text.slice(0, MAX_LINE));
  const rest = line.slice(leadingNoise(line));
  const found = idAtStart(rest);
  return found !== null && sentenceAfter(rest.slice(found.length));
}

export function readListItem(text: string): HeadingReading | null {
  const line = plainHyphens(text.slice(0, MAX_LINE));
  const at = leadingNoise(line);
  const rest = line.slice(at);
  // "§3.4.1 — First Run Experience" cites a section of another document.
  const found = line.slice(0, at).includes('§') ? null : idAtStart(rest);
  if (found && gluedToPath(line, at, found)) return null;
  if (found) {
    const after = rest.slice(found.length);
    if (aboutAfter(after, found) || DEPENDENCY_AFTER_ID.test(after) || sentenceAfter(after)) return null;
    // "M0 → M1: Docker environment required": what one item needs before the next, not an item.
    if (/^\s*(?:→|->|⟶|=>|➜|➡️?)\s*\S/u.test(after) && idAtStart(after.replace(/^\s*(?:→|->|⟶|=>|➜|➡️?)\s*/u, '')) !== null) return null;
    if (found.kind === 'phase' && !AFTER_LINE_ID.test(after)) return null;
    // "Phase 2.2-B → TODO: …" names a part of Phase 2.2; "Fase 4 (Features Avanzados) pospuesta post-MVP" is a sentence.
    if (/^-[\p{L}\p{N}]/u.test(after) || /^\s*[(（][^()（）]*[)）]\s+\p{Ll}/u.test(after)) return null;
    // Steps and tasks in a list are the work inside an item; a range ("Phase 1-2: …") groups items.
    // A month in a list is a dated entry (a changelog's, a calendar's), not a plan item.
    if (found.word === 'month' || found.word === 'day') return null;
    // "- Sub-fase 0.1", "- Sub-phase 9A": the parts of a phase a list sums up, not items beside it.
    if (/^sub-?(?:phase|fase)$/iu.test(found.id.split(' ')[0])) return null;
    if (found.word === 'task' || found.word === 'step' || /\d\s*[-–]\s*\d|^[A-Z]-[A-Z]$/u.test(found.id.split(' ').pop() ?? '')) return null;
    // "Fase 1: ~4-6 semanas": a timeline line about the item, not the item.
    if (ONLY_WHEN.test(after)) return null;
    return { kind: found.kind, id: found.id, word: found.word, about: null, index: at, end: at + found.length };
  }
  const named = NAMED_ITEM_RE.exec(rest);
  if (named) {
    const row = PLAN_WORDS.find((r) => r.text === named[1].toLowerCase());
    if (row) return { kind: row.kind, id: null, word: row.word, about: null, index: at, end: at + named[1].length };
  }
  return null;
}

/**
 * Numbered checklist tasks whose sub-tasks carry their numbers ("- [x] 1. Infrastructure Setup" over "- [x] 1.1 Create
 * …", as Kiro and Spec Kit write tasks.md) are the steps of the plan: "Task 1", and so is every numbered task of that
 * list ("- [x] 3. Checkpoint"). `tasks` are the list's tasks, each with the first lines of its sub-tasks; the result
 * gives each task's reading, null where it is none. A list with no numbered sub-task is a plain checklist, unless
 * `continuing`: then its numbered tasks are read as steps that hold only where they continue steps (`continues`).
 */
export function readNumberedTasks(tasks: readonly { text: string; subtasks: readonly string[] }[], continuing = false): (HeadingReading | null)[] {
  const numbers = tasks.map((t) => /^(\s*)(\d{1,3})\.(?=\s+\S)/u.exec(t.text.slice(0, MAX_LINE)));
  const stepped = tasks.some((t, i) => {
    const m = numbers[i];
    return m !== null && t.subtasks.some((sub) => new RegExp(`^\\s*${m[2]}\\.\\d{1,3}(?!\\d)`, 'u').test(sub));
  });
  return numbers.map((m) =>
    m && (stepped || continuing) ? { kind: 'phase', id: `Task ${Number(m[2])}`, word: 'task', about: null, index: m[1].length, end: m[0].length, ...(stepped ? {} : { continues: true }) } : null,
  );
}

/** The ids a range id spans: "Phase 0-5" → Phase 0 … Phase 5, "Phase A-F" → Phase A … Phase F; null for other ids. */
export function rangeMembers(id: string | null): string[] | null {
  const m = id === null ? null : /^(.+?) (?:(\d{1,3})-(\d{1,3})|([A-Z])-([A-Z]))$/u.exec(id);
  if (!m) return null;
  const [from, to] = m[2] !== undefined ? [Number(m[2]), Number(m[3])] : [m[4].charCodeAt(0), m[5].charCodeAt(0)];
  if (to <= from || to - from > 50) return null;
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${m[1]} ${m[2] !== undefined ? n : String.fromCharCode(n)}`);
  return out;
}

const MILESTONE_ROWS = PLAN_WORDS.filter((r) => r.word === 'milestone');
const NAMED_MILESTONE_RE = new RegExp(`^(${alternation(MILESTONE_ROWS.map((r) => r.text))})\\s*[:：]\\s*\\p{L}`, 'iu');

/** A heading that names a milestone by its name ("[Milestone: Minimal Viable Product]", "Marco: Go-Live"): no id. */
export function namedMilestoneIn(title: string): HeadingReading | null {
  const text = title.slice(0, MAX_LINE);
  const at = leadingNoise(text);
  const m = NAMED_MILESTONE_RE.exec(text.slice(at));
  return m ? { kind: 'milestone', id: null, word: 'milestone', about: null, index: at, end: at + m[1].length } : null;
}

/**
 * Whether a heading or a label line ("## Marcos (Milestones)", "**Marcos**:", "Milestones") announces a list of
 * milestones: the milestone word in the plural (or as the whole text), nothing else but a gloss in parentheses.
 */
export function milestoneListTitle(text: string): boolean {
  const words = text
    .slice(0, 200)
    .replace(/[*_`]/gu, '')
    .replace(/[(（][^()（）]*[)）]/gu, '')
    .replace(/^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]+|[\s:：]+$/gu, '')
    .trim()
    .toLowerCase();
  return MILESTONE_ROWS.some((r) => words === r.text || words === `${r.text}s` || words === `${r.text}es` || words === `${r.text}e`);
}

const ONLY_WHEN = new RegExp(
  `^[\\s:：.\\-–—]*~?\\s*\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:${alternation(DURATION_UNITS.map((r) => r.text))})\\.?\\s*$`,
  'iu',
);

const LEADING_EMOJI = new RegExp(`^\\s*(${alternation(STATUS_EMOJI.map((r) => r.emoji))})`, 'u');

/** A status emoji that leads a list line, as a box would: "✅ **v1.0**", "🚧 **v1.3**", "🔄 Phase 2". */
/** A status cell that is only a box: "[x]" done, "[/]" or "[~]" under way, "[ ]" not started. */
export function boxStatusAt(cell: string): StatusReading | null {
  // "| 01 | Fundament | ❌ |": in a status column a cross alone is work not done yet (elsewhere it may mean rejected).
  const cross = /^\s*(❌|✗|✖️?)\s*$/u.exec(cell);
  if (cross) return { status: 'planned', words: cross[1] };
  const m = /^\s*[*_`]*\[([ xX/~])\][*_`]*\s*$/u.exec(cell);
  if (!m) return null;
  const status: Status = m[1] === ' ' ? 'planned' : m[1] === '/' || m[1] === '~' ? 'in-progress' : 'done';
  return { status, words: `[${m[1]}]` };
}

/**
 * A ticked box at the end of a heading that names an item ("## Phase 1: Core Types `[x]`"): the author ticked the item
 * done, as a summary checklist's box does. An open box ("[ ]") only says "not finished": the item's tasks say how far.
 */
export function trailingBoxAt(text: string): StatusReading | null {
  const m = /(?:^|\s)\[([xX])\]\s*$/u.exec(text);
  return m ? { status: 'done', words: `[${m[1]}]` } : null;
}

export function leadingStatusAt(text: string): StatusReading | null {
  const m = LEADING_EMOJI.exec(text);
  if (!m) return null;
  const row = STATUS_EMOJI.find((r) => r.emoji === m[1]);
  return row ? { status: row.status, words: m[1] } : null;
}

/**
 * The status a table's status cell states: its leading icon ("✅ Concluído", "🔄 WIP (v2)"), else its words, else a
 * box ("[x]", with `boxes`). A weak icon before words that state another status gives way to them: "⏳ Em andamento"
 * is under way (⏳ is as often "in progress" as "waiting").
 */
export function cellStatusAt(cell: string, boxes = true): StatusReading | null {
  const icon = leadingStatusAt(cell);
  const weak = icon !== null && STATUS_EMOJI.find((r) => r.emoji === icon.words)?.strong === false;
  const words = weak ? cell.slice(cell.indexOf(icon.words) + icon.words.length).replace(/^[\s\ufe0f*_]+/u, '') : '';
  const said = words === '' ? null : statusAt(words);
  if (said && said.status !== icon!.status) return said;
  return icon ?? statusAt(cell) ?? (boxes ? boxStatusAt(cell) : null) ?? notedCellStatusAt(cell);
}

/** "| Done — the benchmark now discriminates |", "| **PARTIAL** — implemented and tested; … |": a status, then a note. */
function notedCellStatusAt(cell: string): StatusReading | null {
  const m = /^\s*([^—–;；]{1,24}?)\s*(?:\s[—–-]\s|[;；])/u.exec(cell);
  const status = m ? wordStatus(m[1].replace(/[*_`]/g, '')) : null;
  return status ? { status, words: m![1].trim() } : null;
}

const BARE_WEEKS = new RegExp(`^(\\d{1,2})(?:\\s*(?:[-–]|${LIST_JOIN})\\s*(\\d{1,2}))?$`, 'iu');

/** The weeks a bare number under a week column names: "| Fase 3 | 3 e 4 |" under "| Fase | Semana(s) |" → weeks 3-4. */
export function weeksUnder(header: string, cell: string): Extract<Period, { unit: 'week' }> | null {
  if (planColumnAt(header, 1)?.word !== 'week') return null;
  const m = BARE_WEEKS.exec(cell.replace(/[*_`]/g, '').trim());
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2] ?? m[1])];
  return start >= 1 && end >= start ? { unit: 'week', start, end, source: 'line' } : null;
}

const ITEM_COLUMN_QUALIFIER = new RegExp(`^(?:${alternation(ITEM_COLUMN_QUALIFIERS.map((r) => r.text))})$`, 'iu');

export type PlanColumn = { column: number; kind: 'phase' | 'milestone' | 'quarter'; word: PlanWord; text: string };

// "Next Milestone", "Parent Phase" name another item than the row's own.
const NOT_ITEM_COLUMN_PREFIX = /^(?:next|previous|prev|last|parent|target|blocking|blocked|depends|dependent|sub|per|total|current)$/iu;

const FILE_COLUMN = new RegExp(`^(?:${alternation(FILE_COLUMN_WORDS.map((r) => r.text))})$`, 'iu');

function planColumnAt(cellText: string, column: number): PlanColumn | null {
  // "Semana(s)": one or more.
  const written = cellText.replace(/[*_`#]/g, '').replace(/\(s\)$/u, '').trim();
  const cell = written.toLowerCase();
  const singular = cell.replace(/(?:es|s)$/u, '');
  const row = PLAN_WORDS.find((r) => !r.headingOnly && (r.text === cell || r.text === singular || r.text + 's' === cell || r.text + 'es' === cell));
  if (row) return { column, kind: row.kind, word: row.word, text: written.replace(/(?:es|s)$/u, (m) => (row.text.endsWith(m) ? m : '')) };
  if (/^(?:horizon|horizonte|horizont)s?$/u.test(cell)) return { column, kind: 'quarter', word: 'quarter', text: written };
  // "Fase del Proyecto", "Phase Name": the plan word with words that still say "the item".
  const qualified = /^(\p{L}+)\s+(.+)$/u.exec(written);
  if (qualified && ITEM_COLUMN_QUALIFIER.test(qualified[2])) {
    const found = planColumnAt(qualified[1], column);
    if (found) return found;
  }
  // "Eng Milestone", "Product Phase": a word before the plan word, in the first column, where a row's name stands.
  const prefixed = column === 0 ? /^(\p{L}+)\s+(\p{L}+)$/u.exec(written) : null;
  if (prefixed && !NOT_ITEM_COLUMN_PREFIX.test(prefixed[1])) {
    const found = planColumnAt(prefixed[2], column);
    if (found && found.word !== 'week' && found.word !== 'day' && found.word !== 'month') return { ...found, text: written };
  }
  return null;
}

/**
 * The table column that names plan items: its header is a plan word ("Phase", "Fase", "Step", "Milestone",
 * "Iteração", "Horizon"), singular or plural, or one with a qualifier ("Fase del Proyecto"). A week column gives way
 * to another plan column ("| Woche | Datum | Nr | Meilenstein |" lists milestones by the week they fall in). Null for
 * other tables.
 */
export function planColumnIn(header: readonly string[]): PlanColumn | null {
  // "| ファイル | フェーズ |", "| File | Phase |": which files each item changes, not a table of the items.
  if (header.length > 0 && FILE_COLUMN.test(header[0].replace(/[*_`]/gu, '').trim())) return null;
  let week: PlanColumn | null = null;
  for (let c = 0; c < header.length; c++) {
    const found = planColumnAt(header[c], c);
    if (found?.word === 'week') week ??= found;
    else if (found) return found;
  }
  return week;
}

const NUMBER_COLUMN = new RegExp(`^(?:${alternation(NUMBER_COLUMNS.map((r) => r.text))})$`, 'iu');

/** The column that numbers a plan table's rows ("Nr", "Nº", "Número"), or -1. */
export function numberColumnIn(header: readonly string[]): number {
  const plain = header.findIndex((cell) => NUMBER_COLUMN.test(cell.replace(/[*_`]/g, '').trim()));
  if (plain >= 0) return plain;
  // "| Milestone No. | Milestone |", "| Phase # | … |": the plan word with a number sign numbers the rows.
  return header.findIndex((cell) => {
    const m = /^(\p{L}+)\s*(?:no\.?|#|nr\.?|number|num\.?|nº)$/iu.exec(cell.replace(/[*_`]/g, '').trim());
    return m !== null && planColumnAt(m[1], 0) !== null;
  });
}

const ID_COLUMN = new RegExp(`^(?:${alternation(ID_COLUMNS.map((r) => r.text))})$`, 'iu');

/** The column that gives a plan table's rows their codes ("ID", "Code", "Kürzel"), or -1. */
export function idColumnIn(header: readonly string[]): number {
  return header.findIndex((cell) => ID_COLUMN.test(cell.replace(/[*_`]/g, '').trim()));
}

const PLAN_TITLE = new RegExp(`(?<![\\p{L}])(?:${alternation(PLAN_TITLE_WORDS.map((r) => r.text))})(?![\\p{L}])`, 'iu');

/** Whether a heading calls what follows it a plan or a schedule ("Release Plan", "Roadmap", "Cronograma"). */
export function isPlanTitle(title: string): boolean {
  return PLAN_TITLE.test(title.slice(0, MAX_LINE));
}

// "TOTAL", "Gesamt:", and with a word or two after it: "TOTAL DÉPENSÉ", "Total remaining".
const TOTAL_ROW = new RegExp(`^(?:${alternation(TOTAL_WORDS.map((r) => r.text))})(?:\\s+\\p{L}+){0,2}\\s*:?$`, 'iu');

/** Whether a table cell starts a totals row ("**TOTAL**", "Gesamt", "合计"). */
export function isTotalCell(cell: string): boolean {
  return TOTAL_ROW.test(cell.replace(/[*_`]/g, '').trim());
}

/** Whether a table cell is only a day of the week ("| Monday |", "| Mon–Fri |"): a timetable's row, not a plan item. */
export function isWeekdayCell(cell: string): boolean {
  return WEEKDAY_LABEL.test(cell.replace(/[*_`]/g, '').trim());
}

/** The plan item a table cell names by itself ("Sprint 1", "Phase 2: …", "M3"), or null. */
export function cellItemIn(cell: string): { kind: Exclude<SectionKind, 'section'>; id: string; word: PlanWord } | null {
  const found = idAtStart(stripLeading(cell.replace(/[*_`]/g, '').trim().slice(0, MAX_LINE)));
  return found ? { kind: found.kind, id: found.id, word: found.word } : null;
}

/** The id a cell names with a table's plan word anywhere in it, even in a file name: "01_FASE_2_FOUNDATION.md" → "Fase 2". */
export function idByWordIn(cell: string, word: string): IdMatch | null {
  if (!/^\p{L}+$/u.test(word)) return null;
  const m = new RegExp(`(?:^|[^\\p{L}])(${wordPattern(word)})[_\\s-]?(\\d{1,3})(?!\\d)`, 'iu').exec(cell.slice(0, MAX_LINE));
  return m ? idAtStart(`${word} ${m[2]}`) : null;
}

/**
 * The id a plan-table cell names: "Phase 2", "2" under "Phase" → "Phase 2", "A" under "Phase" → "Phase A",
 * "Construcción 1 (Prueba de Arquitectura)" under "Fase" → "Construcción 1" (a phase named by its own word and
 * number). In a milestone column a phase id followed by words names a milestone ("Sprint 1 Complete"), which has no id.
 */
export function tableCellId(cell: string, headerWord: string, planKind?: SectionKind): { kind: SectionKind; id: string | null; word: PlanWord | null } {
  const text = cell.replace(/[*_`~]/g, '').trim();
  const own = idAtStart(stripLeading(text));
  if (own && planKind === 'milestone' && own.kind === 'phase' && /\p{L}/u.test(stripLeading(text).slice(own.length))) {
    return { kind: 'milestone', id: null, word: 'milestone' };
  }
  if (own) return { kind: own.kind, id: own.id, word: own.word };
  // "Carbide 1.0.0" under "Release": the product, then its version (as a heading names one, see readHeading).
  const product = planKind === 'milestone' ? PRODUCT_VERSION_RE.exec(text) : null;
  if (product && !product[1].split(/[ -]/u).some((w) => NOT_PRODUCT_WORDS.test(w))) {
    const versioned = idAtStart(text.slice(product[0].length));
    if (versioned?.kind === 'milestone') return { kind: versioned.kind, id: versioned.id, word: versioned.word };
  }
  // "1. Foundation & Data Layer" under "Phase": the number is the item's.
  // "2.1 Spirit Library Polish": a decimal number needs no dot after it.
  // "0 — Foundation": a number, a dash, the name.
  // "💧 1 - Hydrogen": after an icon.
  const bare = stripLeading(text);
  const numbered =
    /^(\d{1,3}(?:\.\d{1,2})?|\d{1,3}\s*[-–]\s*\d{1,3})[.)]\s+\S/u.exec(bare) ?? /^(\d{1,3}\.\d{1,2})\s+\p{L}/u.exec(bare) ?? /^(\d{1,3})\s+[—–-]\s+\p{L}/u.exec(bare);
  if (numbered) {
    const composed = idAtStart(`${headerWord} ${numbered[1]}`);
    if (composed) return { kind: composed.kind, id: composed.id, word: composed.word };
  }
  if (/^(?:\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z])$/u.test(text)) {
    const composed = idAtStart(`${headerWord} ${text}`);
    if (composed) return { kind: composed.kind, id: composed.id, word: composed.word };
  }
  const wordNumber = /^(\p{L}[\p{L}'’]{2,20})\s+(\d{1,3})(?=$|\s*[(:：–—-])/u.exec(text);
  if (wordNumber && headerWord !== '') return { kind: 'section', id: `${capitalise(wordNumber[1])} ${wordNumber[2]}`, word: null };
  return { kind: 'section', id: null, word: null };
}

const DONE_WORDS = STATUS_WORDS.filter((r) => r.status === 'done' && !/\d/.test(r.text)).map((r) => r.text);
const DONE_SUFFIX = new RegExp(`[(（\\[]\\s*(?:${alternation(DONE_WORDS)})\\s*[)）\\]][\\s.]*$`, 'iu');

/** A line that ends by saying it is done: "- Travelling. (1 day) (finished)", "- Login [done]". */
export function doneSuffixIn(text: string): boolean {
  return text.length <= MAX_LINE && DONE_SUFFIX.test(text);
}
const FINISHED_RE = new RegExp(
  `(?:${alternation(DONE_WORDS)}|[✅✔☑]\\ufe0f?)\\s*(?:(?:on|em|el|le|am|at|in)\\s+)?[:：(（]?\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}(?:[-–]\\d{1,2})?[./]\\d{1,2}[./]\\d{4})`,
  'iu',
);

/** A completion stamp: "shipped 2026-02-28", "Complete (05-06.09.2025)", "✅ ACHIEVED (06.09.2025)", "完了: 2026-02-12". */
export function finishedStampIn(text: string): { raw: string; date: string; index: number; end: number } | null {
  if (text.length > MAX_LINE) return null;
  const m = FINISHED_RE.exec(text);
  if (!m) return null;
  return { raw: m[1], date: m[1], index: m.index, end: m.index + m[0].length };
}

const DAY_FIRST_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${alternation(
    [...PLAN_WORDS, ...STATUS_WORDS].filter((r) => DAY_FIRST_HINTS.some((l) => r.lang.split('/').includes(l)) && r.text.length > 3 && !isCjk(r.text)).map((r) => r.text),
  )})(?![\\p{L}])`,
  'iu',
);

/** Whether the document is written in a language that puts the day first in numeric dates (its plan or status words). */
export function dayFirstLanguage(text: string): boolean {
  return DAY_FIRST_WORDS.test(text.length > 50_000 ? text.slice(0, 50_000) : text);
}
