import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { complexityDebt, lineLengthDebt } from './eslint.debt.js';

// Layering rules: shared/ is imported by both sides and imports neither;
// the renderer reaches the backend only through the shared API contract.
const noElectronSide = { group: ['**/electron/**', 'electron', 'better-sqlite3'], message: 'shared/ and renderer/ must not import the main process' };
const noRendererSide = { group: ['**/renderer/**', 'react', 'react-dom', 'lightweight-charts'], message: 'shared/ and electron/ must not import the renderer' };
const noNodeBuiltins = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http'], message: 'shared/ is platform-free' };
// The backend runs under plain Node for every adapter (Electron shell, browser host, CLI, tests):
// it never imports Electron nor the adapters around it. tsconfig.backend.json enforces the same.
const noElectron = { group: ['electron', 'electron/*'], message: 'electron/backend runs under plain Node: keep Electron in electron/shell' };
const noShellOrHost = { group: ['**/shell/**', '**/host/**', '**/main', '**/preload'], message: 'electron/backend must not import the adapters (shell/, host/, main, preload); they import it' };
const noCli = { group: ['**/cli/**'], message: 'electron/backend must not import the CLI; the CLI calls backend.send' };
// A flat renderer: views (and the shell) compose features; a feature imports the shared layers
// (components/, forms/, charts/, format/, hooks/, api/, state/, trading/ …) and shared/, never
// another feature, so a change to one screen cannot ripple through the others. What two features
// need moves down into a shared layer; a feature that shows another's panel takes it as a slot.
// Features are flat folders: from renderer/src/features/<name>/x.ts, '../<other>/…' is a feature.
const featureMessage = 'a feature never imports another feature: move what both need into a shared layer (trading/, components/, format/ …) or let the view compose them';
const noOtherFeature = [
  { regex: '^\\.\\./[^./]', message: featureMessage },
  { group: ['**/features/**'], message: featureMessage },
];
const noComposers = { group: ['**/views/**', '**/shell/**', '**/app'], message: 'views and the shell compose the renderer; nothing below them imports them' };
const noFeatures = { group: ['**/features/**'], message: 'a shared renderer layer never imports a feature: features stand on it, not the other way round' };
const sharedRendererLayers = ['api', 'charts', 'components', 'files', 'format', 'forms', 'hooks', 'routing', 'state', 'toast', 'trading']
  .map((layer) => `renderer/src/${layer}/**/*.{ts,tsx}`);
// One writer per table: SQL that changes rows lives in electron/backend/repos/ (whose writers
// bump the cache stamps) and in the migrations, never in handlers, services or tasks.
const sqlWrite = '/^\\s*(INSERT|UPDATE|DELETE|REPLACE)\\s/';
// Size limits as lightweight-charts keeps them: a function's branches and a line's width.
// Strings, template literals, regular expressions and URLs may run past the line limit.
const COMPLEXITY = 13;
const lineLength = (code) => ['error', { code, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }];
const sqlWriteMessage = 'SQL that writes rows belongs in electron/backend/repos/ (one writer per table, cache stamps bumped) or a migration';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', '.tsbuild/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      complexity: ['error', COMPLEXITY],
      'max-len': lineLength(160),
    },
  },
  // Files written before the limits, each held at its own worst value (see eslint.debt.js).
  ...Object.entries(complexityDebt).map(([file, [cap]]) => ({ files: [file], rules: { complexity: ['error', cap] } })),
  ...Object.entries(lineLengthDebt).map(([file, code]) => ({ files: [file], rules: { 'max-len': lineLength(code) } })),
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectronSide, noRendererSide, noNodeBuiltins] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectronSide] }] },
  },
  {
    files: ['renderer/src/features/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectronSide, ...noOtherFeature, noComposers] }] },
  },
  {
    files: sharedRendererLayers,
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectronSide, noFeatures, noComposers] }] },
  },
  {
    // Playwright fixtures must destructure their dependencies, even when there are none.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRendererSide] }] },
  },
  {
    files: ['**/*.{ts,tsx}'],
    // Tests build corrupt or legacy journals by hand; the JSON restore replaces every table at once.
    ignores: ['electron/backend/repos/**', 'electron/backend/db/migrations/**', 'electron/backend/backup/json-backup.ts', '**/*.test.{ts,tsx}', 'electron/backend/testing/**', 'e2e/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: `Literal[value=${sqlWrite}]`, message: sqlWriteMessage },
        { selector: `TemplateElement[value.raw=${sqlWrite}]`, message: sqlWriteMessage }],
    },
  },
  {
    // Chromium's <input type=date> takes typed digits in the locale's order (2026-05-26 became year
    // 260526): every date box is the typed-ISO DateInput (components/date-input.tsx).
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/src/components/date-input.tsx', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: `Literal[value=${sqlWrite}]`, message: sqlWriteMessage },
        { selector: `TemplateElement[value.raw=${sqlWrite}]`, message: sqlWriteMessage },
        { selector: "JSXOpeningElement[name.name='input'] > JSXAttribute[name.name='type'][value.value='date']", message: 'Use DateInput (components/date-input.tsx): a native date box takes typed dates in the locale order, not YYYY-MM-DD.' }],
    },
  },
  {
    // Backend tests may run the CLI to compare its output with the backend's (same bytes).
    files: ['electron/backend/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRendererSide, noElectron, noShellOrHost] }] },
  },
  {
    files: ['electron/backend/**/*.ts'],
    ignores: ['electron/backend/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRendererSide, noElectron, noShellOrHost, noCli] }] },
  },
);
