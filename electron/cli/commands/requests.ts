import type { Output } from '@shared/ipc/contract';
import type { Command } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

const ROLES = ['requester', 'provider'];

/** `requests list`: share requests with their deadlines, as JSON (always: the deadlines are the point). */
export const requestsList: Command = {
  name: 'requests list',
  summary: 'List share requests with their deadlines (JSON); --overdue keeps the late ones',
  usage: 'requests list [--role requester|provider] [--overdue]',
  valueFlags: ['role'],
  needsWorkspace: true,
  async run(ctx) {
    const role = ctx.flags.role;
    if (role !== undefined && (typeof role !== 'string' || !ROLES.includes(role))) throw new UsageError('--role must be requester or provider');
    if (ctx.args.length) throw new UsageError(`unexpected argument: ${ctx.args[0]}`);
    const core = await ctx.core();
    const r = await core.dispatch('requests.list', { overdue: ctx.flags.overdue === true, ...(role ? { role } : {}) });
    if (!r.ok) return reportError(ctx, r.error);
    const { today, requests } = r.value as Output<'requests.list'>;
    ctx.io.out(
      JSON.stringify({
        today,
        requests: requests.map((q) => ({
          id: q.id,
          role: q.role,
          state: q.state,
          entryId: q.entryId,
          entryName: q.entryName,
          requester: q.requesterName,
          provider: q.providerName,
          shareType: q.shareType,
          submittedAt: q.submittedAt ?? null,
          dueDate: q.dueDate ?? null,
          overdue: q.overdue,
          dueSoon: q.dueSoon,
          calendarCovered: q.calendarCovered,
          deadlines: q.deadlines.map((c) => ({ step: c.step, start: c.start, due: c.due, status: c.status, ...(c.end ? { end: c.end } : {}), ...(c.late ? { late: true } : {}), calendarCovered: c.calendarCovered })),
        })),
      }),
    );
    return EXIT.ok;
  },
};
