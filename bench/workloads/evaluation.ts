import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/index';
import { Connection, valuesPlaceholders, type SqlValue } from '../../electron/core/db/connection';
import { repeat, round } from '../lib/timing';
import type { Workload } from '../types';
import { mulberry32 as prng } from '../../tests/generators/random';

// Issue 13 "Measure": a department with 2,000 resources and a year of daily metrics. The days are
// generated and summed per month as the platform sends them (evaluation_months), then the dashboard
// is read through dispatch; bare: the same two GROUP BY queries on sqlite3 alone.
const RESOURCES = Number(process.env.BENCH_EVALUATION_RESOURCES ?? 2_000);
const DEPARTMENT = { name: '伊川县数据局', code: '12320100671322000Q' };
const CYCLES = ['daily', 'monthly', 'quarterly', 'yearly'] as const;

async function insert(conn: Connection, table: string, cols: readonly string[], rows: SqlValue[][]): Promise<void> {
  const per = Math.floor(30_000 / cols.length);
  for (let i = 0; i < rows.length; i += per) {
    const batch = rows.slice(i, i + per);
    await conn.run(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${valuesPlaceholders(batch.length, cols.length)}`, batch.flat());
  }
}

/** A year (2025-12 … 2026-11) of daily checks, calls and departments per resource, summed per month. */
export async function seedEvaluation(dir: string, resources = RESOURCES): Promise<void> {
  const rnd = prng(13);
  const res: SqlValue[][] = [];
  const months: SqlValue[][] = [];
  for (let i = 0; i < resources; i++) {
    const id = `r${String(i).padStart(5, '0')}`;
    res.push([id, `410329-${String(i).padStart(6, '0')}`, `资源${i}`, CYCLES[i % CYCLES.length]!, 60 + Math.floor(rnd() * 41), 1000 + i, 180_000 + i]);
    for (let m = 0; m < 12; m++) {
      const month = m === 0 ? '2025-12' : `2026-${String(m).padStart(2, '0')}`;
      let days = 0, checks = 0, failures = 0, calls = 0, depDays = 0;
      for (let d = 0; d < 30; d++) {
        days++;
        checks += 96;
        if (rnd() < 0.05) failures += Math.floor(rnd() * 20);
        const deps = Math.floor(rnd() * 4);
        depDays += deps;
        calls += deps * Math.floor(rnd() * 30);
      }
      months.push([id, month, days, checks, failures, calls, depDays, 1, rnd() < 0.9 ? 1 : 0, 0, rnd() < 0.02 ? 1 : 0, 0, 0]);
    }
  }
  const conn = await Connection.open(join(dir, 'workspace.db'));
  try {
    await conn.exec('BEGIN');
    await insert(conn, 'evaluation_resources', ['entry_id', 'code', 'name', 'update_cycle', 'catalogue_score', 'rows', 'bytes'], res);
    await insert(conn, 'evaluation_months', ['entry_id', 'month', 'days', 'checks', 'failures', 'calls', 'department_days', 'due_cycles', 'on_time_cycles', 'upheld_objections', 'review_returns', 'notices', 'late_notices'], months);
    await insert(conn, 'evaluation_rankings', ['department_code', 'department_name', 'resources', 'score', 'rank'], [[DEPARTMENT.code, DEPARTMENT.name, resources, 80, 1]]);
    await insert(conn, 'evaluation_meta', ['key', 'value'], [['from', '2025-12-01'], ['to', '2026-11-30'], ['fetchedAt', '2026-12-01T00:00:00.000Z']]);
    await conn.exec('COMMIT');
  } finally {
    await conn.close();
  }
}

export async function benchCore(dir: string) {
  const timeSource = { now: () => new Date('2026-12-07T02:00:00.000Z') };
  const setup = createCore({ workspaceDir: dir, timeSource, sync: { auto: false }, reminders: { intervalMs: 0 }, validateOutputs: false });
  await setup.ready;
  const r = await setup.dispatch('workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  await setup.close();
  await seedEvaluation(dir);
  const core = createCore({ workspaceDir: dir, timeSource, sync: { auto: false }, reminders: { intervalMs: 0 }, validateOutputs: false });
  await core.ready;
  return core;
}

const dashboard: Workload = {
  name: 'evaluation.dashboard',
  goal: 100,
  unit: 'ms',
  description: `evaluation.dashboard through dispatch: ${RESOURCES.toLocaleString('en')} resources × a year of daily metrics (summed per month), every metric, trends, weakest, ranking, overdue duties (bare: the resources, and the per-resource and per-month GROUP BY queries, on sqlite3)`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-eval-'));
    try {
      const core = await benchCore(dir);
      // CPU time beside wall time: on a shared machine under load, wall time mostly measures the neighbours.
      const cpu: number[] = [];
      const stats = await repeat({ runs: 10, warmup: 2 }, async () => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const out = await core.dispatch('evaluation.dashboard', {});
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        if (!out.ok) throw new Error(JSON.stringify(out.error));
        if ((out.value as { resources: unknown[] }).resources.length !== RESOURCES) throw new Error('wrong size');
        return performance.now() - t0;
      });
      await core.close();
      const conn = await Connection.open(join(dir, 'workspace.db'));
      const sums = 'sum(m.days), sum(m.checks), sum(m.failures), sum(m.calls), sum(m.department_days), sum(m.due_cycles), sum(m.on_time_cycles), sum(m.upheld_objections), sum(m.review_returns), sum(m.notices), sum(m.late_notices)';
      const bare = await repeat({ runs: 10, warmup: 2 }, async () => {
        const t0 = performance.now();
        await conn.all('SELECT * FROM evaluation_resources ORDER BY code');
        await conn.all(`SELECT m.entry_id, ${sums} FROM evaluation_months m WHERE m.month BETWEEN '2025-12' AND '2026-11' GROUP BY m.entry_id`);
        await conn.all(`SELECT m.month, ${sums} FROM evaluation_months m WHERE m.month BETWEEN '2025-12' AND '2026-11' GROUP BY m.month`);
        return performance.now() - t0;
      });
      await conn.close();
      return { value: round(stats.median), bare: round(bare.median), detail: { p95: round(stats.p95), cpuMedian: round([...cpu].sort((a, b) => a - b)[cpu.length >> 1]!), resources: RESOURCES, monthRows: RESOURCES * 12 } };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const report: Workload = {
  name: 'reports.annual',
  goal: 3000,
  unit: 'ms',
  description: `the annual report for ${RESOURCES.toLocaleString('en')} resources with a year of metrics: reports.exportDocx and reports.annualHtml through dispatch, then the HTML printed to PDF by Chromium (the shell uses Electron's printToPDF); bare: the .docx alone built by the docx package from the same sections`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-report-'));
    try {
      const core = await benchCore(dir);
      // The catalogue counted in the report: one entry per resource.
      const conn = await Connection.open(join(dir, 'workspace.db'));
      const rows: SqlValue[][] = [];
      for (let i = 0; i < RESOURCES; i++) rows.push([`r${String(i).padStart(5, '0')}`, i + 1, `410329-${String(i).padStart(6, '0')}`, `资源${i}`, 'data', DEPARTMENT.name, DEPARTMENT.code, '摘要', 'database', 'KingbaseES', i % 3 ? 'conditional' : 'unconditional', 'none', 'monthly', 'published', 1, '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z']);
      await insert(conn, 'catalogue_entries', ['id', 'sequence', 'code', 'name', 'kind', 'provider', 'provider_code', 'summary', 'format_class', 'format_type', 'share_type', 'open_type', 'update_cycle', 'state', 'revision', 'created_at', 'updated_at'], rows);
      await conn.close();
      const { chromium } = await import('playwright');
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      const page = await browser.newPage();
      const ok = async (channel: string, input: unknown) => {
        const out = await core.dispatch(channel, input);
        if (!out.ok) throw new Error(JSON.stringify(out.error));
        return out.value as { html: string };
      };
      const docxMs: number[] = [];
      const stats = await repeat({ runs: 5, warmup: 1 }, async (i) => {
        const t0 = performance.now();
        await ok('reports.exportDocx', { year: 2026, path: join(dir, `report-${i}.docx`) });
        docxMs.push(performance.now() - t0);
        const { html } = await ok('reports.annualHtml', { year: 2026 });
        await page.setContent(html);
        await page.pdf({ path: join(dir, `report-${i}.pdf`), format: 'A4', printBackground: true, preferCSSPageSize: true });
        return performance.now() - t0;
      });
      await browser.close();
      const { reportDocx } = await import('../../electron/core/reports/docx');
      const { reportSections } = await import('../../electron/core/reports/sections');
      const { annualReportData } = await import('../../electron/core/reports/annual');
      const db = await Connection.open(join(dir, 'workspace.db'));
      const data = await annualReportData(db, 2026, DEPARTMENT, '2026-12-07T00:00:00Z', async () => ({ months: 11, values: null, rank: 1, ranked: 1 }));
      const bare = await repeat({ runs: 5, warmup: 1 }, async () => {
        const t0 = performance.now();
        await reportDocx(reportSections(data, 'zh-CN'));
        return performance.now() - t0;
      });
      await db.close();
      await core.close();
      return { value: round(stats.median), bare: round(bare.median), detail: { docxThroughDispatch: round([...docxMs].sort((a, b) => a - b)[docxMs.length >> 1]!), resources: RESOURCES } };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default [dashboard, report];
