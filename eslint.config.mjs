import tseslint from 'typescript-eslint';

const noVscode = {
  'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core, src/cli, src/webview and src/shared stay free of the vscode API; put adapters in src/host.' }] }],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'media/**', '.cache/**', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/webview/**/*.ts', 'src/shared/**/*.ts'], rules: noVscode },
);
