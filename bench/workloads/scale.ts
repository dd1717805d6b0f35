import { execFile } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { Connection, valuesPlaceholders, type SqlValue } from '../../electron/core/db/connection';
import { workspacePaths } from '../../electron/core/workspace/paths';
import type { SharedEntry } from '../../shared/protocol/index';
import { scratchDir } from '../lib/cache';
import { workspaceCopy } from '../lib/copy';
import { scaleEntries, scaleWorkspace, SCALE_OWN_ENTRIES } from '../lib/scale-workspace';
import { round, stats } from '../lib/timing';
import { measureSearch } from '../lib/search-runs';
import type { Workload } from '../types';
import { platformData, platformProcess, seededPlatform, signedInCore, untilIndexed } from './sync';

// Issue 15 "memory and screens at scale": a province's catalogue. BENCH_SCALE_ENTRIES (default
// 1,000,000) shared-catalogue entries; generated data is cached between runs (bench/lib/cache.ts).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);
const PULL_LIMIT = 5_000;
const CHANGES = 1_000;
const SETTLE_MS = Number(process.env.BENCH_SCALE_SETTLE_MS ?? 5_000);
const QUERY_RUNS = 200;

/**
 * The RSS child bundled as the app ships its core (esbuild, dependencies external): run under
 * `tsx`, the TypeScript loader alone took ~120 MB of the figure.
 */
async function bundledChild(): Promise<string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dir = scratchDir('cw-bench-rss-');
  const out = join(dir, 'child.mjs');
  // Node resolves an ES module's packages from its own folder up: the checkout's node_modules, linked.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await build({
    entryPoints: [join(ROOT, 'bench/lib/scale-rss-child.ts')],
    outdir: dir,
    entryNames: 'child',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay in node_modules, except JSON data files (inlined, as scripts/build-cli.mjs does).
    plugins: [
      {
        name: 'external-dependencies',
        setup(b) {
          const pattern = new RegExp(`^(${Object.keys(pkg.dependencies).map((d) => d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/|$)`);
          b.onResolve({ filter: pattern }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
        },
      },
    ],
    alias: { '@shared': join(ROOT, 'shared') },
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);" },
  });
  // Beside the bundle, where migrate.ts's defaultMigrationsDir() looks.
  cpSync(join(ROOT, 'electron/core/db/migrations'), join(dirname(out), 'migrations'), { recursive: true, filter: (f) => !f.endsWith('.ts') });
  return out;
}

/**
 * One copy of the cached scale workspace for every scale workload of a run (several GB at
 * 1,000,000 entries: a copy each would cost minutes). They only read it; opening a core writes
 * its lock and markers, never to the cache itself.
 */
let scaleCopy: Promise<string> | undefined;
const scaleWorkspaceCopy = () => (scaleCopy ??= scaleWorkspace(scaleEntries()).then(workspaceCopy));

interface ChildFigures {
  reminders: number;
  peakRssMb: number;
  startRssMb: number;
  heapUsedMb: number;
  steps: Record<string, number>;
}

