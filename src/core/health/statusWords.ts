// Finds the words that state a status in a heading, a "Status:" line or a table cell, and writes another status in
// the same language and style ("(In Progress)" → "(Completed)", "🚧 En cours" → "✅ Terminé", "WIP" → "DONE").
// Which words and emoji state a status, and in which language, is the lexicon's (core/language/lexicon); what a fix
// writes instead is chosen here: per language one phrase per status, and for English the register the author used.
import type { Status } from '../model';
import { statusIn } from '../language/classify';
import { STATUS_EMOJI, STATUS_WORDS } from '../language/lexicon';

type Phrases = Record<Status, string>;

// English has registers: "Completed / In Progress / Planned" and "Done / In progress / To do". A phrase of one is
// answered in the same one.
const ENGLISH_REGISTERS: { members: string[]; write: Phrases }[] = [
  { members: ['completed', 'complete', 'in progress', 'in-progress', 'inprogress', 'planned', 'not started', 'scheduled'], write: { done: 'Completed', 'in-progress': 'In Progress', planned: 'Planned', blocked: 'Blocked' } },
];

/** What a fix writes, per language of the lexicon. */
const WRITE: Record<string, Phrases> = {
  en: { done: 'Done', 'in-progress': 'In progress', planned: 'To do', blocked: 'Blocked' },
  pt: { done: 'Concluído', 'in-progress': 'Em andamento', planned: 'Planejado', blocked: 'Bloqueado' },
  es: { done: 'Completado', 'in-progress': 'En progreso', planned: 'Planificado', blocked: 'Bloqueado' },
  fr: { done: 'Terminé', 'in-progress': 'En cours', planned: 'Prévu', blocked: 'Bloqué' },
  it: { done: 'Completato', 'in-progress': 'In corso', planned: 'Pianificato', blocked: 'Bloccato' },
  de: { done: 'Abgeschlossen', 'in-progress': 'In Arbeit', planned: 'Geplant', blocked: 'Blockiert' },
  tr: { done: 'Tamamlandı', 'in-progress': 'Devam ediyor', planned: 'Planlandı', blocked: 'Beklemede' },
  ru: { done: 'Завершено', 'in-progress': 'В процессе', planned: 'Запланировано', blocked: 'Заблокировано' },
  zh: { done: '已完成', 'in-progress': '进行中', planned: '计划中', blocked: '阻塞' },
  ja: { done: '完了', 'in-progress': '進行中', planned: '予定', blocked: '保留' },
  ko: { done: '완료', 'in-progress': '진행 중', planned: '예정', blocked: '차단' },
};

const EMOJI_FAMILIES: { members: Set<string>; to: Record<Status, string> }[] = [
  { members: new Set(['🟢', '🟡', '🟩', '🟨']), to: { done: '🟢', 'in-progress': '🟡', planned: '⏳', blocked: '🛑' } },
  { members: new Set(STATUS_EMOJI.map((e) => e.emoji)), to: { done: '✅', 'in-progress': '🚧', planned: '⏳', blocked: '🛑' } },
];

const EMOJI_ALTERNATION = STATUS_EMOJI.map((e) => e.emoji).join('|');
const STATUS_EMOJI_RE = new RegExp(`(?:${EMOJI_ALTERNATION})\\ufe0f?`, 'gu');
const EMOJI_BEFORE = new RegExp(`((?:${EMOJI_ALTERNATION})\\ufe0f?)\\s*$`, 'u');
const EMOJI_LEAD = new RegExp(`^((?:${EMOJI_ALTERNATION})\\ufe0f?)(\\s*)`, 'u');

export interface StatusWords {
  /** UTF-16 offsets into the searched text, `[start, end)`. */
  start: number;
  end: number;
  text: string;
}

// Runs of words: letters, digits and "%", joined by single spaces, hyphens or apostrophes between letters.
const WORD_RUN = /[\p{L}\p{N}%](?:[\p{L}\p{N}\p{M}%'’]|[ \-](?=[\p{L}\p{N}]))*/gu;
const WORD = /[^\s\-]+/gu;

/**
 * The words (with a status emoji just before them) or, failing words, the emoji that state `status` in `text`.
 * Markers in brackets win over markers at the end, which win over the rest. Null when none can be pointed at.
 */
export function findStatusWords(text: string, status: Status): StatusWords | null {
  let best: { start: number; end: number; rank: number } | null = null;
  for (const run of text.matchAll(WORD_RUN)) {
    const words = [...run[0].matchAll(WORD)].map((w) => ({ start: run.index + w.index, end: run.index + w.index + w[0].length }));
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length - 1, i + 3); j >= i; j--) {
        const phrase = text.slice(words[i].start, words[j].end);
        if (/\d/.test(phrase.replace(/100\s*%/, '')) || statusIn(phrase) !== status || !lexiconEntry(phrase)) continue;
        const inBrackets = /[([【]\s*$/u.test(text.slice(0, words[i].start)) && /^\s*[)\]】]/u.test(text.slice(words[j].end));
        const atEnd = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\ufe0f]*$/u.test(text.slice(words[j].end));
        const rank = (inBrackets ? 4 : 0) + (atEnd ? 2 : 0) + (j - i) * 0.1;
        if (!best || rank > best.rank || (rank === best.rank && words[i].start > best.start)) best = { start: words[i].start, end: words[j].end, rank };
        break;
      }
    }
  }
  if (best) {
    const before = EMOJI_BEFORE.exec(text.slice(0, best.start));
    const start = before ? before.index : best.start;
    return { start, end: best.end, text: text.slice(start, best.end) };
  }
  let emoji: StatusWords | null = null;
  for (const m of text.matchAll(STATUS_EMOJI_RE)) {
    if (statusIn(m[0]) === status) emoji = { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return emoji;
}

/** The phrases a fix writes for `phrase`'s language and register, when the lexicon knows the phrase. */
function lexiconEntry(phrase: string): Phrases | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const register = ENGLISH_REGISTERS.find((r) => r.members.includes(key));
  if (register) return register.write;
  const row = STATUS_WORDS.find((w) => w.text === key);
  if (!row) return null;
  const lang = row.lang === 'zh/ja/ko' ? (/[\uac00-\ud7af]/u.test(key) ? 'ko' : /[\u3040-\u30ff]|完了|済み/u.test(key) ? 'ja' : 'zh') : row.lang.split('/')[0];
  return WRITE[lang] ?? null;
}

/** `words` (as found by findStatusWords) rewritten to say `target` in the same language, case and emoji; null when unknown. */
export function rewriteStatusWords(words: string, target: Status): string | null {
  const lead = EMOJI_LEAD.exec(words);
  let out = '';
  let rest = words;
  if (lead) {
    const bare = lead[1].replace(/\ufe0f$/, '');
    const family = EMOJI_FAMILIES.find((f) => f.members.has(bare));
    if (!family) return null;
    out = family.to[target] + lead[2];
    rest = words.slice(lead[0].length);
  }
  if (rest === '') return out;
  const phrases = lexiconEntry(rest);
  if (!phrases) return null;
  return out + inCaseOf(rest, phrases[target]);
}

function inCaseOf(original: string, phrase: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters !== '' && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return phrase.toUpperCase();
  if (letters !== '' && letters === letters.toLowerCase() && letters !== letters.toUpperCase()) return phrase.toLowerCase();
  const words = original.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return phrase.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  return phrase;
}
