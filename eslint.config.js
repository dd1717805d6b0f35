// Layering (README.md, Architecture) is enforced here, as VS Code's code-layering rule does:
//   shared/        imports nothing outside itself: no Node built-in, no DOM, no electron
//   electron/core/ never imports electron (plain Node)
//   renderer/      never imports electron/, platform/ or Node built-ins
//   platform/      imports only shared/
//   electron/core/sync/ is transport: it imports no feature folder; features register with it
//   (docs/architecture.md)
// Cross-layer imports go through the @shared alias; relative paths never climb into another layer.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noLiteralUiString from './eslint-rules/no-literal-ui-string.js';
import noTestImports from './eslint-rules/no-test-imports.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const layerEscape = (layers) =>
  layers.map((l) => ({ group: [`../**/${l}/**`, `../**/${l}`], message: `Do not reach into ${l}/ by a relative path.` }));
// The core's feature folders (and the files that assemble them), which sync/ must never import:
// each feature registers what it sends and receives in the sync registry instead.
const CORE_FEATURES = [
  'announcements',
  'attachments',
  'catalogue',
  'demands',
  'exchange',
  'objections',
  'reminders',
  'requests',
  'responsibilities',
  'review',
  'search',
  'shared-catalogue',
  'zero-updates',
];
const CORE_ASSEMBLY = ['registry', 'index'];
const coreRestricted = {
  paths: [{ name: 'electron', message: 'electron/core is plain Node: never import electron.' }],
  patterns: [...layerEscape(['shared', 'renderer', 'platform', 'main', 'preload', 'cli']), { group: ['electron/*'], message: 'electron/core is plain Node.' }],
};
const syncIntoFeature = [
  {
    group: CORE_FEATURES.flatMap((f) => [`../${f}`, `../${f}/**`, `../../${f}`, `../../${f}/**`]),
    message: 'sync/ is transport: it imports no feature. Register the feature in the sync registry (its sync.ts) instead.',
  },
  {
    group: CORE_ASSEMBLY.flatMap((f) => [`../${f}`, `../../${f}`]),
    message: 'sync/ is transport: the registry is assembled in core/registry.ts and handed to the engine.',
  },
];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'location'];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'tests/e2e/artifacts/**', 'test-results/**', 'playwright-report/**', '.test-results/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../../../*'], message: 'Too deep: use the @shared alias or a closer module.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node, no Electron.' })),
          patterns: [...layerEscape(['electron', 'renderer', 'platform']), { group: ['@shared/*'], message: 'Inside shared/ use relative imports.' }],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'shared/ runs without a DOM.' })), 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreRestricted] },
  },
  {
    // Tests beside sync's code may build a whole core; the code itself may not reach a feature.
    files: ['electron/core/sync/**/*.ts'],
    ignores: ['electron/core/sync/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { ...coreRestricted, patterns: [...coreRestricted.patterns, ...syncIntoFeature] }] },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: layerEscape(['shared', 'renderer', 'platform']) }],
    },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The CLI runs in plain Node.' }], patterns: layerEscape(['shared', 'renderer', 'platform', 'main', 'preload']) }] },
  },
  {
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'platform/ imports only shared/.' }],
          patterns: [...layerEscape(['electron', 'renderer', 'shared']), { group: ['electron/*'], message: 'platform/ imports only shared/.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, local: { rules: { 'no-literal-ui-string': noLiteralUiString } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'The renderer talks to the core only through window.api.' })),
          patterns: layerEscape(['electron', 'platform', 'shared']),
        },
      ],
      'local/no-literal-ui-string': 'error',
    },
  },
  {
    files: ['renderer/src/i18n/**', 'renderer/**/*.test.{ts,tsx}'],
    rules: { 'local/no-literal-ui-string': 'off' },
  },
  {
    // Runtime folders never import tests/ (generators, fuzzers, fixtures); their own tests may.
    files: ['electron/**/*.{ts,tsx}', 'shared/**/*.{ts,tsx}', 'platform/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { runtime: { rules: { 'no-test-imports': noTestImports } } },
    rules: { 'runtime/no-test-imports': 'error' },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'renderer/vite.config.ts', 'playwright.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
