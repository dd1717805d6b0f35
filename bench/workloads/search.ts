import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { SharedEntry } from '@shared/domain/shared-entry';
import { createCore } from '../../electron/core/index';
import { Connection, valuesPlaceholders, type SqlValue } from '../../electron/core/db/connection';
import { Database } from '../../electron/core/db/database';
import { loadMigrations } from '../../electron/core/db/migrate';
import { workspacePaths } from '../../electron/core/workspace/paths';
import { generateSharedEntries } from '../../tests/generators/shared-entries';
import { applySharedEntries } from '../../electron/core/shared-catalogue/repository';
import { indexPendingShared } from '../../electron/core/search/shared-index';
import { cachedDir } from '../lib/cache';
import { workspaceCopy } from '../lib/copy';
import { round } from '../lib/timing';
import { measureSearch } from '../lib/search-runs';
import type { Workload } from '../types';

// Issue 3 "Measure" (search) and issue 4 (first pull): 100,000 shared-catalogue entries × 10 items.
const ENTRIES = Number(process.env.BENCH_SEARCH_ENTRIES ?? 100_000);
const ITEMS = 10;
/** Entries per applySharedEntries call, each its own transaction: one pulled page. */
const PAGE = 1_000;
/** Bump when the generated data changes, so cached workspaces are rebuilt. */
const GENERATOR_VERSION = 2;
const QUERY_RUNS = 200;
const DEPARTMENT = { name: '伊川县数据局', code: '12320100671322000Q' };

/** The generated catalogue, page by page (seeded per page, so any page can be made on its own). */
function page(n: number): SharedEntry[] {
  return generateSharedEntries(Math.min(PAGE, ENTRIES - n * PAGE), { seed: n + 1, start: n * PAGE, itemsPerEntry: ITEMS });
}
const pageCount = Math.ceil(ENTRIES / PAGE);

