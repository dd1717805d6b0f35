import type { CoreContext } from '../context';
import { clocksStale, deadlineContext, recomputeOpenClocks, type DeadlineContext } from './stored';

/**
 * Brings the stored clocks up to date with the workspace calendar and today: every open clock
 * computed for another calendar or day is recomputed and stored in ONE transaction. Runs when a
 * calendar or profile update arrives (sync's pull), on demand (`requests.recomputeClocks`) and
 * before a list (a no-op read when nothing changed). Stored clocks are derived data: not audited.
 */
export async function recomputeClocks(ctx: CoreContext): Promise<{ recomputed: number; changed: number; vc: DeadlineContext }> {
  const ws = ctx.workspace();
  const vc = await deadlineContext(ws.db, ws.requireInfo().profileId, ws.now(), ctx.calendarOverrides);
  if (!(await clocksStale(ws.db, vc))) return { recomputed: 0, changed: 0, vc: { ...vc, clocksCurrent: true } };
  const r = await ctx.write((tx) => recomputeOpenClocks(tx, vc));
  return { ...r, vc: { ...vc, clocksCurrent: true } };
}
