// Finds the words that state a status in a heading, a "Status:" line or a table cell, and writes another status in
// the same language and style ("(In Progress)" → "(Completed)", "🚧 En cours" → "✅ Terminé", "WIP" → "DONE").
// The table below is deliberately small: the reading work's lexicon (core/language) will replace it.
import type { Status } from '../model';
import { statusIn } from '../language/classify';

type Phrases = Record<Status, string[]>;

// One row per language and register; the first phrase of each status is what a fix writes. Rows are tried in order,
// so "In Progress" (→ "Completed") is found before the "Done" row's "in progress" (→ "Done").
const LEXICON: Phrases[] = [
  { done: ['Completed', 'complete'], 'in-progress': ['In Progress', 'in-progress', 'inprogress'], planned: ['Planned', 'not started', 'scheduled'], blocked: ['Blocked', 'on hold', 'on-hold'] },
  {
    done: ['Done', 'finished', 'shipped', 'released', 'delivered', 'closed', 'resolved', 'merged', 'launched', 'deployed', 'implemented', 'achieved', '100%'],
    'in-progress': ['In progress', 'doing', 'wip', 'ongoing', 'on going', 'started', 'underway', 'under way', 'active', 'current', 'in development', 'in dev', 'in review', 'in testing', 'in qa', 'partial', 'partially done', 'partially complete', 'on track'],
    planned: ['To do', 'todo', 'to-do', 'pending', 'open', 'backlog', 'upcoming', 'future', 'queued', 'proposed', 'tentative', 'coming soon'],
    blocked: ['Blocked', 'stalled', 'paused', 'stuck'],
  },
  {
    done: ['Concluído', 'concluido', 'concluída', 'concluida', 'completo', 'completa', 'finalizado', 'finalizada', 'feito', 'feita', 'entregue', 'implementado', 'implementada'],
    'in-progress': ['Em andamento', 'em progresso', 'em desenvolvimento', 'andamento', 'em curso', 'parcial', 'atual'],
    planned: ['Planejado', 'planejada', 'pendente', 'a fazer', 'não iniciado', 'nao iniciado', 'futuro', 'futura'],
    blocked: ['Bloqueado', 'em espera', 'pausado', 'pausada', 'parado', 'parada'],
  },
  {
    done: ['Completado', 'completada', 'terminado', 'terminada', 'hecho', 'hecha', 'listo'],
    'in-progress': ['En progreso', 'en curso', 'en desarrollo', 'en proceso', 'actual'],
    planned: ['Planificado', 'planificada', 'planeado', 'planeada', 'pendiente', 'por hacer', 'no iniciado', 'programado'],
    blocked: ['Bloqueado', 'bloqueada'],
  },
  {
    done: ['Terminé', 'terminée', 'termine', 'fait', 'achevé', 'achevée'],
    'in-progress': ['En cours'],
    planned: ['Prévu', 'prévue', 'à faire', 'planifié', 'planifiée', 'en attente'],
    blocked: ['Bloqué', 'bloquée', 'en pause'],
  },
  {
    done: ['Abgeschlossen', 'erledigt', 'fertig', 'umgesetzt'],
    'in-progress': ['In Arbeit', 'in bearbeitung', 'läuft', 'begonnen', 'aktuell'],
    planned: ['Geplant', 'offen', 'ausstehend'],
    blocked: ['Blockiert', 'pausiert'],
  },
  {
    done: ['Tamamlandı', 'tamamlandi', 'tamamlanan', 'tamamlananlar', 'bitti', 'tamam'],
    'in-progress': ['Devam ediyor', 'devam eden', 'devam edenler', 'sürüyor', 'suruyor', 'geliştiriliyor', 'yapılıyor'],
    planned: ['Planlandı', 'planlandi', 'planlanan', 'planlananlar', 'planlanıyor', 'bekliyor', 'yapılacak'],
    blocked: ['Beklemede', 'engellendi', 'engelli'],
  },
  {
    done: ['Завершено', 'завершен', 'завершён', 'завершена', 'выполнено', 'готово', 'сделано'],
    'in-progress': ['В процессе', 'в работе', 'выполняется', 'в разработке', 'текущий', 'текущая'],
    planned: ['Запланировано', 'планируется', 'не начато', 'в планах', 'ожидает'],
    blocked: ['Заблокировано', 'заблокирован', 'приостановлено'],
  },
  { done: ['已完成', '完成'], 'in-progress': ['进行中', '开发中', '当前'], planned: ['计划中', '待办', '未开始', '计划'], blocked: ['阻塞', '受阻', '暂停'] },
  { done: ['完了', '済み', '完成済み'], 'in-progress': ['進行中', '開発中', '対応中', '作業中'], planned: ['予定', '未着手', '計画中'], blocked: ['保留', 'ブロック'] },
  { done: ['완료'], 'in-progress': ['진행 중', '진행중'], planned: ['예정', '계획', '대기'], blocked: ['차단'] },
];