async function childRss(child: string, mode: 'app' | 'bare', dir: string): Promise<ChildFigures> {
  const { stdout } = await run(process.execPath, [child, mode, dir], { cwd: ROOT, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

const coreRss: Workload = {
  name: 'scale.core.rss',
  goal: 300,
  unit: 'MB',
  description: `peak RSS of a core process: createCore on ${SCALE_OWN_ENTRIES} own + ${scaleEntries()} shared entries, first catalogue page, a search, the dashboard (bare: one sqlite3 connection running the same SQL), each in a fresh child process`,
  async run() {
    const dir = await scaleWorkspaceCopy();
    const child = await bundledChild();
    const app: ChildFigures[] = [];
    const bare: ChildFigures[] = [];
    // Three of each, alternating.
    for (let i = 0; i < 3; i++) {
      app.push(await childRss(child, 'app', dir));
      bare.push(await childRss(child, 'bare', dir));
    }
    const med = (xs: number[]) => stats(xs).median;
    return {
      value: round(med(app.map((a) => a.peakRssMb)), 1),
      bare: round(med(bare.map((b) => b.peakRssMb)), 1),
      detail: {
        runs: app.map((a) => a.peakRssMb).join(' '),
        bareRuns: bare.map((b) => b.peakRssMb).join(' '),
        startRssMb: round(med(app.map((a) => a.startRssMb)), 1),
        heapUsedMb: round(med(app.map((a) => a.heapUsedMb)), 1),
        openMs: med(app.map((a) => a.steps.open ?? 0)),
        listMs: med(app.map((a) => a.steps.catalogueList ?? 0)),
        searchMs: med(app.map((a) => a.steps.search ?? 0)),
        dashboardMs: med(app.map((a) => a.steps.dashboard ?? 0)),
        remindersAfterOpen: med(app.map((a) => a.reminders)),
        sharedEntries: scaleEntries(),
        ownEntries: SCALE_OWN_ENTRIES,
      },
    };
  },
};

type Kind = '2char' | '4char' | 'pinyinInitials';
const QUERIES: Record<Kind, { q: string[]; table: 'search_cjk' | 'search_trigram' | 'search_initials' }> = {
  '2char': { q: ['人口', '法人', '户籍', '婚姻', '药品', '税收', '道路', '学籍'], table: 'search_cjk' },
  '4char': { q: ['人口基础', '企业名称', '不动产登', '行政许可', '社会保险', '统一社会', '出生日期', '空气质量'], table: 'search_trigram' },
  pinyinInitials: { q: ['rkjc', 'qymc', 'bdcdj', 'xzxk', 'shbx', 'tyshxydm', 'csrq', 'kqzl'], table: 'search_initials' },
};

/** search.query at scale, as `search.query.*` (workloads/search.ts) does it at 100,000. */
function queryWorkload(kind: Kind): Workload {
  const { q, table } = QUERIES[kind];
  return {
    name: `scale.search.${kind}`,
    goal: 20,
    unit: 'ms p95',
    description: `search.query through dispatch (first 20 with highlights, and the total counted up to 10,000) on ${scaleEntries()} shared + ${SCALE_OWN_ENTRIES} own entries: ${q.join(' ')}; detail.facetsP95: search.facets for the same query, timed after it (bare: FTS5 MATCH … ORDER BY rank LIMIT 20 on ${table})`,
    async run() {
      const dir = await scaleWorkspaceCopy();
      const r = await measureSearch({ dir, queries: q, table, fts: (t) => `"${t}"`, runs: QUERY_RUNS });
      return { ...r, detail: { ...r.detail, sharedEntries: scaleEntries() } };
    },
  };
}

/** Bare pull: the pulled rows, read back page by page, as multi-row INSERTs into tables with only their keys (insert time only). */
async function bareInsert(pulledDb: string, file: string): Promise<number> {
  const src = await Connection.open(pulledDb, 'readonly');
  const conn = await Connection.open(file);
  await conn.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
    CREATE TABLE bare_entries (id TEXT PRIMARY KEY, revision INTEGER, code TEXT, name TEXT, provider TEXT, department_code TEXT, summary TEXT, body TEXT);
    CREATE TABLE bare_items (entry_id TEXT, position INTEGER, name TEXT, type TEXT, PRIMARY KEY (entry_id, position)) WITHOUT ROWID;`);
  let ms = 0;
  let last = 0;
  for (;;) {
    const rows = await src.all<{ rowid: number; body: string }>('SELECT rowid, body FROM shared_catalogue_entries WHERE rowid > ? ORDER BY rowid LIMIT ?', [last, PULL_LIMIT]);
    if (rows.length === 0) break;
    last = rows.at(-1)!.rowid;
    const entries = rows.map((r) => JSON.parse(r.body) as SharedEntry);
    const er = entries.map((e): SqlValue[] => [e.id, e.revision, e.code, e.name, e.provider, e.departmentCode, e.summary, JSON.stringify(e)]);
    const ir = entries.flatMap((e) => e.items.map((i, n): SqlValue[] => [e.id, n + 1, i.name, i.type]));
    const t0 = performance.now();
    await conn.exec('BEGIN IMMEDIATE');
    for (let s = 0; s < er.length; s += 500) await conn.run(`INSERT INTO bare_entries VALUES ${valuesPlaceholders(Math.min(500, er.length - s), 8)}`, er.slice(s, s + 500).flat());
    for (let s = 0; s < ir.length; s += 2000) await conn.run(`INSERT INTO bare_items VALUES ${valuesPlaceholders(Math.min(2000, ir.length - s), 4)}`, ir.slice(s, s + 2000).flat());
    await conn.exec('COMMIT');
    ms += performance.now() - t0;
  }
  await src.close();
  await conn.close();
  return ms;
}

/** 1,000 entries republished on the platform at revision 2 (renamed): their feed changes replaced, as a publication does. */
async function changeOnPlatform(dataDir: string, entries: number): Promise<void> {
  const conn = await Connection.open(join(dataDir, 'platform.db'));
  await conn.exec('PRAGMA busy_timeout = 10000');
  const step = Math.max(1, Math.floor(entries / CHANGES));
  const keys = Array.from({ length: CHANGES }, (_, i) => `entry:seed-${String(i * step + 1).padStart(7, '0')}`);
  const rows = await conn.all<{ key: string; body: string }>(`SELECT key, body FROM feed WHERE audience = '*' AND key IN (SELECT value FROM json_each(?))`, [JSON.stringify(keys)]);
  const at = new Date().toISOString();
  const values: SqlValue[] = [];
  for (const r of rows) {
    const change = JSON.parse(r.body) as { kind: string; entry: SharedEntry };
    change.entry = { ...change.entry, revision: change.entry.revision + 1, name: `${change.entry.name}（修订）`, publishedAt: at };
    values.push('*', r.key, change.kind, JSON.stringify(change), at);
  }
  await conn.exec('BEGIN IMMEDIATE');
  for (let s = 0; s < values.length; s += 500 * 5) {
    const chunk = values.slice(s, s + 500 * 5);
    await conn.run(`INSERT OR REPLACE INTO feed (audience, key, kind, body, created_at) VALUES ${valuesPlaceholders(chunk.length / 5, 5)}`, chunk);
  }
  await conn.exec('COMMIT');
  await conn.close();
  if (rows.length !== CHANGES) throw new Error(`expected ${CHANGES} feed rows to change, found ${rows.length}`);
}

/** Both pulls in one run (the incremental one needs the first): measured once, read by the two workloads. */
let pulls: Promise<{ first: { ms: number; bare: number; detail: Record<string, number | string> }; incremental: { ms: number; detail: Record<string, number | string> } }> | undefined;
function measurePulls() {
  pulls ??= (async () => {
    const entries = scaleEntries();
    const { seed } = await seededPlatform(entries);
    const dataDir = await platformData(entries);
    const p = await platformProcess(dataDir);
    try {
      const officer = p.accounts.find((a) => a.role === 'officer')!;
      // The engine logs where each run's time went (`sync run`): the last one is the run just made.
      const runs: Record<string, unknown>[] = [];
      const lastRun = () => Object.entries(runs.at(-1) ?? {}).filter(([k]) => k !== 'failed').map(([k, v]) => `${k} ${String(v)}`).join(', ');
      const logger = { info: (m: string, d?: Record<string, unknown>) => void (m === 'sync run' && d && runs.push(d)), warn: () => undefined, error: () => undefined };
      const { core, dir } = await signedInCore(p, officer, logger);
      const load = loadavg()[0]!;
      const pc0 = p.cpuMs();
      const elu0 = performance.eventLoopUtilization();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await core.dispatch('sync.run', {});
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const main = performance.eventLoopUtilization(elu0);
      const platformCpu = p.cpuMs() - pc0;
      if (!r.ok || (r.value as { failed: boolean }).failed) throw new Error(`sync.run: ${JSON.stringify(r)}`);
      const pulled = (r.value as { pulled: number }).pulled;
      const peakRss = process.resourceUsage().maxRSS / 1024;
      const firstSteps = lastRun();

      // The next run comes a few seconds later, as the app's would (its debounce is 2 s): by then the
      // one reminder check after the first pull (over the 55,000 own entries it brought at 1,000,000,
      // 1–2 s of the main thread) is over. The indexer is not waited for.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      // A run with nothing new: the fixed cost of a sync run (sign-in check, push, the other feeds).
      const n0 = performance.now();
      const idle = await core.dispatch('sync.run', {});
      const noChangeMs = performance.now() - n0;
      if (!idle.ok) throw new Error(`sync.run: ${JSON.stringify(idle)}`);
      const noChangeSteps = lastRun();

      // The incremental pull: 1,000 changes published meanwhile. The background indexer is still
      // indexing the first pull (it pauses while sync runs), as it would be for the officer.
      await changeOnPlatform(dataDir, entries);
      const reader = await Connection.open(workspacePaths(dir).db, 'readonly');
      const backlog = (await reader.get<{ n: number }>('SELECT count(*) AS n FROM search_rebuild'))?.n ?? 0;
      await reader.close();
      const ipc0 = p.cpuMs();
      const ielu0 = performance.eventLoopUtilization();
      const ic0 = process.cpuUsage();
      const i0 = performance.now();
      const again = await core.dispatch('sync.run', {});
      const incMs = performance.now() - i0;
      const incCpu = process.cpuUsage(ic0);
      const incMain = performance.eventLoopUtilization(ielu0);
      const incPlatformCpu = p.cpuMs() - ipc0;
      if (!again.ok || (again.value as { failed: boolean }).failed) throw new Error(`sync.run: ${JSON.stringify(again)}`);
      const incPulled = (again.value as { pulled: number }).pulled;
      const incSteps = lastRun();
      const renamed = await core.dispatch('search.sharedEntry', { id: 'seed-0000001' });

      const indexedMs = process.env.BENCH_SCALE_WAIT_INDEX === '1' ? round((await untilIndexed(dir)) - t0, 0) : 'not waited (BENCH_SCALE_WAIT_INDEX=1)';
      await core.close();
      const bare = await bareInsert(workspacePaths(dir).db, join(scratchDir(), 'bare.db'));
      return {
        first: {
          ms,
          bare,
          detail: {
            pulled,
            entriesPerSecond: round((pulled / ms) * 1000, 0),
            cpuMs: round((cpu.user + cpu.system) / 1000, 0),
            mainThreadMs: round(main.active, 0),
            platformCpuMs: platformCpu,
            peakRssMb: round(peakRss, 0),
            loadAverage: round(load, 1),
            steps: firstSteps,
            indexedMs,
            pageSize: PULL_LIMIT,
            platformSeedS: seed.seedS,
            platformSeedCpuS: seed.seedCpuS,
            platformMb: seed.platformMb,
          },
        },
        incremental: {
          ms: incMs,
          detail: {
            pulled: incPulled,
            cpuMs: round((incCpu.user + incCpu.system) / 1000, 0),
            mainThreadMs: round(incMain.active, 0),
            platformCpuMs: incPlatformCpu,
            steps: incSteps,
            noChangeRunMs: round(noChangeMs, 0),
            noChangeSteps,
            indexBacklogAtStart: backlog,
            seenRenamed: renamed.ok && JSON.stringify(renamed.value).includes('（修订）') ? 'yes' : 'no',
            settleMsAfterFirstPull: SETTLE_MS,
          },
        },
      };
    } finally {
      await p.stop();
    }
  })();
  return pulls;
}

const firstPull: Workload = {
  name: 'scale.sync.firstPull',
  goal: 100_000,
  unit: 'ms',
  description: `sync.run into an empty workspace: ${scaleEntries()} shared entries from the platform in its own process, pages of ${PULL_LIMIT} (bare: the same rows as multi-row INSERTs, insert time only)`,
  async run() {
    const { first } = await measurePulls();
    return { value: round(first.ms, 0), bare: round(first.bare, 0), detail: first.detail };
  },
};

const incrementalPull: Workload = {
  name: 'scale.sync.incrementalPull',
  goal: 1_000,
  unit: 'ms',
  description: `sync.run after the first pull of ${scaleEntries()}: ${CHANGES} entries republished on the platform meanwhile`,
  async run() {
    const { incremental } = await measurePulls();
    return { value: round(incremental.ms, 0), bare: null, detail: incremental.detail };
  },
};

export default [coreRss, queryWorkload('2char'), queryWorkload('4char'), queryWorkload('pinyinInitials'), firstPull, incrementalPull] satisfies Workload[];
