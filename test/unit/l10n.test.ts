import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { englishBundle, extractMessages, l10nDir, languages, readJson, repoRoot } from '../../scripts/l10n';

// Every user-facing string reaches the user's language: the manifest's through package.nls.json, the code's through
// vscode.l10n.t and l10n/bundle.l10n.json. A string added without its translations fails here, naming it.

const manifestText = readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
const nls = readJson(path.join(repoRoot, 'package.nls.json'));
const bundle = readJson(path.join(l10nDir, 'bundle.l10n.json'));

/** `{0}`, `{1}`, … in the order they first appear, deduplicated: a translation may move them, not drop or add one. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
}

/** Markdown links, code spans and command links that must survive translation as they are. */
function fixedParts(text: string): string[] {
  return [...(text.match(/\]\([^)]*\)|`[^`]*`/g) ?? [])].sort();
}

function compare(english: Record<string, string>, translated: Record<string, string>, name: string, opts: { keepCode: boolean }): void {
  const missing = Object.keys(english).filter((k) => typeof translated[k] !== 'string' || translated[k]!.trim() === '');
  assert.deepEqual(missing, [], `${name} lacks ${missing.length} translation(s)`);
  const stale = Object.keys(translated).filter((k) => !(k in english));
  assert.deepEqual(stale, [], `${name} translates keys English no longer has`);
  for (const [key, text] of Object.entries(english)) {
    assert.deepEqual(placeholders(translated[key]!), placeholders(text), `${name}: "${key}" keeps its placeholders`);
    if (opts.keepCode) assert.deepEqual(fixedParts(translated[key]!), fixedParts(text), `${name}: "${key}" keeps its links and code spans`);
  }
  // Names (Roadmap, SVG, MCP) may stay as they are; a file that is mostly English is not a translation.
  const same = Object.keys(english).filter((k) => translated[k] === english[k] && /[a-z]{4}/i.test(english[k]!));
  assert.ok(same.length <= Math.max(3, Object.keys(english).length * 0.1), `${name} leaves ${same.length} strings in English: ${same.slice(0, 8).join(' | ')}`);
}

describe('translations', () => {
  it('every vscode.l10n.t message in the host code is a literal, and in l10n/bundle.l10n.json (npm run l10n)', () => {
    const { messages, problems } = extractMessages();
    assert.deepEqual(problems, []);
    assert.ok(messages.size > 0);
    const missing = [...messages].filter((m) => !(m in bundle));
    assert.deepEqual(missing, [], 'run `npm run l10n` to add them to the English bundle');
    assert.deepEqual(bundle, englishBundle(messages), 'the bundle holds messages the code no longer has: run `npm run l10n`');
  });

  it('every %key% of package.json is in package.nls.json, and every key there is used', () => {
    const used = new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.deepEqual([...used].filter((k) => !(k in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), []);
  });

  for (const lang of languages) {
    it(`${lang}: package.nls.${lang}.json translates every key of package.nls.json`, () => {
      const translated = readJson(path.join(repoRoot, `package.nls.${lang}.json`));
      compare(nls, translated, `package.nls.${lang}.json`, { keepCode: true });
      // The walkthrough's pages are files named through the strings: each language names its own, and it must exist.
      for (const [key, value] of Object.entries(translated).filter(([, v]) => /^media\/.*\.md$/.test(v))) {
        assert.ok(existsSync(path.join(repoRoot, value)), `${key}: ${value} does not exist`);
        assert.notEqual(value, nls[key], `${key} names the English page`);
      }
    });

    it(`${lang}: l10n/bundle.l10n.${lang}.json translates every message of the code`, () => {
      compare(bundle, readJson(path.join(l10nDir, `bundle.l10n.${lang}.json`)), `bundle.l10n.${lang}.json`, { keepCode: false });
    });
  }
});
