import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The dependency rules of .dependency-cruiser.cjs (no cycle; the core's layers; features through
// public.ts), proven through dependency-cruiser's own API on a small probe tree laid out like
// electron/core: each probe breaks one rule, the allowed imports beside them break none.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };

const PROBES: Record<string, string> = {
  'electron/core/db/ok.ts': 'export const ok = 1;',
  'electron/core/db/up.ts': "import { view } from '../requests/view';\nexport const up = view;",
  'electron/core/context.ts': "import { dok } from './deadlines/ok';\nexport const c = dok;",
  'electron/core/deadlines/ok.ts': "import { ok } from '../db/ok';\nexport const dok = ok;",
  'electron/core/deadlines/up.ts': "import { pub } from '../requests/public';\nexport const d = pub;",
  'electron/core/sync/ok.ts': "import { dok } from '../deadlines/ok';\nexport const sok = dok;",
  'electron/core/sync/up.ts': "import { view } from '../requests/view';\nexport const s = view;",
  'electron/core/sync/public.ts': "export { sok as spub } from './ok';",
  'electron/core/requests/view.ts': "import { ok } from '../db/ok';\nexport const view = ok;",
  'electron/core/requests/public.ts': "export { view as pub } from './view';",
  'electron/core/catalogue/local.ts': 'export const local = 1;',
  'electron/core/catalogue/ok.ts': [
    "import { ok } from '../db/ok';",
    "import { c } from '../context';",
    "import { dok } from '../deadlines/ok';",
    "import { spub } from '../sync/public';",
    "import { pub } from '../requests/public';",
    "import { local } from './local';",
    'export const all = [ok, c, dok, spub, pub, local];',
  ].join('\n'),
  'electron/core/catalogue/private.ts': "import { view } from '../requests/view';\nexport const p = view;",
  'electron/core/catalogue/engine.ts': "import { sok } from '../sync/ok';\nexport const e = sok;",
  'electron/core/catalogue/entry.ts': "import { core } from '../index';\nexport const e = core;",
  'electron/core/catalogue/probe.test.ts': "import { view } from '../requests/view';\nexport const t = view;",
  'electron/core/index.ts': "import { pub } from './requests/public';\nexport const core = pub;",
  // A cycle through type-only imports still counts.
  'electron/core/objections/a.ts': "import type { B } from './b';\nexport interface A { b?: B }",
  'electron/core/objections/b.ts': "import type { A } from './a';\nexport interface B { a?: A }",
};

let dir: string;
let violations: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cw-core-rules-'));
  for (const [path, code] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `${code}\n`);
  }
  const result = await cruise(['electron'], {
    baseDir: dir,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  const output = result.output as ICruiseResult;
  violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dependency rules', () => {
  it('every probe file was cruised', () => {
    expect(violations.length).toBeGreaterThan(0);
  });

  it.each([
    ['core-base-imports-no-layer-above', 'electron/core/db/up.ts', 'electron/core/requests/view.ts'],
    ['core-base-imports-no-layer-above', 'electron/core/context.ts', 'electron/core/deadlines/ok.ts'],
    ['deadlines-import-no-feature', 'electron/core/deadlines/up.ts', 'electron/core/requests/public.ts'],
    ['sync-imports-no-feature', 'electron/core/sync/up.ts', 'electron/core/requests/view.ts'],
    ['core-imports-no-entry-point', 'electron/core/catalogue/entry.ts', 'electron/core/index.ts'],
    ['feature-imports-only-public-of-another-feature', 'electron/core/catalogue/private.ts', 'electron/core/requests/view.ts'],
    ['feature-imports-sync-only-through-public', 'electron/core/catalogue/engine.ts', 'electron/core/sync/ok.ts'],
    ['no-circular', 'electron/core/objections/a.ts', 'electron/core/objections/b.ts'],
  ])('%s fires on %s → %s', (rule, from, to) => {
    expect(violations).toContain(`${rule}: ${from} → ${to}`);
  });

  it('allowed imports (the layers below, sync’s and another feature’s public.ts, its own files, tests) break no rule', () => {
    const expected = [
      'core-base-imports-no-layer-above: electron/core/context.ts → electron/core/deadlines/ok.ts',
      'core-base-imports-no-layer-above: electron/core/db/up.ts → electron/core/requests/view.ts',
      'core-imports-no-entry-point: electron/core/catalogue/entry.ts → electron/core/index.ts',
      'deadlines-import-no-feature: electron/core/deadlines/up.ts → electron/core/requests/public.ts',
      'feature-imports-only-public-of-another-feature: electron/core/catalogue/private.ts → electron/core/requests/view.ts',
      'feature-imports-sync-only-through-public: electron/core/catalogue/engine.ts → electron/core/sync/ok.ts',
      'no-circular: electron/core/objections/a.ts → electron/core/objections/b.ts',
      'sync-imports-no-feature: electron/core/sync/up.ts → electron/core/requests/view.ts',
    ];
    expect(violations).toEqual(expected);
  });
});
