// A section's title as the tree shows it: the words the row already shows elsewhere (its status as the icon's
// colour, its period in the description) are taken out, so the part people read first is the name.
import type { Section } from '../model';
import { findPeriod } from '../language/periods';
import { statusIn } from '../language/classify';

/** Status emoji that stand alone at either end of a heading ("✅ Phase 1", "Phase 2 🚧"). */
const STATUS_EMOJI = /^(?:✅|☑️?|✔️?|🚧|⏳|🔄|🟢|🟡|🔴|⚪|🔲|⬜|❌|🛑|⏸️?|📋|🗓️?)+$/u;

export function shortTitle(section: Pick<Section, 'title' | 'status' | 'statusSource' | 'period' | 'provenance'>): string {
  let title = section.title;
  if (section.period && section.period.source === 'heading') title = withoutPeriod(title, section.provenance.period?.text);
  if (section.status && section.statusSource === 'heading') title = withoutStatus(title, section.provenance.status?.text);
  title = tidy(title);
  return title === '' ? section.title : title;
}

function withoutPeriod(title: string, words: string | undefined): string {
  // A period that opens the title names the section ("Q1 2024: Foundation", "Week 1: Setup"): it stays.
  if (words && title.indexOf(words) > 0) return cut(title, title.indexOf(words), title.indexOf(words) + words.length);
  const found = findPeriod(title, 'heading');
  return found && /\p{L}/u.test(title.slice(0, found.index)) ? cut(title, found.index, found.end) : title;
}

function withoutStatus(title: string, words: string | undefined): string {
  if (words && title.includes(words)) return cut(title, title.indexOf(words), title.indexOf(words) + words.length);
  let out = title;
  // Bracketed markers: "(Completed)", "[DONE]", "【完了】".
  out = out.replace(/\s*[([【]([^()[\]【】]{1,40})[)\]】]/gu, (m, inner: string) => (statusIn(inner) ? '' : m));
  // Emoji at either end, and a status word after the last separator: "Fase 1: Fundamentos ✅ COMPLETADA".
  const tail = /(?:\s*[-–—:|]\s*|\s+)((?:\p{Extended_Pictographic}\ufe0f?\s*)*[^:：|–—\p{Extended_Pictographic}]{0,30})$/u.exec(out);
  if (tail && tail[1].trim() && statusIn(tail[1])) out = out.slice(0, tail.index);
  out = out.replace(/(?:\s*\p{Extended_Pictographic}\ufe0f?)+\s*$/u, (m) => (STATUS_EMOJI.test(m.replace(/\s/g, '')) ? '' : m));
  out = out.replace(/^\s*(?:\p{Extended_Pictographic}\ufe0f?\s*)+/u, (m) => (STATUS_EMOJI.test(m.replace(/\s/g, '')) ? '' : m));
  // A leading tag: "DONE: Phase 1", "WIP - Parser".
  const lead = /^([A-Z][A-Z -]{1,15}?)\s*[:–—-]\s/u.exec(out);
  if (lead && statusIn(lead[1])) out = out.slice(lead[0].length);
  return out;
}

/** Removes `[start, end)` and the brackets that held only it: "(Weeks 1-3)" goes whole. */
function cut(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && /\s/.test(text[a - 1])) a--;
  while (b < text.length && /\s/.test(text[b])) b++;
  if (a > 0 && b < text.length && '([【（'.includes(text[a - 1]) && ')]】）'.includes(text[b])) {
    a--;
    b++;
  }
  return `${text.slice(0, a)} ${text.slice(b)}`;
}

/** Spaces collapsed, and separators left dangling at either end ("Phase 1: " → "Phase 1") dropped. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\(\s*\)|\[\s*\]|（\s*）/g, '').replace(/^[\s:–—|-]+|[\s:–—|,-]+$/g, '').trim();
}
