import { statSync, writeFileSync } from 'node:fs';
import { createCore } from '../../electron/core/index';
import { loadMigrations } from '../../electron/core/db/migrate';
import { silentLogger, systemTime } from '../../electron/core/types';
import { Workspace } from '../../electron/core/workspace/workspace';
import { Connection } from '../../electron/core/db/connection';
import { workspacePaths } from '../../electron/core/workspace/paths';
import { catalogueWorkspace } from '../lib/catalogue-workspace';
import { workspaceCopy } from '../lib/copy';
import { repeat, round, timed } from '../lib/timing';
import type { Workload } from '../types';

// Issue 2 "Measure": a workspace of 100,000 entries × 10 data items.
const ENTRIES = 100_000;
const ITEMS = 10;
const RUNS = 15;

async function workspace(): Promise<string> {
  return workspaceCopy(await catalogueWorkspace(ENTRIES, ITEMS));
}

/** What opening costs sqlite3 itself: open, WAL, the integrity check the core runs, close. */
async function bareOpen(file: string, check: boolean): Promise<number> {
  const t0 = performance.now();
  const conn = await Connection.open(file);
  await conn.get('PRAGMA journal_mode = WAL');
  if (check) await conn.all('PRAGMA quick_check');
  await conn.get('SELECT count(*) FROM _migrations');
  const ms = performance.now() - t0;
  await conn.close();
  return ms;
}

/** createCore … ready, then close (not counted). `unclean` leaves the open marker a crash leaves. */
async function coreOpen(dir: string, unclean: boolean): Promise<number> {
  if (unclean) writeFileSync(workspacePaths(dir).openMarker, '0');
  let core: ReturnType<typeof createCore> | undefined;
  const ms = await timed(async () => {
    core = createCore({ workspaceDir: dir });
    const s = await core.ready;
    if (s.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(s)}`);
  });
  await core?.close();
  return ms;
}

/** Open until the integrity check after open has passed (what a first write waits for). */
async function openUntilChecked(dir: string): Promise<number> {
  let ws: Workspace | undefined;
  const ms = await timed(async () => {
    ws = (await Workspace.open(dir, { timeSource: systemTime, logger: silentLogger, migrations: loadMigrations() })).workspace;
    if ((await ws.integrity) !== 'ok') throw new Error('integrity check failed');
  });
  await ws?.close();
  return ms;
}

const open: Workload = {
  name: 'workspace.open',
  goal: 300,
  unit: 'ms',
  description: `createCore … ready on ${ENTRIES} entries × ${ITEMS} items (bare: sqlite3 open + PRAGMA quick_check)`,
  async run() {
    const dir = await workspace();
    const file = workspacePaths(dir).db;
    const app = await repeat({ runs: RUNS, warmup: 2 }, () => coreOpen(dir, false));
    const checked = await repeat({ runs: RUNS, warmup: 1 }, () => openUntilChecked(dir));
    const unclean = await repeat({ runs: 5, warmup: 1 }, () => coreOpen(dir, true));
    const bare = await repeat({ runs: RUNS, warmup: 2 }, () => bareOpen(file, true));
    const bareNoCheck = await repeat({ runs: RUNS, warmup: 2 }, () => bareOpen(file, false));
    return {
      value: app.median,
      bare: bare.median,
      detail: {
        p95: round(app.p95),
        bareP95: round(bare.p95),
        bareOpenWithoutCheck: round(bareNoCheck.median),
        untilCheckPassed: round(checked.median),
        afterUncleanShutdown: round(unclean.median),
        fileMB: round(statSync(file).size / 2 ** 20, 1),
        runs: RUNS,
      },
    };
  },
};

const LIST_SQL = `SELECT id, name, code, format_class, format_type, share_type, update_cycle, state, revision, updated_at,
       (SELECT count(*) FROM data_items d WHERE d.entry_id = e.id) AS item_count
  FROM catalogue_entries e ORDER BY updated_at DESC, id DESC LIMIT 100 OFFSET 0`;

const list: Workload = {
  name: 'catalogue.list.firstPage',
  goal: 20,
  unit: 'ms',
  description: `dispatch('catalogue.list', {}) — first 100 rows of ${ENTRIES} (bare: the same SQL on sqlite3)`,
  async run() {
    const dir = await workspace();
    const list = async (core: ReturnType<typeof createCore>) => {
      const r = await core.dispatch('catalogue.list', {});
      if (!r.ok) throw new Error(r.error.message);
    };
    // The officer's first view: a fresh open, then the first page while the integrity check runs.
    const afterOpen = await repeat({ runs: 7, warmup: 1 }, async () => {
      const core = createCore({ workspaceDir: dir });
      await core.ready;
      const ms = await timed(() => list(core));
      await core.close();
      return ms;
    });
    const core = createCore({ workspaceDir: dir });
    await core.ready;
    const app = await repeat({ runs: 50, warmup: 3 }, () => timed(() => list(core)));
    // The other column sorts of the table must cost a page too, not a sort of the whole catalogue.
    const byState = await repeat({ runs: 20, warmup: 2 }, () =>
      timed(async () => {
        const r = await core.dispatch('catalogue.list', { sort: 'state', order: 'asc' });
        if (!r.ok) throw new Error(r.error.message);
      }),
    );
    await core.close();
    const conn = await Connection.open(workspacePaths(dir).db, 'readonly');
    const bare = await repeat({ runs: 50, warmup: 3 }, () =>
      timed(() => Promise.all([conn.get('SELECT count(*) AS n FROM catalogue_entries'), conn.all(LIST_SQL)])),
    );
    await conn.close();
    return {
      value: app.median,
      bare: bare.median,
      detail: { p95: round(app.p95), bareP95: round(bare.p95), firstCallAfterOpen: round(afterOpen.median), firstCallAfterOpenP95: round(afterOpen.p95), sortedByState: round(byState.median) },
    };
  },
};

export default [open, list];
