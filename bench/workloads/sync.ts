import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Connection, valuesPlaceholders, type SqlValue } from '../../electron/core/db/connection';
import { Database } from '../../electron/core/db/database';
import { createCore, type Core } from '../../electron/core/index';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { enqueue } from '../../electron/core/sync/outbox';
import { memoryKeyStore, type Logger } from '../../electron/core/types';
import { workspacePaths } from '../../electron/core/workspace/paths';
import { startPlatform } from '../../platform/server';
import type { DemoAccount } from '../../platform/seed/demo';
import type { SharedEntry } from '../../shared/protocol/index';
import { cachedDir, scratchDir } from '../lib/cache';
import { round } from '../lib/timing';
import type { Workload } from '../types';

// Issue 4 "Measure": the first pull of 100,000 shared-catalogue entries (about 10 items each) from
// the platform on loopback, and the push of 5,000 queued operations. The platform runs in its own
// process, as it would on another machine; the core runs here.
const ENTRIES = Number(process.env.BENCH_SYNC_ENTRIES ?? 100_000);
const PUSH_OPS = 5_000;
const PULL_LIMIT = 5_000;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATOR_VERSION = 1;

const sourceKey = () => {
  const h = createHash('sha256');
  for (const dir of ['platform/seed', 'platform/db/migrations']) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) if (!f.endsWith('.test.ts')) h.update(readFileSync(join(ROOT, dir, f)));
  }
  return h.digest('hex');
};

/** How the cached platform data was built: seconds (wall and CPU) and size. */
export interface PlatformSeed {
  seedS: number;
  seedCpuS: number;
  platformMb: number;
}

const SEED_FILE = 'bench-seed.json';

/**
 * The seeded platform data dir in the cache, built once: the demo seeding writes the catalogue
 * page by page (platform/seed/demo.ts), so 1,000,000 entries never sit in one transaction.
 */
export async function seededPlatform(shared: number): Promise<{ dir: string; seed: PlatformSeed }> {
  const { dir } = await cachedDir(
    `sync-platform v${GENERATOR_VERSION} ${shared} ${sourceKey()}`,
    async (d) => {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const p = await startPlatform({ port: 0, dataDir: d, seed: 'demo', seedShared: shared });
      await p.close();
      const cpu = process.cpuUsage(cpu0);
      const bytes = readdirSync(d).reduce((n, f) => n + statSync(join(d, f)).size, 0);
      const seed: PlatformSeed = { seedS: round((performance.now() - t0) / 1000, 1), seedCpuS: round((cpu.user + cpu.system) / 1e6, 1), platformMb: round(bytes / 2 ** 20, 0) };
      writeFileSync(join(d, SEED_FILE), JSON.stringify(seed));
    },
    { family: `sync-platform-${shared}` },
  );
  const seed = existsSync(join(dir, SEED_FILE)) ? (JSON.parse(readFileSync(join(dir, SEED_FILE), 'utf8')) as PlatformSeed) : { seedS: -1, seedCpuS: -1, platformMb: -1 };
  return { dir, seed };
}

/** A seeded platform data dir (built once, then copied per run). */
export async function platformData(shared: number): Promise<string> {
  const { dir } = await seededPlatform(shared);
  const copy = join(scratchDir(), 'platform');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

async function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => r(port));
    });
  });
}

