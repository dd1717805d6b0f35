import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeDeadlines, formatDay, profileCalendar, tryParseDay } from '@shared/calendar/index';
import { createCore } from '../../electron/core/index';
import { Connection, type SqlValue } from '../../electron/core/db/connection';
import { OVERRIDE_2027 } from '../lib/schedule-2027';
import { repeat, round } from '../lib/timing';
import type { Workload } from '../types';
import { mulberry32 as prng } from '../../tests/generators/random';
import { insertTables, storeDeadlinesBare } from '../lib/insert';

// Issue 12 "Measure", through the core: 10,000 entries with a change under way (伊川: 10 working
// days to request the update, 5 for the review), every open change deadline recomputed and stored
// after the 2027 schedule arrives (stored in calendar_schedules, as sync's pull stores it).
const ENTRIES = Number(process.env.BENCH_CHANGE_ENTRIES ?? 10_000);
const DEPARTMENT = { name: '伊川县数据局', code: '12320100671322000Q' };


/** Entries being changed since a day of December 2026, a third of them already submitted for review. */
async function seed(dir: string): Promise<void> {
  const rnd = prng(12);
  const first = tryParseDay('2026-12-01')!;
  const entries: Record<string, SqlValue>[] = [];
  const chains: Record<string, SqlValue>[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const id = `e${String(i).padStart(6, '0')}`;
    const day = first + Math.floor(rnd() * 30);
    const at = (d: number) => `${formatDay(d)}T01:30:00.000Z`;
    const requested = rnd() < 0.33;
    entries.push({ id, sequence: i + 1, code: `C-${i}`, name: `资源${i}`, kind: 'data', provider: DEPARTMENT.name, summary: '摘要', format_class: 'database', format_type: 'KingbaseES', share_type: 'conditional', open_type: 'none', update_cycle: 'daily', state: requested ? 'submitted' : 'changing', revision: 3, created_at: at(day), updated_at: at(day) });
    const events = [['changed', at(day)], ...(requested ? [['updateRequested', at(day + 3)]] : [])];
    chains.push({ entry_id: id, reason: 'change', deadline_events: JSON.stringify(events), deadlines_open: 1, deadlines_stale: 1 });
  }
  await insertTables(join(dir, 'workspace.db'), [['catalogue_entries', entries], ['catalogue_change_deadlines', chains]]);
}

export default {
  name: 'catalogue.recomputeChangeDeadlines',
  goal: 200,
  unit: 'ms',
  description: `catalogue.recomputeChangeDeadlines through the core over ${ENTRIES.toLocaleString('en')} entries with a change under way after the 2027 schedule arrives: every open change deadline recomputed and stored in one transaction (bare: SELECT of the chains + computeDeadlines + multi-row UPDATE in one transaction)`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-change-'));
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
      const ok = async (channel: string) => {
        const out = await core.dispatch(channel, {});
        if (!out.ok) throw new Error(JSON.stringify(out.error));
        return out.value as { recomputed?: number; changed?: number };
      };
      // The seeded chains have no stored deadlines yet: computed once before measuring.
      await ok('catalogue.recomputeChangeDeadlines');
      let n = 0;
      let recomputed = 0;
      const changed: number[] = [];
      const cpu: number[] = [];
      const bareCpu: number[] = [];
      const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
      const app = await repeat({ runs: 10, warmup: 2 }, async () => {
        const conn = await Connection.open(join(dir, 'workspace.db'));
        await conn.exec('PRAGMA busy_timeout = 10000');
        await conn.run(
          'INSERT INTO calendar_schedules (year, body, seq, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET body = excluded.body, seq = excluded.seq, received_at = excluded.received_at',
          [OVERRIDE_2027.year, JSON.stringify(OVERRIDE_2027), ++n, '2026-12-21T00:00:00Z'],
        );
        await conn.close();
        const c0 = process.cpuUsage();
        const t1 = performance.now();
        const out = await ok('catalogue.recomputeChangeDeadlines');
        const ms = performance.now() - t1;
        cpu.push(cpuMs(process.cpuUsage(c0)));
        recomputed = out.recomputed ?? 0;
        changed.push(out.changed ?? 0);
        return ms;
      });
      await core.close();
      if (recomputed !== ENTRIES) throw new Error(`expected ${ENTRIES} recomputed, got ${recomputed}`);
      const conn = await Connection.open(join(dir, 'workspace.db'));
      const bare = await repeat({ runs: 10, warmup: 2 }, async () => {
        const c0 = process.cpuUsage();
        const t1 = performance.now();
        const calendar = profileCalendar('yichuan', { overrides: [OVERRIDE_2027] });
        const rows = await conn.all<{ entry_id: string; deadline_events: string }>('SELECT entry_id, deadline_events FROM catalogue_change_deadlines WHERE deadlines_open = 1');
        const updates: SqlValue[] = [];
        for (const row of rows) {
          const events = (JSON.parse(row.deadline_events) as [string, string][]).map(([type, at]) => ({ type, at }));
          const deadlines = computeDeadlines('yichuan', { subject: 'catalogueUpdate', events }, calendar, '2026-12-21');
          updates.push(row.entry_id, JSON.stringify(deadlines.map((d) => [d.step, d.start, d.due, d.end ?? null, d.calendarCovered ? 1 : 0, d.status])));
        }
        await storeDeadlinesBare(conn, 'catalogue_change_deadlines', 'entry_id', updates);
        bareCpu.push(cpuMs(process.cpuUsage(c0)));
        return performance.now() - t1;
      });
      await conn.close();
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      return {
        value: round(app.median),
        bare: round(bare.median),
        detail: { p95: round(app.p95), bareP95: round(bare.p95), cpuMedian: round(median(cpu)), bareCpuMedian: round(median(bareCpu)), recomputed, changedMedian: median(changed) },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies Workload;
