// Child of the `scale.core.rss` workload: opens the scale workspace and does the officer's first
// steps, then prints its peak resident memory as one JSON line. A process of its own, so the
// bench's generator and earlier workloads do not count. `app`: the core (createCore, the first
// catalogue page, a search, the dashboard); `bare`: one plain sqlite3 connection running the same
// queries' SQL.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Connection } from '../../electron/core/db/connection';

const [mode, dir] = process.argv.slice(2) as ['app' | 'bare', string];
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
const startRss = process.memoryUsage.rss();
const t0 = performance.now();
const steps: Record<string, number> = {};
let reminders = 0;
const step = async (name: string, fn: () => Promise<unknown>) => {
  const s = performance.now();
  await fn();
  steps[name] = Math.round(performance.now() - s);
};

if (mode === 'app') {
  // Loaded only here (a chunk of its own in the bundle): the bare run does not carry the core's code.
  const { createCore } = await import('../../electron/core/index');
  const { NO_POLICY } = await import('../../electron/core/policy/policy');
  // As at the first open of a workspace: no reminder sent yet, so the check after open announces
  // every overdue duty (25,216 of the generated entries) and records each as sent, at whatever
  // hour the bench runs (no quiet hours, which would hold them).
  const setup = await Connection.open(join(dir, 'workspace.db'));
  await setup.run('DELETE FROM reminders_sent');
  await setup.run("INSERT OR REPLACE INTO reminder_quiet_hours (id, enabled, start, end) VALUES (1, 0, '08:30', '18:00')");
  await setup.close();
  const core = createCore({ workspaceDir: dir, policy: NO_POLICY, sync: { auto: false } });
  // Reminders the check after open announced (grouped by kind): shows that the check ran.
  core.on('deadline.reminder', () => reminders++);
  const ok = async (channel: string, input: unknown) => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  };
  await step('open', async () => {
    const s = await core.ready;
    if (s.state !== 'ready') throw new Error(`workspace not ready: ${JSON.stringify(s)}`);
  });
  await step('catalogueList', () => ok('catalogue.list', {}));
  await step('search', () => ok('search.query', { q: '人口', scope: 'all', limit: 20 }));
  await step('dashboard', () => ok('evaluation.dashboard', {}));
  // The officer stays on the dashboard: the deadline check that follows the open (2.5 s after it,
  // once a second passes without calls) and the indexers run meanwhile; closing waits for the check.
  await new Promise((r) => setTimeout(r, 4000));
  peak = Math.max(peak, process.memoryUsage.rss());
  await core.close();
} else {
  const conn = await Connection.open(join(dir, 'workspace.db'), 'readonly');
  await step('open', () => conn.get('SELECT count(*) FROM _migrations'));
  await step('catalogueList', () =>
    Promise.all([
      conn.get('SELECT count(*) AS n FROM catalogue_entries'),
      conn.all(`SELECT id, name, code, format_class, format_type, share_type, update_cycle, state, revision, updated_at,
        (SELECT count(*) FROM data_items d WHERE d.entry_id = e.id) AS item_count FROM catalogue_entries e ORDER BY updated_at DESC, id DESC LIMIT 100`),
    ]),
  );
  await step('search', () => conn.all(`SELECT rowid, rank FROM search_cjk WHERE search_cjk MATCH '"人口"' ORDER BY rank LIMIT 20`));
  await step('dashboard', () => conn.all('SELECT state, count(*) AS n FROM catalogue_entries GROUP BY state'));
  await new Promise((r) => setTimeout(r, 4000));
  peak = Math.max(peak, process.memoryUsage.rss());
  await conn.close();
}
clearInterval(sampler);
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ peakRssMb: mb(Math.max(peak, usage.maxRSS * 1024)), sampledPeakMb: mb(peak), startRssMb: mb(startRss), heapUsedMb: mb(process.memoryUsage().heapUsed), ms: Math.round(performance.now() - t0), steps, reminders })}\n`,
);
