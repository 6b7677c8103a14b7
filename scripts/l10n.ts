// The extension's strings for translators: every `vscode.l10n.t('…')` in the host code, written to
// l10n/bundle.l10n.json (the English bundle VS Code's l10n loads beside the translations bundle.l10n.<lang>.json).
//   npm run l10n            rewrite l10n/bundle.l10n.json from the code
//   npm run l10n -- --check  exit 1 (naming what differs) when the bundle is out of date
// The TypeScript compiler reads the calls, so escapes and template literals come out exactly as VS Code will look
// them up. test/unit/l10n.test.ts uses the same extraction to fail when a string is missing anywhere.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const repoRoot = resolve(__dirname, '..');
export const l10nDir = join(repoRoot, 'l10n');
/** The languages translated in full: the two most common among roadmap authors in our corpus after English. */
export const languages = ['pt-br', 'ja'] as const;

export interface Extracted {
  messages: Set<string>;
  /** Calls whose message is not a literal: nothing can extract them, so they would never be translated. */
  problems: string[];
}

/** The files that run in the extension host: the only ones that may call vscode.l10n. */
export function hostFiles(): string[] {
  const files = [join(repoRoot, 'src', 'extension.ts')];
  for (const entry of readdirSync(join(repoRoot, 'src', 'host'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) files.push(join(entry.parentPath, entry.name));
  }
  return files.sort();
}

export function extractMessages(files: readonly string[] = hostFiles()): Extracted {
  const messages = new Set<string>();
  const problems: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isL10nT(node.expression)) {
        const first = node.arguments[0];
        const where = `${relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.add(first.text);
        else problems.push(`${where}: vscode.l10n.t needs a string literal as its message (got ${first?.getText(source) ?? 'nothing'})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, problems };
}

/** `vscode.l10n.t` or `l10n.t` (a named import). */
function isL10nT(expression: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(expression) || expression.name.text !== 't') return false;
  const target = expression.expression;
  return (ts.isIdentifier(target) && target.text === 'l10n') || (ts.isPropertyAccessExpression(target) && target.name.text === 'l10n');
}

export function readJson(file: string): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/** The English bundle: each message is its own key and text, sorted so diffs stay small. */
export function englishBundle(messages: Iterable<string>): Record<string, string> {
  return Object.fromEntries([...messages].sort().map((m) => [m, m]));
}

if (require.main === module) {
  const { messages, problems } = extractMessages();
  for (const p of problems) process.stderr.write(`${p}\n`);
  const file = join(l10nDir, 'bundle.l10n.json');
  const text = `${JSON.stringify(englishBundle(messages), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing: out of date */
    }
    if (current !== text || problems.length > 0) {
      process.stderr.write('l10n/bundle.l10n.json is out of date: run `npm run l10n`\n');
      process.exit(1);
    }
  } else {
    writeFileSync(file, text);
    process.stdout.write(`${relative(repoRoot, file)}: ${messages.size} messages\n`);
    for (const lang of languages) {
      let translated: Record<string, string> = {};
      try {
        translated = readJson(join(l10nDir, `bundle.l10n.${lang}.json`));
      } catch {
        /* not started yet */
      }
      const missing = [...messages].filter((m) => !(m in translated));
      process.stdout.write(`  ${lang}: ${messages.size - missing.length}/${messages.size} translated${missing.length ? `; missing:\n${missing.map((m) => `    ${JSON.stringify(m)}`).join('\n')}` : ''}\n`);
    }
  }
  if (problems.length > 0) process.exit(1);
}
