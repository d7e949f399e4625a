// Lint configuration: typescript-eslint's recommended rules, plus the layer boundaries of STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'worker_threads', 'process'];
const CORE_PATHS = ['vscode', ...nodeModules].map((name) => ({ name, message: 'src/core runs in the CLI, the desktop and the web extension host: no vscode or Node APIs.' }));
const NODE_PATTERN = { group: ['node:*'], message: 'src/core must not import Node APIs.' };
/** A rule's own file (rules/<family>/<id>): outside src/core/rules, rules are reached through the table (rules/index). */
const RULE_FILE = { regex: '(^|/)rules/.', message: 'Import the rule table (src/core/rules) or src/core, not a rule file: what rules and reports share lives in src/core/domain.' };
/** navigate (definition, references, rename…) is the top of the core, after assist: only src/core/index.ts imports it. */
const NAVIGATE = { regex: '(^|/)navigate(/|$)', message: 'navigate is the top of the core (after assist): only src/core/index.ts imports it.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'out-*/**', 'node_modules/**', '.tools/**', 'src/core/generated/**', 'bench/results/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: [NODE_PATTERN, RULE_FILE] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // navigate (definition, references, rename…) sits after assist, at the top of the core: it may import assist,
    // domain, edit, model, engine and what lies below them, and nothing in the core but core/index.ts imports it.
    files: ['src/core/*/**/*.ts'],
    ignores: ['src/core/navigate/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: CORE_PATHS, patterns: [NODE_PATTERN, RULE_FILE, NAVIGATE] },
      ],
    },
  },
  {
    files: ['src/core/navigate/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: CORE_PATHS, patterns: [NODE_PATTERN, RULE_FILE, { regex: '^\\.\\./(rules|reports|scaffold|import|policy|templates)(/|$)', message: 'navigate may import assist, domain, edit, model, engine and the folders below them.' }] },
      ],
    },
  },
  {
    // Rules may import one another's folder helpers; everyone else reaches a rule only through the table.
    files: ['src/core/rules/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: [NODE_PATTERN, NAVIGATE] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Only src/extension may import vscode.' }], patterns: [RULE_FILE] }],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [RULE_FILE, { regex: '(^|/)cli(/|$)', message: 'The extension and the CLI are siblings: share code through src/core, never import src/cli.' }] }],
    },
  },
  {
    // The language server runs in Node and, later, in a browser worker: the core and the protocol-neutral
    // vscode-languageserver only. The transport (vscode-languageserver/node, stdio, IPC) is src/cli's.
    files: ['src/lsp/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...CORE_PATHS.map((p) => ({ ...p, message: 'src/lsp runs in Node and in a browser worker: no vscode or Node APIs.' })),
            { name: 'vscode-languageserver/node', message: 'src/lsp is given its connection: the Node transport is created in src/cli/commands/lsp.ts.' },
            { name: 'vscode-languageserver/browser', message: 'src/lsp is given its connection by its caller.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'src/lsp must not import Node APIs.' },
            RULE_FILE,
            { regex: '(^|/)(cli|extension)(/|$)', message: 'src/lsp imports src/core only; src/cli starts it, the extension will be its client.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // The server in a browser worker: src/lsp on the browser transport, nothing else.
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: CORE_PATHS.map((p) => ({ ...p, message: 'src/worker runs in a browser worker: no vscode or Node APIs.' })),
          patterns: [
            { group: ['node:*'], message: 'src/worker must not import Node APIs.' },
            { regex: '(^|/)(cli|extension|core)(/|$)', message: 'src/worker starts src/lsp; the core comes through it.' },
            { group: ['vscode-languageserver/node'], message: 'A browser worker has no Node transport.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bench/**/*.cjs', 'bin/**/*.js', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
