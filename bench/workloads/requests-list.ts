import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatDay, tryParseDay } from '@shared/calendar/index';
import { createCore } from '../../electron/core/index';
import { Connection, type SqlValue } from '../../electron/core/db/connection';
import { insertTables } from '../lib/insert';
import { repeat, round } from '../lib/timing';
import type { Workload } from '../types';
import { mulberry32 as prng } from '../../tests/generators/random';

// Issue 11 "Measure": the provider's incoming list (待我审批) with 5,000 requests and their clocks,
// first page through dispatch, beside the bare SQLite query of the same page.
const REQUESTS = Number(process.env.BENCH_REQUESTS_LIST ?? 5_000);
const PAGE = 50;
const DEPARTMENT = { name: '伊川县数据局', code: '12320100671322000Q' };

/** Incoming requests forwarded through 2026, two in five decided; each with its state changes (the clocks' events). */
async function seed(dir: string): Promise<void> {
  const rnd = prng(11);
  const first = tryParseDay('2026-01-05')!;
  const requests: Record<string, SqlValue>[] = [];
  const events: Record<string, SqlValue>[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const id = randomUUID();
    const day = first + Math.floor(rnd() * 340);
    const at = (d: number) => `${formatDay(d)}T01:30:00.000Z`;
    const decided = rnd() < 0.4;
    requests.push({
      id, role: 'provider', state: decided ? 'approved' : 'providerReview', entry_id: `e${i % 300}`, entry_name: `资源${i % 300}`, entry_code: '', share_type: 'conditional',
      requester_code: '11410329MB0000001X', requester_name: '伊川县公安局', provider_code: DEPARTMENT.code, provider_name: DEPARTMENT.name,
      fields: JSON.stringify({ items: ['姓名', '公民身份号码'], purpose: `第${i}号业务核验`, scenario: '社会救助审核' }), platform_revision: decided ? 2 : 1,
      submitted_at: at(day), due_date: formatDay(day + 7), created_at: at(day), updated_at: at(day),
    });
    const ev = (n: number, from: string, to: string, d: number, rev: number | null) =>
      events.push({ request_id: id, event_id: `e${n}`, type: 'x', outcome: 'applied', from_state: from, to_state: to, at: at(d), platform_revision: rev, actor: 'bench' });
    ev(0, '', 'providerReview', day, 1);
    if (decided) ev(1, 'providerReview', 'approved', day + 1 + Math.floor(rnd() * 8), 2);
  }
  await insertTables(join(dir, 'workspace.db'), [['share_requests', requests], ['share_request_events', events]]);
}

export default {
  name: 'requests.list.incomingFirstPage',
  goal: 50,
  unit: 'ms',
  description: `dispatch('requests.list', { role: 'provider', limit: ${PAGE} }) over ${REQUESTS.toLocaleString('en')} incoming requests with stored clocks: the first page by due day with the total and counts (bare: the same page's SELECT and count on sqlite3)`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-requests-list-'));
    const timeSource = { now: () => new Date('2026-12-21T02:00:00.000Z') };
    try {
      const setup = createCore({ workspaceDir: dir, timeSource, sync: { auto: false }, reminders: { intervalMs: 0 }, validateOutputs: false });
      await setup.ready;
      const r = await setup.dispatch('workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      await setup.close();
      await seed(dir);
      const core = createCore({ workspaceDir: dir, timeSource, sync: { auto: false }, reminders: { intervalMs: 0 }, validateOutputs: false });
      await core.ready;
      type Page = { requests: { id: string }[]; total: number; nextCursor?: string };
      const list = async (input: Record<string, unknown>) => {
        const out = await core.dispatch('requests.list', input);
        if (!out.ok) throw new Error(JSON.stringify(out.error));
        return out.value as Page;
      };
      // The seeded rows have no stored clocks yet: the first list derives and stores them once (not measured).
      const t0 = performance.now();
      const firstEver = await list({ role: 'provider', limit: PAGE });
      const firstListMs = performance.now() - t0;
      if (firstEver.total !== REQUESTS || firstEver.requests.length !== PAGE) throw new Error(`unexpected first page: ${firstEver.total} / ${firstEver.requests.length}`);
      const cpu: number[] = [];
      const app = await repeat({ runs: 40, warmup: 5 }, async () => {
        const c0 = process.cpuUsage();
        const t1 = performance.now();
        await list({ role: 'provider', limit: PAGE });
        const ms = performance.now() - t1;
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        return ms;
      });
      // A page deep in the list costs what the first does (keyset, not offset).
      let cursor = firstEver.nextCursor;
      for (let i = 0; i < 40 && cursor; i++) cursor = (await list({ role: 'provider', limit: PAGE, cursor })).nextCursor;
      const deep = await repeat({ runs: 20, warmup: 2 }, async () => {
        const t1 = performance.now();
        await list({ role: 'provider', limit: PAGE, cursor });
        return performance.now() - t1;
      });
      const pending = await repeat({ runs: 20, warmup: 2 }, async () => {
        const t1 = performance.now();
        await list({ role: 'provider', limit: PAGE, states: ['providerReview', 'renewalRequested'] });
        return performance.now() - t1;
      });
      const whole = await repeat({ runs: 5, warmup: 1 }, async () => {
        const t1 = performance.now();
        await list({ role: 'provider' });
        return performance.now() - t1;
      });
      await core.close();
      const conn = await Connection.open(join(dir, 'workspace.db'));
      await conn.exec('PRAGMA journal_mode = WAL');
      const bare = await repeat({ runs: 40, warmup: 5 }, async () => {
        const t1 = performance.now();
        await conn.get("SELECT count(*) AS n FROM share_requests WHERE role = 'provider'");
        await conn.all(`SELECT * FROM share_requests WHERE role = 'provider' ORDER BY list_due, id LIMIT ${PAGE + 1}`);
        return performance.now() - t1;
      });
      await conn.close();
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      return {
        value: round(app.median),
        bare: round(bare.median),
        detail: {
          p95: round(app.p95),
          bareP95: round(bare.p95),
          cpuMedian: round(median(cpu)),
          requests: REQUESTS,
          page: PAGE,
          deepPageMedian: round(deep.median),
          pendingFilterMedian: round(pending.median),
          wholeListMedian: round(whole.median),
          firstListEverMs: round(firstListMs),
        },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies Workload;
