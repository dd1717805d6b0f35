import type { CoreContext } from '../context';
import { deadlinesStale, deadlineContext, recomputeOpenDeadlines, type DeadlineContext } from './stored';

/**
 * Brings the stored deadlines up to date with the workspace calendar and today: every open deadline
 * computed for another calendar or day is recomputed and stored in ONE transaction. Runs when a
 * calendar or profile update arrives (sync's pull), on demand (`requests.recomputeDeadlines`) and
 * before a list (a no-op read when nothing changed). Stored deadlines are derived data: not audited.
 */
export async function recomputeDeadlines(ctx: CoreContext): Promise<{ recomputed: number; changed: number; vc: DeadlineContext }> {
  const ws = ctx.workspace();
  const vc = await deadlineContext(ws.db, ws.requireInfo().profileId, ws.now(), ctx.calendarOverrides);
  if (!(await deadlinesStale(ws.db, vc))) return { recomputed: 0, changed: 0, vc: { ...vc, deadlinesCurrent: true } };
  const r = await ctx.write((tx) => recomputeOpenDeadlines(tx, vc));
  return { ...r, vc: { ...vc, deadlinesCurrent: true } };
}
