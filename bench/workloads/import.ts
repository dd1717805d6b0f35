import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Entry } from '../../shared/domain/entry';
import { createCore } from '../../electron/core/index';
import { Connection, valuesPlaceholders } from '../../electron/core/db/connection';
import { buildWorkbook } from '../../electron/core/exchange/write';
import { cachedDir, scratchDir } from '../lib/cache';
import { dataItems, entryName, entrySummary, prng } from '../lib/names';
import { round, stats, timed } from '../lib/timing';
import type { Workload } from '../types';

// Issue 3 "Measure": import of a 1272-layout workbook of 1,000 resources × 10 items.
const RESOURCES = 1_000;
const ITEMS = 10;
const RUNS = 5;
const DEPARTMENT = { name: '伊川县数据局', code: '12320100671322000Q' };

function generated(): Entry[] {
  const rand = prng(3);
  return Array.from({ length: RESOURCES }, (_, i) => {
    const name = `${entryName(rand)}${i + 1}`;
    return {
      id: String(i),
      code: `${DEPARTMENT.code}/${String(i + 1).padStart(6, '0')}`,
      state: 'draft',
      revision: 1,
      createdAt: '',
      updatedAt: '',
      kind: 'data',
      name,
      provider: DEPARTMENT.name,
      providerCode: DEPARTMENT.code,
      summary: entrySummary(name),
      formatClass: 'database',
      formatType: 'KingbaseES',
      shareType: 'conditional',
      shareCondition: '仅限业务使用',
      shareMethodClass: 'platform',
      shareMethodType: 'interface',
      openType: 'none',
      updateCycle: 'daily',
      publishedOn: '2024-03-01',
      items: dataItems(rand, ITEMS),
    } as Entry;
  });
}

async function workbook(): Promise<string> {
  const { dir } = await cachedDir(`import-1272:${RESOURCES}x${ITEMS}:v1`, async (d) => {
    writeFileSync(join(d, 'catalogue.xlsx'), await buildWorkbook('1272', generated()));
  });
  return join(dir, 'catalogue.xlsx');
}

/** A fresh, initialised workspace (not counted), then preview + apply through dispatch (counted). */
async function appImport(file: string): Promise<{ total: number; preview: number }> {
  const dir = join(scratchDir(), 'ws');
  const core = createCore({ workspaceDir: dir });
  await core.ready;
  const init = await core.dispatch('workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  if (!init.ok) throw new Error(init.error.message);
  let previewMs = 0;
  const ms = await timed(async () => {
    const t0 = performance.now();
    const p = await core.dispatch('exchange.importPreview', { path: file });
    previewMs = performance.now() - t0;
    if (!p.ok) throw new Error(p.error.message);
    const preview = p.value as { sha256: string; summary: { added: number }; errors: unknown[] };
    if (preview.errors.length || preview.summary.added !== RESOURCES) throw new Error(`unexpected preview ${JSON.stringify(preview.summary)}`);
    const a = await core.dispatch('exchange.importApply', { path: file, expectSha256: preview.sha256 });
    if (!a.ok) throw new Error(a.error.message);
  });
  await core.close();
  return { total: ms, preview: previewMs };
}

/** The same work bare: exceljs's streaming read of the file, then one transaction of multi-row inserts of its rows. */
async function bareImport(file: string): Promise<number> {
  const db = join(scratchDir(), 'bare.db');
  const conn = await Connection.open(db);
  await conn.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  await conn.exec('CREATE TABLE e (k TEXT PRIMARY KEY, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15); CREATE TABLE i (k TEXT, pos, v1, v2, v3, v4, v5, v6, v7, v8, PRIMARY KEY (k, pos)) WITHOUT ROWID;');
  const ms = await timed(async () => {
    const rows: unknown[][] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([readFileSync(file)]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
    for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }>>) {
      for await (const row of sheet) if (row.number > 2) rows.push(row.values);
    }
    const text = (v: unknown) => (v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : String(v));
    const entries = new Map<string, unknown[]>();
    const items: unknown[][] = [];
    for (const r of rows) {
      const key = String(r[2]);
      if (!entries.has(key)) entries.set(key, [key, ...[1, 3, 4, 5, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 20].map((c) => text(r[c]))]);
      items.push([key, items.length, ...[10, 11, 12, 13, 22, 23, 24, 25].map((c) => text(r[c]))]);
    }
    await conn.exec('BEGIN IMMEDIATE');
    const e = [...entries.values()];
    for (let s = 0; s < e.length; s += 500) await conn.run(`INSERT INTO e VALUES ${valuesPlaceholders(Math.min(500, e.length - s), 16)}`, e.slice(s, s + 500).flat() as never);
    for (let s = 0; s < items.length; s += 500) await conn.run(`INSERT INTO i VALUES ${valuesPlaceholders(Math.min(500, items.length - s), 10)}`, items.slice(s, s + 500).flat() as never);
    await conn.exec('COMMIT');
  });
  await conn.close();
  return ms;
}

const importWorkload: Workload = {
  name: 'exchange.import.1272',
  goal: 3000,
  unit: 'ms',
  description: `preview + apply of a 1272 workbook, ${RESOURCES} resources × ${ITEMS} items (bare: exceljs streaming read + multi-row sqlite3 insert)`,
  async run() {
    const file = await workbook();
    // App and bare runs alternate, so that a change in machine load falls on both alike.
    const runs: { app: number; preview: number; bare: number }[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const app = await appImport(file);
      const bare = await bareImport(file);
      if (i > 0) runs.push({ app: app.total, preview: app.preview, bare });
    }
    const app = stats(runs.map((r) => r.app));
    const bare = stats(runs.map((r) => r.bare));
    const preview = stats(runs.map((r) => r.preview));
    return {
      value: app.median,
      bare: bare.median,
      detail: { p95: round(app.p95), bareP95: round(bare.p95), previewMedian: round(preview.median), applyMedian: round(app.median - preview.median), ratioGoal: 1.5, runs: RUNS },
    };
  },
};

export default importWorkload;
