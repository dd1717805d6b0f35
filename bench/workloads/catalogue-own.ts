import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Connection, valuesPlaceholders, type SqlValue } from '../../electron/core/db/connection';
import { Database } from '../../electron/core/db/database';
import { createCore } from '../../electron/core/index';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { memoryKeyStore } from '../../electron/core/types';
import { workspacePaths } from '../../electron/core/workspace/paths';
import { Db } from '../../platform/db/sqlite';
import { seedSharedCatalogue } from '../../platform/seed/demo';
import { startPlatform } from '../../platform/server';
import type { ChangeOf } from '../../shared/protocol/index';
import { scratchDir } from '../lib/cache';
import { round } from '../lib/timing';
import type { Workload } from '../types';

// Issue 12 "Measure": the first pull of a department's own 5,000 published entries (about 10
// items each) into a fresh workspace. The platform holds only that department's entries, so the
// pull carries each twice: into the shared-catalogue cache and into 目录编制 as published entries.
const OWN = Number(process.env.BENCH_OWN_ENTRIES ?? 5_000);
const PULL_LIMIT = 5_000;

/** Bare: the same entries, items and platform revisions as plain multi-row INSERTs into key-only tables. */
async function bareInsert(file: string, entries: ChangeOf<'ownEntry.upsert'>['entry'][]): Promise<{ ms: number; cpuMs: number }> {
  const conn = await Connection.open(file);
  await conn.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
    CREATE TABLE bare_entries (id TEXT PRIMARY KEY, code TEXT UNIQUE, name TEXT, state TEXT, revision INTEGER, body TEXT);
    CREATE TABLE bare_items (entry_id TEXT, position INTEGER, name TEXT, type TEXT, length TEXT, PRIMARY KEY (entry_id, position)) WITHOUT ROWID;
    CREATE TABLE bare_revisions (entity_id TEXT PRIMARY KEY, platform_revision INTEGER);`);
  const rows = entries.map((e): SqlValue[] => [e.id, e.code, e.name, 'published', 1, JSON.stringify(e)]);
  const items = entries.flatMap((e) => e.items.map((i, n): SqlValue[] => [e.id, n + 1, i.name, i.type, i.length ?? null]));
  const revisions = entries.map((e): SqlValue[] => [e.id, e.revision]);
  const insert = async (table: string, all: SqlValue[][], batch: number) => {
    for (let s = 0; s < all.length; s += batch) {
      const chunk = all.slice(s, s + batch);
      await conn.run(`INSERT INTO ${table} VALUES ${valuesPlaceholders(chunk.length, (chunk[0] as SqlValue[]).length)}`, chunk.flat());
    }
  };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await conn.exec('BEGIN IMMEDIATE');
  await insert('bare_entries', rows, 500);
  await insert('bare_items', items, 2000);
  await insert('bare_revisions', revisions, 2000);
  await conn.exec('COMMIT');
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  await conn.close();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const ownFirstPull: Workload = {
  name: 'catalogue.ownFirstPull',
  goal: 2_000,
  unit: 'ms',
  description: `sync.run into an empty workspace of a department with ${OWN} published entries (~10 items) on the platform (loopback, in this process): shared cache + 目录编制 (bare: multi-row INSERT of the entries, items and revisions)`,
  async run() {
    const data = join(scratchDir(), 'platform');
    const seeded = await startPlatform({ port: 0, dataDir: data, seed: 'demo', seedShared: 0 });
    const officer = seeded.accounts.find((a) => a.role === 'officer')!;
    await seeded.close();
    const pdb = await Db.open(join(data, 'platform.db'));
    await pdb.transaction((tx) => seedSharedCatalogue(tx, [officer], OWN, new Date().toISOString()));
    await pdb.close();
    const p = await startPlatform({ port: 0, dataDir: data });
    try {
      const dir = join(scratchDir(), 'workspace');
      const core = createCore({ workspaceDir: dir, keyStore: memoryKeyStore(), policy: NO_POLICY, sync: { auto: false, pullLimit: PULL_LIMIT } });
      await core.ready;
      const ok = async (channel: string, input: unknown) => {
        const r = await core.dispatch(channel, input);
        if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
        return r.value as Record<string, unknown>;
      };
      await ok('workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
      await ok('sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
      // CPU time beside wall time (this process: the core, the platform and sqlite3's threads): on
      // a shared machine the wall clock also counts the time other processes held the cores.
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await ok('sync.run', {});
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      if (r.failed) throw new Error(`sync.run: ${JSON.stringify(r)}`);
      const listed = (await ok('catalogue.list', { limit: 1 })) as { total: number };
      await core.close();
      if (listed.total !== OWN) throw new Error(`expected ${OWN} entries in 目录编制, found ${listed.total}`);
      const db = await Database.open(workspacePaths(dir).db);
      const rows = await db.all<{ body: string }>('SELECT body FROM shared_catalogue_entries');
      await db.close();
      const entries = rows.map((row) => JSON.parse(row.body) as ChangeOf<'ownEntry.upsert'>['entry']);
      const bare = await bareInsert(join(scratchDir(), 'bare.db'), entries);
      return {
        value: round(ms, 0),
        bare: round(bare.ms, 0),
        detail: { cpuMs: round((cpu.user + cpu.system) / 1000, 0), bareCpuMs: round(bare.cpuMs, 0), own: listed.total, pulled: Number(r.pulled), itemsPerEntry: round(entries.reduce((n, e) => n + e.items.length, 0) / Math.max(1, entries.length), 1) },
      };
    } finally {
      await p.close();
    }
  },
};

export default [ownFirstPull] satisfies Workload[];
