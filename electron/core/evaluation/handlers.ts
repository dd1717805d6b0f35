import { chinaDay, formatDay, parseDay } from '@shared/calendar/index';
import { OVERDUE_LISTED, type Dashboard } from '@shared/ipc/channels/evaluation';
import type { CoreContext, HandlerMap } from '../context';
import { dueItems, type DeadlineSource } from '../deadlines/reminders';
import type { SyncEngine } from '../sync/public';
import { storeMetrics } from './cache';
import { dashboardData, type DashboardFilter } from './dashboard';
import { dashboardHtml, dashboardWorkbook } from './export';
import { writeExport } from './files';
import { auditSummary } from '@shared/i18n/audit-action';

type EvaluationChannel = 'evaluation.refresh' | 'evaluation.dashboard' | 'evaluation.export' | 'evaluation.printHtml';

/** The default period: the twelve calendar months up to and including today's. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const start = m === 12 ? `${y}-01-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: start, to: today };
}

/**
 * Evaluation in 统计: pull the department's metrics and the ranking from the platform into the
 * workspace, and build the dashboard from that cache (so it renders offline) with the overdue
 * duties every deadline source holds.
 */
export function evaluationHandlers(ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>, sources: readonly DeadlineSource[]): HandlerMap<EvaluationChannel> {
  /** `every`: the whole overdue list (export, print); the screen gets the earliest and the counts. */
  const dashboard = async (filter: DashboardFilter, every = false): Promise<Dashboard> => {
    const ws = ctx.workspace();
    const info = ws.requireInfo();
    const [data, due] = await Promise.all([dashboardData(ws.db, filter, info.departmentCode), dueItems(ws.db, sources, info.profileId, ws.now(), ctx.calendarOverrides, (dc) => dc.today)]);
    const overdue = due.items.filter((i) => i.status === 'overdue');
    const overdueBySubject: Dashboard['overdueBySubject'] = {};
    for (const i of overdue) overdueBySubject[i.subject] = (overdueBySubject[i.subject] ?? 0) + 1;
    return { ...data, overdue: every ? overdue : overdue.slice(0, OVERDUE_LISTED), overdueCount: overdue.length, overdueBySubject, today: due.today };
  };
  return {
    'evaluation.refresh': async (input) => {
      const ws = ctx.workspace();
      const today = formatDay(chinaDay(ws.now(), 'now'));
      const period = { ...lastTwelveMonths(today), ...(input.from ? { from: input.from } : {}), ...(input.to ? { to: input.to } : {}) };
      if (parseDay(period.from, 'from') > parseDay(period.to, 'to')) period.from = period.to;
      const [metrics, rankings] = await Promise.all([engine.relay('metrics', { query: period }), engine.relay('rankings', { query: period })]);
      const fetchedAt = ws.now();
      await ctx.write(async (tx, audit) => {
        await storeMetrics(tx, { ...period, resources: metrics.resources, months: metrics.months, rankings: rankings.departments }, fetchedAt);
        await audit('evaluation.refresh', 'evaluation', '', auditSummary('evaluationRefresh', { from: period.from, to: period.to, count: metrics.resources.length }));
      });
      ctx.events.emit('workspace.changed', { entity: 'evaluation', action: 'refresh' });
      return { fetchedAt, ...period, resources: metrics.resources.length };
    },
    'evaluation.dashboard': async (filter) => dashboard(filter),
    'evaluation.export': async ({ path, ...filter }) => {
      const d = await dashboard(filter, true);
      const bytes = await dashboardWorkbook(d, ctx.locale);
      return { path: writeExport(path, ['.xlsx'], bytes), resources: d.resources.length };
    },
    'evaluation.printHtml': async (filter) => ({ html: dashboardHtml(await dashboard(filter, true), ctx.locale, ctx.workspace().requireInfo().departmentName) }),
  };
}