async function emptyWorkspace(dir: string): Promise<void> {
  const core = createCore({ workspaceDir: dir, timeSource: { now: () => new Date('2026-06-30T08:00:00.000Z') } });
  await core.ready;
  const init = await core.dispatch('workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  if (!init.ok) throw new Error(`init: ${init.error.message}`);
  await core.close();
}

/** The cached data depends on the migrations and on the code that builds the index: both go in the key. */
const INDEX_SOURCES = ['electron/core/search/documents.ts', 'electron/core/search/shared-index.ts', 'electron/core/search/facets.ts', 'shared/search/segment.ts', 'shared/search/pinyin.ts'];
const migrationsKey = () =>
  createHash('sha256')
    .update(loadMigrations().map((m) => m.id + m.sql).join('\n'))
    .update(INDEX_SOURCES.map((f) => readFileSync(fileURLToPath(new URL(`../../${f}`, import.meta.url)), 'utf8')).join('\n'))
    .digest('hex');

async function emptyCached(): Promise<string> {
  return (await cachedDir(`search-empty v${GENERATOR_VERSION} migrations:${migrationsKey()}`, emptyWorkspace, { family: 'search-empty' })).dir;
}

/** A workspace holding the whole generated shared catalogue, applied the way sync applies pages. */
async function filledCached(): Promise<string> {
  const t0 = Date.now();
  const { dir, built } = await cachedDir(`search-filled v${GENERATOR_VERSION} ${ENTRIES}x${ITEMS} migrations:${migrationsKey()}`, async (d) => {
    await emptyWorkspace(d);
    const db = await Database.open(workspacePaths(d).db);
    for (let n = 0; n < pageCount; n++) {
      const entries = page(n);
      await db.transaction((tx) => applySharedEntries(tx, entries));
    }
    // What the background indexer does after a pull.
    await indexPendingShared(db);
    await db.close();
  }, { family: 'search-filled' });
  if (built) console.log(`  generated ${ENTRIES} shared entries × ${ITEMS} items in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}

/** The same rows as plain multi-row INSERTs into tables with only their primary keys: sqlite3's own cost. */
async function bareInsert(file: string, pages: SharedEntry[][]): Promise<{ ms: number; cpuMs: number }> {
  const conn = await Connection.open(file);
  await conn.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
    CREATE TABLE bare_entries (id TEXT PRIMARY KEY, revision INTEGER, code TEXT, name TEXT, provider TEXT, provider_code TEXT,
      department_code TEXT, summary TEXT, format_class TEXT, format_type TEXT, share_type TEXT, open_type TEXT, update_cycle TEXT,
      classification TEXT, published_at TEXT, body TEXT);
    CREATE TABLE bare_items (entry_id TEXT, position INTEGER, name TEXT, name_en TEXT, type TEXT, length TEXT, PRIMARY KEY (entry_id, position)) WITHOUT ROWID;`);
  // Rows are built before the clock starts: the bare figure is the database's work alone.
  const prepared = pages.map((entries) => ({
    entries: entries.map((e): SqlValue[] => [
      e.id, e.revision, e.code, e.name, e.provider, e.providerCode ?? null, e.departmentCode, e.summary, e.formatClass, e.formatType,
      e.shareType, e.openType, e.updateCycle, e.classification ? `${e.classification.category}${e.classification.item ?? ''}` : null,
      e.publishedAt, JSON.stringify(e),
    ]),
    items: entries.flatMap((e) => e.items.map((i, n): SqlValue[] => [e.id, n + 1, i.name, i.nameEn ?? null, i.type, i.length ?? null])),
  }));
  const insert = async (table: string, rows: SqlValue[][], batch: number) => {
    for (let s = 0; s < rows.length; s += batch) {
      const chunk = rows.slice(s, s + batch);
      const cols = (chunk[0] as SqlValue[]).length;
      await conn.run(`INSERT INTO ${table} VALUES ${valuesPlaceholders(chunk.length, cols)}`, chunk.flat());
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const p of prepared) {
    await conn.exec('BEGIN IMMEDIATE');
    await insert('bare_entries', p.entries, 500);
    await insert('bare_items', p.items, 2000);
    await conn.exec('COMMIT');
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await conn.close();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const apply: Workload = {
  name: 'sharedCatalogue.apply',
  goal: 10_000,
  unit: 'ms',
  description: `applySharedEntries of ${ENTRIES} entries × ${ITEMS} items in pages of ${PAGE} (rows, listed for indexing; detail.indexMs: the background indexing after) (bare: multi-row INSERT of the same rows)`,
  async run() {
    const pages = Array.from({ length: pageCount }, (_, n) => page(n));
    const dir = workspaceCopy(await emptyCached());
    const db = await Database.open(workspacePaths(dir).db);
    // CPU time (all threads: JS and sqlite3's worker) beside wall time: on a shared machine the
    // wall clock also counts the time other processes held the cores.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const entries of pages) await db.transaction((tx) => applySharedEntries(tx, entries));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const i0 = performance.now();
    await indexPendingShared(db);
    const indexMs = performance.now() - i0;
    await db.close();
    const bareDir = workspaceCopy(await emptyCached());
    const bare = await bareInsert(`${bareDir}/bare.db`, pages);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    return {
      value: round(ms, 0),
      bare: round(bare.ms, 0),
      detail: { entriesPerSecond: round((ENTRIES / ms) * 1000, 0), indexMs: round(indexMs, 0), pages: pageCount, cpuMs: round(cpuMs, 0), bareCpuMs: round(bare.cpuMs, 0), cpuRatio: round(cpuMs / bare.cpuMs) },
    };
  },
};

type Kind = '2char' | '4char' | 'pinyinInitials';
const QUERIES: Record<Kind, { q: string[]; table: 'search_cjk' | 'search_trigram' | 'search_initials'; fts: (q: string) => string }> = {
  '2char': { q: ['人口', '法人', '户籍', '婚姻', '药品', '税收', '道路', '学籍'], table: 'search_cjk', fts: (q) => `"${q}"` },
  '4char': { q: ['人口基础', '企业名称', '不动产登', '行政许可', '社会保险', '统一社会', '出生日期', '空气质量'], table: 'search_trigram', fts: (q) => `"${q}"` },
  pinyinInitials: { q: ['rkjc', 'qymc', 'bdcdj', 'xzxk', 'shbx', 'tyshxydm', 'csrq', 'kqzl'], table: 'search_initials', fts: (q) => `"${q}"` },
};

function queryWorkload(kind: Kind): Workload {
  const { q, table, fts } = QUERIES[kind];
  return {
    name: `search.query.${kind}`,
    goal: 20,
    unit: 'ms p95',
    description: `search.query through dispatch (first 20 with highlights, and the total counted up to 10,000) on ${ENTRIES} shared entries: ${q.join(' ')}; detail.facetsP95: search.facets for the same query, timed after it (bare: FTS5 MATCH … ORDER BY rank LIMIT 20 on the index the query reads: ${table})`,
    async run() {
      const dir = workspaceCopy(await filledCached());
      return measureSearch({ dir, queries: q, table, fts: (t) => fts(t), runs: QUERY_RUNS });
    },
  };
}

export default [apply, queryWorkload('2char'), queryWorkload('4char'), queryWorkload('pinyinInitials')] satisfies Workload[];
