import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layering rules (README.md, Architecture) and the untranslated-string rule, proven through ESLint's own API
// on probe sources placed (virtually) in each layer.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.messages.some((m) => m.message.includes('File ignored'))).toBe(false);
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

async function expectRule(filePath: string, code: string, ruleId: string, text?: RegExp) {
  const found = await problems(filePath, code);
  const hits = found.filter((p) => p.startsWith(`${ruleId}:`));
  expect(hits, `expected ${ruleId} in ${filePath}, got ${JSON.stringify(found)}`).not.toHaveLength(0);
  if (text) expect(hits.join('\n')).toMatch(text);
}

const SHARED = 'shared/domain/probe.ts';
const CORE = 'electron/core/catalogue/probe.ts';
const RENDERER = 'renderer/src/features/catalogue/Probe.tsx';
const PLATFORM = 'platform/probe.ts';

describe('layering lint', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", /shared\/ is pure TypeScript/],
    ["import { join } from 'path';\nexport const j = join;", /shared\/ is pure TypeScript/],
    ["import { app } from 'electron';\nexport const a = app;", /shared\/ is pure TypeScript/],
    ["import { createCore } from '../../electron/core/index';\nexport const c = createCore;", /Do not reach into electron\//],
    ["import { checkUscc } from '@shared/ids/uscc';\nexport const c = checkUscc;", /relative imports/],
  ])('refuses in shared/: %s', async (code, text) => {
    await expectRule(SHARED, code, 'no-restricted-imports', text);
  });

  it.each([
    'export const title = document.title;',
    'export const w = window.innerWidth;',
    'export const s = localStorage.getItem("x");',
    'export const env = process.env.HOME;',
    'export const b = Buffer.from("x");',
  ])('refuses DOM and Node globals in shared/: %s', async (code) => {
    await expectRule(SHARED, code, 'no-restricted-globals');
  });

  it.each([
    ["import { app } from 'electron';\nexport const a = app;", /never import electron/],
    ["import { BrowserWindow } from 'electron/main';\nexport const b = BrowserWindow;", /plain Node/],
    ["import { App } from '../../renderer/src/app/App';\nexport const a = App;", /Do not reach into renderer\//],
    ["import { profiles } from '../../../shared/profiles/index';\nexport const p = profiles;", /Do not reach into shared\//],
  ])('refuses in electron/core/: %s', async (code, text) => {
    await expectRule(CORE, code, 'no-restricted-imports', text);
  });

  it.each([
    ["import { join } from 'node:path';\nexport const j = join;", /only through window.api/],
    ["import { readFileSync } from 'fs';\nexport const r = readFileSync;", /only through window.api/],
    ["import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;", /only through window.api/],
    ["import { createCore } from '../../electron/core/index';\nexport const c = createCore;", /Do not reach into electron\//],
    ["import { start } from '../../../platform/server';\nexport const s = start;", /Do not reach into platform\//],
  ])('refuses in renderer/: %s', async (code, text) => {
    await expectRule(RENDERER, code, 'no-restricted-imports', text);
  });

  it.each([
    ["import { createCore } from '../electron/core/index';\nexport const c = createCore;", /Do not reach into electron\//],
    ["import { app } from 'electron';\nexport const a = app;", /imports only shared/],
    ["import { App } from '../renderer/src/app/App';\nexport const a = App;", /Do not reach into renderer\//],
  ])('refuses in platform/: %s', async (code, text) => {
    await expectRule(PLATFORM, code, 'no-restricted-imports', text);
  });

  it.each([
    [SHARED, "import { mulberry32 } from '../../tests/generators/random';\nexport const r = mulberry32;"],
    [CORE, "import { richEntries } from '../../../tests/helpers/workbooks';\nexport const e = richEntries;"],
    [CORE, "export { DEPARTMENT } from '../../../tests/helpers/core';"],
    [PLATFORM, "export const load = () => import('../tests/helpers/platform');"],
    [RENDERER, "import { tempDir } from '../../../../tests/helpers/core';\nexport const t = tempDir;"],
  ])('refuses an import from tests/ in runtime code: %s', async (filePath, code) => {
    await expectRule(filePath, code, 'runtime/no-test-imports', /never imports from tests/);
  });

  it('lets tests import tests/, and runtime code import a folder merely named like it', async () => {
    expect(await problems('electron/core/catalogue/probe.test.ts', "import { tempDir } from '../../../tests/helpers/core';\nexport const t = tempDir;")).toEqual([]);
    expect(await problems(CORE, "import { x } from './tests/probe';\nexport const y = x;")).toEqual([]);
  });

  it.each([
    ['electron/core/sync/probe.ts', "import { getEntry } from '../catalogue/read';\nexport const g = getEntry;", /sync\/ is transport: it imports no feature/],
    ['electron/core/sync/probe.ts', "import { requestSync } from '../requests/sync';\nexport const r = requestSync;", /sync\/ is transport: it imports no feature/],
    ['electron/core/sync/probe.ts', "import type { ObjectionRow } from '../objections/repository';\nexport type O = ObjectionRow;", /sync\/ is transport: it imports no feature/],
    ['electron/core/sync/probe.ts', "import { removeSharedEntries } from '../shared-catalogue/repository';\nexport const r = removeSharedEntries;", /sync\/ is transport: it imports no feature/],
    ['electron/core/sync/probe.ts', "import { coreRegistry } from '../registry';\nexport const r = coreRegistry;", /assembled in core\/registry\.ts/],
    ['electron/core/sync/platform-client/probe.ts', "import { attachmentPath } from '../../exchange/attachments';\nexport const a = attachmentPath;", /sync\/ is transport: it imports no feature/],
  ])('refuses a feature import from sync/ (%s): %s', async (file, code, text) => {
    await expectRule(file, code, 'no-restricted-imports', text);
  });

  it('lets sync/ import the layers below it, and features import sync/', async () => {
    const below = "import type { Tx } from '../db/database';\nimport type { CoreContext } from '../context';\nexport type T = [Tx, CoreContext];";
    expect(await problems('electron/core/sync/probe.ts', below)).toEqual([]);
    expect(await problems('electron/core/catalogue/probe.ts', "import { enqueue } from '../sync/outbox';\nexport const e = enqueue;")).toEqual([]);
    // Still the core's rules inside sync/: no electron, no climbing into another layer.
    await expectRule('electron/core/sync/probe.ts', "import { app } from 'electron';\nexport const a = app;", 'no-restricted-imports', /never import electron/);
    await expectRule('electron/core/sync/probe.ts', "import { App } from '../../../renderer/src/app/App';\nexport const a = App;", 'no-restricted-imports', /Do not reach into renderer\//);
  });

  it('accepts clean code in every layer', async () => {
    expect(await problems(SHARED, "import { checkUscc } from '../ids/uscc';\nexport const check = checkUscc;")).toEqual([]);
    expect(
      await problems(CORE, "import { readFileSync } from 'node:fs';\nimport { AppError } from '@shared/ipc/errors';\nexport const x = [readFileSync, AppError];"),
    ).toEqual([]);
    expect(await problems(PLATFORM, "import { CHANNELS } from '@shared/ipc/contract';\nexport const c = CHANNELS;")).toEqual([]);
  });
});

describe('untranslated UI strings in renderer/', () => {
  const component = (jsx: string, before = '') =>
    `import { useTranslation } from 'react-i18next';\n${before}\nexport function Probe() {\n  const { t } = useTranslation();\n  return ${jsx};\n}\n`;

  it.each([
    ['English JSX text', component('<div>Save changes</div>'), /Untranslated UI text "Save changes"/],
    ['Chinese JSX text', component('<div>保存</div>'), /Untranslated UI text "保存"/],
    ['a Chinese string literal', component('<div title={t(label)} />', "const label = '目录编制';"), /Chinese text "目录编制"/],
    ['a Chinese template literal', component('<div>{t(`nav.${key}`)}{`共 ${n} 条`}</div>', 'const key = "a"; const n = 1;'), /Chinese text/],
    ['an English placeholder', component('<input placeholder="Enter the name" />'), /"placeholder" attribute "Enter the name"/],
    ['an English title', component('<span title="Delete entry" />'), /"title" attribute/],
    ['an English aria-label', component('<button aria-label="Close" />'), /"aria-label" attribute/],
  ])('reports %s', async (_, code, text) => {
    await expectRule(RENDERER, code, 'local/no-literal-ui-string', text);
  });

  it('accepts translated text, non-UI attributes and punctuation', async () => {
    const code = component(
      '<div className="catalogue-table" data-testid="entries" title={t("catalogue.title")}>{t("catalogue.empty")} · {count}<input type="text" placeholder={t("catalogue.search")} /></div>',
      'const count = 3;',
    );
    expect(await problems(RENDERER, code)).toEqual([]);
  });

  it('allows Chinese text in the i18n resource files', async () => {
    expect(await problems('renderer/src/i18n/probe.ts', "export const zh = { save: '保存' };")).toEqual([]);
  });
});