const EMOJI_FAMILIES: { members: RegExp; to: Record<Status, string> }[] = [
  { members: /^(?:🟢|🟡|🟩|🟨)$/u, to: { done: '🟢', 'in-progress': '🟡', planned: '⏳', blocked: '🛑' } },
  { members: /^(?:✅|✔|☑|✓|🔲|⬜|☐|🛑|⛔|🚧|🔄|🏗|🔨|🔃|⏳|⌛|🔜|🚫|⏸)$/u, to: { done: '✅', 'in-progress': '🚧', planned: '⏳', blocked: '🛑' } },
];

const STATUS_EMOJI = /(?:✅|✔|☑|✓|🔲|⬜|☐|🛑|⛔|🟢|🟩|🚧|🔄|🏗|🔨|🟡|🟨|🔃|⏳|⌛|🔜|🚫|⏸)\ufe0f?/gu;

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
    const before = /((?:✅|✔|☑|✓|🔲|⬜|☐|🛑|⛔|🟢|🟩|🚧|🔄|🏗|🔨|🟡|🟨|🔃|⏳|⌛|🔜|🚫|⏸)\ufe0f?)\s*$/u.exec(text.slice(0, best.start));
    const start = before ? before.index : best.start;
    return { start, end: best.end, text: text.slice(start, best.end) };
  }
  let emoji: StatusWords | null = null;
  for (const m of text.matchAll(STATUS_EMOJI)) {
    if (statusIn(m[0]) === status) emoji = { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return emoji;
}

function lexiconEntry(phrase: string): { row: Phrases; status: Status } | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const row of LEXICON) {
    for (const status of Object.keys(row) as Status[]) if (row[status].some((p) => p.toLowerCase() === key)) return { row, status };
  }
  return null;
}

/** `words` (as found by findStatusWords) rewritten to say `target` in the same language, case and emoji; null when unknown. */
export function rewriteStatusWords(words: string, target: Status): string | null {
  const lead = /^((?:✅|✔|☑|✓|🔲|⬜|☐|🛑|⛔|🟢|🟩|🚧|🔄|🏗|🔨|🟡|🟨|🔃|⏳|⌛|🔜|🚫|⏸)\ufe0f?)(\s*)/u.exec(words);
  let out = '';
  let rest = words;
  if (lead) {
    const bare = lead[1].replace(/\ufe0f$/, '');
    const family = EMOJI_FAMILIES.find((f) => f.members.test(bare));
    if (!family) return null;
    out = family.to[target] + lead[2];
    rest = words.slice(lead[0].length);
  }
  if (rest === '') return out;
  const entry = lexiconEntry(rest);
  if (!entry) return null;
  return out + inCaseOf(rest, entry.row[target][0]);
}

function inCaseOf(original: string, phrase: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters !== '' && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return phrase.toUpperCase();
  if (letters !== '' && letters === letters.toLowerCase() && letters !== letters.toUpperCase()) return phrase.toLowerCase();
  const words = original.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return phrase.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  return phrase;
}
