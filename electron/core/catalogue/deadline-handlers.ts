import { findDeadlineRule } from '@shared/profiles/deadlines';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import { deadlineContext, type DeadlineContext } from '../deadlines/stored';
import { changeDeadlines, changeDeadlinesStale, maintenanceDue, maintenanceRule, recomputeChangeDeadlines } from './change-deadlines';
import { auditSummary } from '@shared/i18n/audit-action';

type DeadlineChannel = 'catalogue.changeDeadlines' | 'catalogue.recomputeChangeDeadlines' | 'catalogue.recordMaintenance';

/**
 * Brings the stored change deadlines up to date with the workspace calendar and today, in ONE
 * transaction (a no-op read when nothing changed). Runs when a calendar or profile update arrives,
 * on demand and before the deadlines are read. Derived data: not audited.
 */
export async function recomputeCatalogueDeadlines(ctx: CoreContext): Promise<{ recomputed: number; changed: number; vc: DeadlineContext }> {
  const ws = ctx.workspace();
  const vc = await deadlineContext(ws.db, ws.requireInfo().profileId, ws.now(), ctx.calendarOverrides);
  if (!(await changeDeadlinesStale(ws.db, vc))) return { recomputed: 0, changed: 0, vc };
  const r = await ctx.write((tx) => recomputeChangeDeadlines(tx, vc));
  return { ...r, vc };
}

async function maintenanceView(ctx: CoreContext, vc: DeadlineContext) {
  const m = await maintenanceDue(ctx.workspace().db, vc);
  const rule = maintenanceRule(vc);
  return m && rule ? { ...m, rule: { wording: rule.wording, source: rule.source } } : undefined;
}

export function catalogueDeadlineHandlers(ctx: CoreContext): HandlerMap<DeadlineChannel> {
  return {
    'catalogue.changeDeadlines': async ({ id }) => {
      const { vc } = await recomputeCatalogueDeadlines(ctx);
      // A profile without a change deadline (拱墅, 丽水) keeps chains with nothing to show.
      const entries = (await changeDeadlines(ctx.workspace().db, vc, id)).filter((e) => e.deadlines.length > 0);
      const counts = { running: 0, dueSoon: 0, overdue: 0 };
      for (const e of entries) {
        const open = e.deadlines.filter((d) => d.status !== 'done');
        if (open.some((d) => d.status === 'overdue')) counts.overdue++;
        else if (open.some((d) => d.status === 'dueSoon')) counts.dueSoon++;
        else if (open.length) counts.running++;
      }
      const maintenance = await maintenanceView(ctx, vc);
      return { today: vc.today, entries, counts, ...(maintenance ? { maintenance } : {}) };
    },

    'catalogue.recomputeChangeDeadlines': async () => {
      const { recomputed, changed } = await recomputeCatalogueDeadlines(ctx);
      return { recomputed, changed };
    },

    'catalogue.recordMaintenance': async ({ year }) => {
      const ws = ctx.workspace();
      const vc = await deadlineContext(ws.db, ws.requireInfo().profileId, ws.now(), ctx.calendarOverrides);
      if (!findDeadlineRule(vc.profile, 'catalogueMaintenance')) throw new AppError('STATE_FORBIDS', { state: vc.profile });
      if (year !== Number(vc.today.slice(0, 4))) throw new AppError('VALIDATION', {}, [{ path: 'year', code: 'catalogue.validation.maintenanceYear', params: { year: vc.today.slice(0, 4) } }]);
      await ctx.write(async (tx, audit) => {
        await tx.run('INSERT INTO catalogue_maintenance (year, done_at, actor) VALUES (?, ?, ?) ON CONFLICT (year) DO NOTHING', [year, ws.now(), ctx.actor]);
        await audit('catalogue.recordMaintenance', 'catalogue', String(year), auditSummary('maintenance', { year }));
      });
      ctx.events.emit('workspace.changed', { entity: 'catalogue', action: 'maintenance' });
      return (await maintenanceView(ctx, vc))!;
    },
  };
}
