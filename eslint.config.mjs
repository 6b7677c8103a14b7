import tseslint from 'typescript-eslint';

const vscodeBan = { name: 'vscode', message: 'src/core, src/cli, src/webview and src/shared stay free of the vscode API; put adapters in src/host.' };

/** Imports point down the pipeline: each folder lists the core folders it must not reach. */
function layer(forbidden, why) {
  return {
    'no-restricted-imports': ['error', {
      paths: [vscodeBan],
      patterns: forbidden.map((folder) => ({ regex: `(^|/)core/${folder}(/|$)|^\\.\\./${folder}(/|$)`, message: why })),
    }],
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'media/**', '.cache/**', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/shared/**/*.ts'], rules: layer([], '') },
  { files: ['src/core/language/**/*.ts'], rules: layer(['parse', 'edit', 'present', 'timeline', 'health', 'agent', 'history'], 'core/language is the vocabulary: it reads words, never documents, edits or views.') },
  { files: ['src/core/parse/**/*.ts'], rules: layer(['edit', 'present', 'timeline', 'health', 'agent', 'history'], 'core/parse builds the model; edits and views come after it.') },
  { files: ['src/core/present/**/*.ts'], rules: layer(['edit', 'timeline', 'health', 'agent'], 'core/present formats the model for views; it does not edit or lay out timelines.') },
  { files: ['src/core/timeline/**/*.ts'], rules: layer(['edit', 'health', 'agent'], 'core/timeline lays out the model; it does not edit.') },
  { files: ['src/core/edit/**/*.ts'], rules: layer(['health', 'agent'], 'core/edit writes what it is asked to; health reads edits, not the other way round.') },
  { files: ['src/core/health/**/*.ts'], rules: layer(['edit', 'timeline', 'agent'], 'core/health reads the model (parse, language, present); only host, cli and agent code read health.') },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [vscodeBan],
        patterns: [{ regex: '(^|/)core/(?!timeline/)', message: 'The webview draws what the host sends: it imports only the timeline geometry (core/timeline) and the protocol.' }],
      }],
    },
  },
);
