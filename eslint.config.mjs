// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The language smarts are a library: src/core must run in plain Node (CLI, unit tests, worker).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not depend on vscode: put editor code in a feature folder.' }],
      }],
      '@typescript-eslint/no-require-imports': 'error',
    },
  },
  {
    // Every log line goes to the ClaimLens LogOutputChannel (Output → ClaimLens), never to the console: in
    // VS Code the console is the extension host's log, where users do not look. The CLI prints to its terminal.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error',
        { object: 'process', property: 'stdout', message: 'Log to the ClaimLens LogOutputChannel, not stdout.' },
        { object: 'process', property: 'stderr', message: 'Log to the ClaimLens LogOutputChannel, not stderr.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
);
