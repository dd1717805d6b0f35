// Dependency rules, checked in `npm test` (`npx depcruise --config .dependency-cruiser.cjs electron
// shared renderer platform`). Type-only imports count (tsPreCompilationDeps): a cycle through types
// is still a cycle for the reader.
//
// The core's layers (electron/core), lowest first; a layer imports only layers below it:
//   base       db/, audit/, workspace/, policy/, context.ts, types.ts, events.ts, dispatch.ts
//   deadlines  deadlines/ (working calendar, deadlines, stored deadlines, reminders)
//   sync       sync/, platform-client/ (transport: engine, outbox, push, pull, platform client)
//   features   every other folder (catalogue/, requests/, objections/, …)
//   top        index.ts and options.ts (the entry point that assembles the features), electron/cli, electron/main
// A feature imports another feature only through that feature's public.ts, which says what it is for,
// and sync/ only through sync/public.ts (queue, revisions, the registry's types, the engine's type).
// Tests (*.test.ts) and their helpers (testing.ts) may reach across: they are not part of the layers.

const CORE = '^electron/core/';
const BASE = '^electron/core/(db|audit|workspace|policy)/|^electron/core/(context|types|events|dispatch)\\.ts$';
const DEADLINES = '^electron/core/deadlines/';
const SYNC = '^electron/core/(sync|platform-client)/';
const TOP = '^electron/core/(index|options)\\.ts$|^electron/(cli|main)/';
const FEATURE = `^electron/core/(?!(db|audit|workspace|policy|deadlines|sync|platform-client)/)[^/]+/`;
const TESTS = '\\.test\\.ts$|/testing\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle anywhere, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-base-imports-no-layer-above',
      comment: 'db/, audit/, workspace/, policy/, context, types, events and dispatch are the lowest layer: they import nothing else of the core.',
      severity: 'error',
      from: { path: BASE, pathNot: TESTS },
      to: { path: CORE, pathNot: BASE },
    },
    {
      name: 'deadlines-import-no-feature',
      comment: 'deadlines/ sits on the base layer only: features depend on deadlines, never the reverse (they hand it DeadlineSources).',
      severity: 'error',
      from: { path: DEADLINES, pathNot: TESTS },
      to: { path: CORE, pathNot: [BASE, DEADLINES] },
    },
    {
      name: 'sync-imports-no-feature',
      comment: 'sync/ and platform-client/ are transport: they import the base layer and deadlines/, never a feature (features register with sync).',
      severity: 'error',
      from: { path: SYNC, pathNot: TESTS },
      to: { path: CORE, pathNot: [BASE, DEADLINES, SYNC] },
    },
    {
      name: 'feature-imports-sync-only-through-public',
      comment: 'A feature uses sync/ only through sync/public.ts: enqueue, platform revisions, the registry types and the engine type; the engine, push and pull stay sync\'s own.',
      severity: 'error',
      from: { path: FEATURE, pathNot: TESTS },
      to: { path: SYNC, pathNot: '^electron/core/sync/public\\.ts$' },
    },
    {
      name: 'core-imports-no-entry-point',
      comment: 'Only the shell, the CLI and tests import the entry point (index.ts, options.ts); nothing in the core imports the CLI or the shell.',
      severity: 'error',
      from: { path: CORE, pathNot: [TESTS, TOP] },
      to: { path: TOP },
    },
    {
      name: 'feature-imports-only-public-of-another-feature',
      comment: "A feature imports another feature only through its public.ts (what other features may use, documented there).",
      severity: 'error',
      from: { path: '^electron/core/([^/]+)/', pathNot: [TESTS, BASE, DEADLINES, SYNC] },
      to: { path: FEATURE, pathNot: ['^electron/core/$1/', '/public\\.ts$'] },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  },
};
