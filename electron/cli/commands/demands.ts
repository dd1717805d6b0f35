import { DEMAND_STATUSES, type Demand } from '@shared/domain/demand';
import type { DemandSuggestion } from '@shared/ipc/channels/demands';
import type { ZeroUpdateRow } from '@shared/ipc/channels/zero-updates';
import type { Command, CommandContext } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

async function dispatch(ctx: CommandContext, channel: string, input: unknown): Promise<{ ok: true; value: unknown } | { ok: false; code: number }> {
  const core = await ctx.core();
  const r = await core.dispatch(channel, input);
  return r.ok ? { ok: true, value: r.value } : { ok: false, code: reportError(ctx, r.error) };
}

export const demandsList: Command = {
  name: 'demands list',
  summary: 'List the demand list (需求清单), newest first',
  usage: 'demands list [--status pending|matched|requested|satisfied|unsatisfiable|toCatalogue]',
  valueFlags: ['status'],
  needsWorkspace: true,
  async run(ctx) {
    const status = ctx.flags.status;
    if (status !== undefined && (typeof status !== 'string' || !(DEMAND_STATUSES as readonly string[]).includes(status))) {
      throw new UsageError(`--status must be one of ${DEMAND_STATUSES.join(', ')}`);
    }
    const r = await dispatch(ctx, 'demands.list', { ...(status ? { status: [status] } : {}), limit: 500 });
    if (!r.ok) return r.code;
    const { rows, total } = r.value as { rows: Demand[]; total: number };
    if (ctx.json) ctx.io.out(JSON.stringify({ total, demands: rows.map(({ id, number, name, status: s, matchedCode }) => ({ id, number, name, status: s, matchedCode: matchedCode ?? null })) }));
    else for (const d of rows) ctx.io.out(`${d.number}\t${d.status}\t${d.name}\t${d.matchedCode ?? ''}\t${d.id}`);
    return EXIT.ok;
  },
};

export const demandsSuggest: Command = {
  name: 'demands suggest',
  summary: 'Shared catalogue entries that may answer a demand, with the items that matched',
  usage: 'demands suggest ID [--limit N]',
  valueFlags: ['limit'],
  needsWorkspace: true,
  async run(ctx) {
    const [id] = ctx.args;
    if (!id) throw new UsageError('a demand ID is required');
    const limit = ctx.flags.limit === undefined ? 10 : Number(ctx.flags.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError('--limit must be a whole number from 1 to 50');
    const r = await dispatch(ctx, 'demands.suggest', { id, limit });
    if (!r.ok) return r.code;
    const { suggestions } = r.value as { suggestions: DemandSuggestion[] };
    if (ctx.json) ctx.io.out(JSON.stringify({ suggestions: suggestions.map(({ items: _items, ...s }) => s) }));
    else for (const s of suggestions) ctx.io.out(`${s.score}\t${s.code}\t${s.name}\t${s.provider}\t${s.matches.map((m) => m.item).join(',')}\t${s.entryId}`);
    return EXIT.ok;
  },
};

export const zeroUpdatesCommand: Command = {
  name: 'zero-updates',
  summary: 'Entries with their next update or zero-update due date (零更新); --overdue keeps the overdue ones',
  usage: 'zero-updates [--overdue]',
  needsWorkspace: true,
  async run(ctx) {
    const r = await dispatch(ctx, 'zeroUpdates.list', { filter: ctx.flags.overdue ? 'overdue' : 'all' });
    if (!r.ok) return r.code;
    const { rows, counts, today } = r.value as { rows: ZeroUpdateRow[]; counts: Record<string, number>; today: string };
    if (ctx.json) {
      ctx.io.out(JSON.stringify({ today, counts, entries: rows.map((e) => ({ id: e.entryId, code: e.code, name: e.name, status: e.status, dueDate: e.dueDate ?? null, daysOverdue: e.daysOverdue })) }));
    } else {
      for (const e of rows) ctx.io.out(`${e.status}\t${e.dueDate ?? ''}\t${e.code}\t${e.name}\t${e.entryId}`);
      ctx.io.out(`(${counts.overdue ?? 0} overdue of ${counts.tracked ?? 0} tracked, ${today})`);
    }
    return EXIT.ok;
  },
};