export interface PlatformProc {
  url: string;
  accounts: DemoAccount[];
  /** CPU time the platform process has used so far (user + system, from /proc; 0 where there is none). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** A process's CPU time from /proc/PID/stat (utime and stime, fields 14 and 15, in clock ticks of 10 ms). */
function procCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export async function platformProcess(dataDir: string): Promise<PlatformProc> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'platform/main.ts', '--port', String(port), '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('listening')) res();
    });
    child.once('exit', () => rej(new Error(`platform exited: ${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    accounts: JSON.parse(readFileSync(join(dataDir, 'demo-accounts.json'), 'utf8')) as DemoAccount[],
    cpuMs: () => procCpuMs(child.pid),
    stop: () =>
      new Promise((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

export async function signedInCore(p: PlatformProc, officer: DemoAccount, logger?: Logger): Promise<{ core: Core; dir: string }> {
  const dir = join(scratchDir(), 'workspace');
  const core = createCore({ workspaceDir: dir, keyStore: memoryKeyStore(), policy: NO_POLICY, sync: { auto: false, pullLimit: PULL_LIMIT }, ...(logger ? { logger } : {}) });
  await core.ready;
  const ok = async (channel: string, input: unknown) => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  await ok('workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
  await ok('sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
  return { core, dir };
}

/** The same rows as plain multi-row INSERTs into tables with only their primary keys: sqlite3's own cost. */
async function bareInsert(file: string, entries: SharedEntry[]): Promise<{ ms: number; cpuMs: number }> {
  const conn = await Connection.open(file);
  await conn.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
    CREATE TABLE bare_entries (id TEXT PRIMARY KEY, revision INTEGER, code TEXT, name TEXT, provider TEXT, provider_code TEXT,
      department_code TEXT, summary TEXT, format_class TEXT, format_type TEXT, share_type TEXT, open_type TEXT, update_cycle TEXT,
      classification TEXT, published_at TEXT, body TEXT);
    CREATE TABLE bare_items (entry_id TEXT, position INTEGER, name TEXT, name_en TEXT, type TEXT, length TEXT, PRIMARY KEY (entry_id, position)) WITHOUT ROWID;`);
  const pages: SharedEntry[][] = [];
  for (let s = 0; s < entries.length; s += PULL_LIMIT) pages.push(entries.slice(s, s + PULL_LIMIT));
  const prepared = pages.map((page) => ({
    entries: page.map((e): SqlValue[] => [
      e.id, e.revision, e.code, e.name, e.provider, e.providerCode ?? null, e.departmentCode, e.summary, e.formatClass, e.formatType,
      e.shareType, e.openType, e.updateCycle, e.classification ? `${e.classification.category}${e.classification.item ?? ''}` : null,
      e.publishedAt, JSON.stringify(e),
    ]),
    items: page.flatMap((e) => e.items.map((i, n): SqlValue[] => [e.id, n + 1, i.name, i.nameEn ?? null, i.type, i.length ?? null])),
  }));
  const insert = async (table: string, rows: SqlValue[][], batch: number) => {
    for (let s = 0; s < rows.length; s += batch) {
      const chunk = rows.slice(s, s + batch);
      await conn.run(`INSERT INTO ${table} VALUES ${valuesPlaceholders(chunk.length, (chunk[0] as SqlValue[]).length)}`, chunk.flat());
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

/** The time at which no pulled shared entry waits for its search documents any more. */
export async function untilIndexed(dir: string): Promise<number> {
  const conn = await Connection.open(workspacePaths(dir).db, 'readonly');
  try {
    while (await conn.get('SELECT 1 AS one FROM search_rebuild LIMIT 1')) await new Promise((r) => setTimeout(r, 100));
    return performance.now();
  } finally {
    await conn.close();
  }
}

const firstPull: Workload = {
  name: 'sync.firstPull',
  goal: 10_000,
  unit: 'ms',
  description: `sync.run into an empty workspace: ${ENTRIES} shared entries (~10 items) from the platform in its own process, pages of ${PULL_LIMIT} (bare: multi-row INSERT of the same rows)`,
  async run() {
    const p = await platformProcess(await platformData(ENTRIES));
    try {
      const officer = p.accounts.find((a) => a.role === 'officer')!;
      const { core, dir } = await signedInCore(p, officer);
      // CPU time of this process (JS and sqlite3's threads; not the platform's) beside wall time:
      // on a shared machine the wall clock also counts the time other processes held the cores.
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await core.dispatch('sync.run', {});
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      if (!r.ok || (r.value as { failed: boolean }).failed) throw new Error(`sync.run: ${JSON.stringify(r)}`);
      const pulled = (r.value as { pulled: number }).pulled;
      // Search documents are built after the pull, in the background: how long until all are in.
      const indexedMs = (await untilIndexed(dir)) - t0;
      await core.close();
      const db = await Database.open(workspacePaths(dir).db);
      const rows = await db.all<{ body: string }>('SELECT body FROM shared_catalogue_entries');
      await db.close();
      const entries = rows.map((row) => JSON.parse(row.body) as SharedEntry);
      const items = entries.reduce((n, e) => n + e.items.length, 0);
      const bare = await bareInsert(join(scratchDir(), 'bare.db'), entries);
      return {
        value: round(ms, 0),
        bare: round(bare.ms, 0),
        detail: {
          entriesPerSecond: round((pulled / ms) * 1000, 0),
          indexedMs: round(indexedMs, 0),
          cpuMs: round((cpu.user + cpu.system) / 1000, 0),
          bareCpuMs: round(bare.cpuMs, 0),
          cpuRatio: round((cpu.user + cpu.system) / 1000 / bare.cpuMs),
          pulled,
          itemsPerEntry: round(items / Math.max(1, entries.length), 1),
          pageSize: PULL_LIMIT,
        },
      };
    } finally {
      await p.stop();
    }
  },
};

/** 5,000 zero-update reports on one published entry: each is a cheap, independent operation on the platform. */
async function queue(dir: string, entryId: string): Promise<void> {
  const db = await Database.open(workspacePaths(dir).db);
  await db.transaction(async (tx) => {
    for (let i = 0; i < PUSH_OPS; i++) {
      await enqueue(tx, { kind: 'zeroUpdate.report', entityType: 'zero_update', entityId: `zu-${i}`, baseRevision: 0, payload: { entryId, period: '2026-11' } });
    }
  });
  await db.close();
}

/** One app run on a fresh copy of the platform: ms until the last answer is stored, and the core's CPU. */
async function pushOnce(): Promise<{ ms: number; cpuMs: number; accepted: number }> {
  const p = await platformProcess(await platformData(10));
  try {
    const officer = p.accounts.find((a) => a.role === 'officer')!;
    const { core, dir } = await signedInCore(p, officer);
    await core.dispatch('sync.run', {});
    await core.close();
    await queue(dir, 'seed-0000001');
    const again = createCore({ workspaceDir: dir, keyStore: memoryKeyStore(), policy: NO_POLICY, sync: { auto: false } });
    await again.ready;
    // The in-memory key store died with the first core: sign in again before the clock starts.
    await again.dispatch('sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
    let pushedAt = 0;
    let cpuAt: NodeJS.CpuUsage | undefined;
    const c0 = process.cpuUsage();
    again.on('sync.progress', (e) => {
      if (e.phase === 'push' && e.done === e.total) {
        pushedAt = performance.now();
        cpuAt = process.cpuUsage(c0);
      }
    });
    const t0 = performance.now();
    const r = await again.dispatch('sync.run', {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const ms = (pushedAt || performance.now()) - t0;
    const cpu = cpuAt ?? process.cpuUsage(c0);
    await again.close();
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, accepted: (r.value as { accepted: number }).accepted };
  } finally {
    await p.stop();
  }
}

/** Bare: the platform's own cost for the same batches, sent by plain fetch to a fresh copy of it. */
async function barePushOnce(): Promise<number> {
  const b = await platformProcess(await platformData(10));
  try {
    const officer = b.accounts.find((a) => a.role === 'officer')!;
    const login = await fetch(`${b.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: officer.user, password: officer.password }) });
    const { token } = (await login.json()) as { token: string };
    const bodies: string[] = [];
    for (let s = 0; s < PUSH_OPS; s += 1000) {
      const ops = Array.from({ length: Math.min(1000, PUSH_OPS - s) }, (_, i) => ({
        opId: randomUUID(), kind: 'zeroUpdate.report', entityId: `zu-${s + i}`, baseRevision: 0, payload: { entryId: 'seed-0000001', period: '2026-11' },
      }));
      bodies.push(JSON.stringify({ ops }));
    }
    const t0 = performance.now();
    for (const body of bodies) {
      const res = await fetch(`${b.url}/api/v1/sync/push`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      await res.json();
    }
    return performance.now() - t0;
  } finally {
    await b.stop();
  }
}

const PUSH_ROUNDS = 3;

const push: Workload = {
  name: 'sync.push',
  goal: 2_000,
  unit: 'ms',
  description: `push of ${PUSH_OPS} queued operations (sync.run until the last answer is stored), platform in its own process (bare: the same batches POSTed by fetch to a fresh platform); ${PUSH_ROUNDS} rounds, app and bare alternating, medians`,
  async run() {
    const app: Awaited<ReturnType<typeof pushOnce>>[] = [];
    const bare: number[] = [];
    // Alternating, so that both see the same load on the shared machine.
    for (let i = 0; i < PUSH_ROUNDS; i++) {
      app.push(await pushOnce());
      bare.push(await barePushOnce());
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const ms = median(app.map((a) => a.ms));
    return {
      value: round(ms, 0),
      bare: round(median(bare), 0),
      detail: {
        ops: PUSH_OPS,
        accepted: Math.min(...app.map((a) => a.accepted)),
        opsPerSecond: round((PUSH_OPS / ms) * 1000, 0),
        runs: app.map((a) => round(a.ms, 0)).join(' '),
        bareRuns: bare.map((x) => round(x, 0)).join(' '),
        coreCpuMedian: round(median(app.map((a) => a.cpuMs)), 0),
      },
    };
  },
};

export default [firstPull, push] satisfies Workload[];
