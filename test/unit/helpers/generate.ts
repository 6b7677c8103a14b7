// Roadmap text generators: fast-check arbitraries of awkward markdown for the property tests, and a deterministic
// large roadmap for the bench.
import fc from 'fast-check';

const word = fc.constantFrom('alpha', 'beta', 'API', 'Spec', '**bold**', '`code`', '[Spec]', '[link](http://x)', 'Ünïcode', '测试', '✅', '(In Progress)', 'Q2 2024', 'M1');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const indent = fc.constantFrom('', '', '  ', '    ', '\t', '   ');
const bullet = fc.constantFrom('-', '*', '+', '1.', '2)');
const box = fc.constantFrom('[ ]', '[x]', '[X]', '[~]', '[-]', '[]');

/** One block-ish fragment (possibly several lines); chosen to exercise every construct the split must respect. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('#', '##', '###', '####'), words).map(([h, w]) => `${h} ${w}`),
  fc.tuple(fc.constantFrom('Phase 1: Core', 'M0: Base', 'Q3 2024', 'Timeline', 'Milestones'), fc.constantFrom('#', '##')).map(([t, h]) => `${h} ${t}`),
  words.map((w) => `  ## ${w}`),
  words.map((w) => `${w}\n---`),
  words.map((w) => `${w}\n===`),
  fc.tuple(indent, bullet, box, words).map(([i, b, x, w]) => `${i}${b} ${x} ${w}`),
  fc.tuple(bullet, words, words).map(([b, w, v]) => `${b} [ ] ${w}\n  ${b} [x] ${v}\n    - [ ] ${w}`),
  fc.tuple(bullet, words).map(([b, w]) => `${b} ${w}`),
  words,
  fc.constantFrom('', '', '\n'),
  fc.tuple(fc.constantFrom('```', '~~~', '````', '```js'), fc.constantFrom('```', '~~~', '````', '~~~~', '')).map(([o, c]) => `${o}\n- [ ] in fence\n# in fence\n${c}`),
  fc.constantFrom('```', '~~~', '<div>', '<!--', '-->', '</div>', '<pre>', '</pre>', '<span>', '<?x', '?>', '<![CDATA[', ']]>'),
  fc.constantFrom('<div>\n- [ ] in html\n# in html\n</div>', '<!-- \n# comment\n-->', '<details>\n\n- [x] inside details\n\n</details>'),
  words.map((w) => `    code ${w}\n    - [ ] indented code`),
  fc.tuple(box, words).map(([x, w]) => `> - ${x} ${w}\n> continued\n# after quote`),
  fc.tuple(words, box).map(([w, x]) => `- ${w}\n  # heading in item\n  - ${x} child`),
  fc.constantFrom('| Milestone | Status |\n|---|---|\n| M1 | Done |\n| Phase 1 | In Progress |', '| a | b |\n|---|---|\n| - [ ] no | x |'),
  fc.constantFrom('[spec]: http://example.com', '[Spec]: <http://x> "T"', '[link]:\n# not def'),
  fc.constantFrom('Status: Done', '**Dependencies:** M0', 'Depends on Phase 1', 'Timeline: Q2 2024', 'Estimated Duration: 3 weeks', 'Priority: High'),
  fc.constantFrom('- Phase 1: Q1 2025', 'Week 1-3: Core'),
);

export const documentText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fragment, { maxLength: 25 }),
    fc.constantFrom('\n', '\n', '\r\n'),
    fc.constantFrom('', '', '---\ntitle: Plan\n---\n', '\uFEFF'),
    fc.boolean(),
  )
  .map(([parts, eol, prefix, trailing]) => (prefix + parts.join('\n') + (trailing ? '\n' : '')).replace(/\r?\n/g, eol));

export interface RandomEdit {
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
  insert: fc.oneof(fragment.map((f) => f + '\n'), fragment, fc.constantFrom('', '\n', '#', '# ', '`', '~', '<', '>', '[', ']', 'x', ' ', '\r\n', '-')),
});

/** Apply an edit whose position is a fraction of the text length. */
export function applyEdit(text: string, e: RandomEdit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/**
 * A deterministic roadmap with about `tasks` tasks: phases under quarters, nested tasks, status lines, a status table,
 * prose and a fence now and then. The same `tasks` always gives the same text.
 */
export function generateRoadmap(tasks: number, tasksPerSection = 40): string {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: string[] = ['# Generated Roadmap', '', 'A generated roadmap for measurements.', ''];
  const sections = Math.max(1, Math.ceil(tasks / tasksPerSection));
  out.push('| Phase | Status |', '|---|---|');
  for (let s = 0; s < Math.min(sections, 20); s++) out.push(`| Phase ${s + 1} | ${['Done', 'In Progress', 'Planned'][s % 3]} |`);
  out.push('');
  let made = 0;
  for (let s = 0; s < sections; s++) {
    if (s % 12 === 0) out.push(`## Q${(s / 12) % 4 + 1} ${2025 + Math.floor(s / 48)}: Quarter ${s / 12 + 1}`, '');
    out.push(`### Phase ${s + 1}: Work package ${s + 1} (Weeks ${(s % 12) + 1}-${(s % 12) + 2})`, '');
    if (s % 3 === 0) out.push(`**Status:** ${['In Progress', 'Planned'][s % 2]}`, '');
    if (s % 5 === 0) out.push(`**Dependencies:** Phase ${s}`, '');
    if (s % 4 === 0) out.push('Some prose about this phase, with **emphasis**, `code` and a [link](https://example.com).', '');
    const inThis = Math.min(tasksPerSection, tasks - made);
    for (let t = 0; t < inThis; t++) {
      const nested = t > 0 && rand(4) === 0;
      out.push(`${nested ? '  ' : ''}- [${rand(3) === 0 ? 'x' : ' '}] Task ${made + 1}${t % 5 === 0 ? ' with **care**' : ''}`);
      made++;
    }
    out.push('');
    if (s % 7 === 0) out.push('```text', '- [ ] not a task (code)', '# not a heading', '```', '');
  }
  return out.join('\n');
}
