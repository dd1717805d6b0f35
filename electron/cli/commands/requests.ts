import { readFileSync } from 'node:fs';
import type { RequestView } from '@shared/ipc/channels/requests';
import type { Output } from '@shared/ipc/contract';
import type { Command, CommandContext } from '../framework';
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

async function dispatch(ctx: CommandContext, channel: string, input: unknown): Promise<{ value?: unknown; code?: number }> {
  const core = await ctx.core();
  const r = await core.dispatch(channel, input);
  return r.ok ? { value: r.value } : { code: reportError(ctx, r.error) };
}

function oneId(ctx: CommandContext): string {
  const [id, ...rest] = ctx.args;
  if (!id) throw new UsageError('a request ID is required');
  if (rest.length) throw new UsageError(`unexpected argument: ${rest[0]}`);
  return id;
}

const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** One line per request for a person; the whole view with --json. */
function printRequest(ctx: CommandContext, r: RequestView, verb: string): number {
  ctx.io.out(ctx.json ? JSON.stringify(r) : `${verb} ${r.id} ${r.state} ${r.entryName}${r.dueDate ? ` (due ${r.dueDate})` : ''}`);
  return EXIT.ok;
}

/** `requests add --json-file F`: a draft request from a file holding the `requests.create` input ({entryId, fields}). */
export const requestsAdd: Command = {
  name: 'requests add',
  summary: 'Create a draft share request from a JSON file (the requests.create input: {"entryId", "fields"})',
  usage: 'requests add --json-file FILE',
  valueFlags: ['json-file'],
  needsWorkspace: true,
  async run(ctx) {
    const file = text(ctx.flags['json-file']);
    if (!file) throw new UsageError('--json-file is required');
    if (ctx.args.length) throw new UsageError(`unexpected argument: ${ctx.args[0]}`);
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      const message = `cannot read ${file} as JSON: ${(err as Error).message}`;
      if (ctx.json) ctx.io.out(JSON.stringify({ errors: [{ path: '', code: 'validation.invalid', message }] }));
      else ctx.io.err(message);
      return EXIT.validation;
    }
    const r = await dispatch(ctx, 'requests.create', input);
    return r.code ?? printRequest(ctx, r.value as RequestView, 'added');
  },
};

/** `requests submit ID`: checks the request (sealed form where the profile requires it) and queues it for the next sync. */
export const requestsSubmit: Command = {
  name: 'requests submit',
  summary: 'Submit a draft request: checked, then queued for the next sync',
  usage: 'requests submit ID',
  needsWorkspace: true,
  async run(ctx) {
    const r = await dispatch(ctx, 'requests.submit', { id: oneId(ctx) });
    return r.code ?? printRequest(ctx, r.value as RequestView, 'queued');
  },
};

/** `requests show ID`: everything both sides see of a request — fields, deadlines, decision, delivery, dispute — and its history, as JSON. */
export const requestsShow: Command = {
  name: 'requests show',
  summary: 'Show one request as JSON: its fields, deadlines, decision, delivery, dispute and history',
  usage: 'requests show ID',
  needsWorkspace: true,
  async run(ctx) {
    const id = oneId(ctx);
    const view = await dispatch(ctx, 'requests.get', { id });
    if (view.code !== undefined) return view.code;
    const history = await dispatch(ctx, 'requests.history', { id });
    if (history.code !== undefined) return history.code;
    ctx.io.out(JSON.stringify({ request: view.value, history: (history.value as Output<'requests.history'>).events }));
    return EXIT.ok;
  },
};

/** `requests decide ID --approve [--conditions T] [--valid-until D] | --refuse --reason T`: the provider's decision, queued. */
export const requestsDecide: Command = {
  name: 'requests decide',
  summary: 'Decide an incoming request: --approve [--conditions TEXT] [--desensitisation TEXT] [--valid-until DATE] or --refuse --reason TEXT',
  usage: 'requests decide ID --approve [--conditions TEXT] [--desensitisation TEXT] [--valid-until YYYY-MM-DD] | --refuse --reason TEXT',
  valueFlags: ['conditions', 'desensitisation', 'valid-until', 'reason'],
  needsWorkspace: true,
  async run(ctx) {
    const id = oneId(ctx);
    const approve = ctx.flags.approve === true;
    const refuse = ctx.flags.refuse === true;
    if (approve === refuse) throw new UsageError('exactly one of --approve and --refuse is required');
    const { conditions, desensitisation, reason } = { conditions: text(ctx.flags.conditions), desensitisation: text(ctx.flags.desensitisation), reason: text(ctx.flags.reason) };
    const validUntil = text(ctx.flags['valid-until']);
    if (approve && reason !== undefined) throw new UsageError('--reason goes with --refuse (an approval takes --conditions)');
    if (refuse && reason === undefined) throw new UsageError('--refuse needs --reason TEXT');
    if (refuse && (conditions !== undefined || desensitisation !== undefined || validUntil !== undefined)) throw new UsageError('--conditions, --desensitisation and --valid-until go with --approve');
    const input = approve
      ? { id, decision: 'approve', ...(conditions !== undefined ? { conditions } : {}), ...(desensitisation !== undefined ? { desensitisation } : {}), ...(validUntil !== undefined ? { validUntil } : {}) }
      : { id, decision: 'reject', ...(reason !== undefined ? { reason } : {}) };
    const core = await ctx.core();
    const r = await core.dispatch('requests.decide', input);
    if (r.ok) return printRequest(ctx, r.value as RequestView, approve ? 'approved' : 'refused');
    // A reason shorter than the profile asks is the reason field's fault: a validation error (exit 2).
    if (r.error.code === 'REQUEST_REASON_REQUIRED') {
      return reportError(ctx, { ...r.error, code: 'VALIDATION', details: { issues: [{ path: 'reason', code: 'validation.requestReasonTooShort', message: r.error.message }] } });
    }
    return reportError(ctx, r.error);
  },
};

/**
 * `authorisations list [--role R] [--expiring]`: grants in force (by us and to us) with their expiry;
 * --expiring keeps those expired or in their expiry reminder period: the profile's working days
 * before the end, on the workspace calendar, as the reminders count them (the core gives the day).
 */
export const authorisationsList: Command = {
  name: 'authorisations list',
  summary: "List authorisations with their expiry (JSON); --expiring keeps those expired or within the profile's reminder period before their end",
  usage: 'authorisations list [--role requester|provider] [--expiring]',
  valueFlags: ['role'],
  needsWorkspace: true,
  async run(ctx) {
    const role = ctx.flags.role;
    if (role !== undefined && (typeof role !== 'string' || !ROLES.includes(role))) throw new UsageError('--role must be requester or provider');
    if (ctx.args.length) throw new UsageError(`unexpected argument: ${ctx.args[0]}`);
    const r = await dispatch(ctx, 'authorisations.list', role ? { role } : {});
    if (r.code !== undefined) return r.code;
    const { today, authorisations } = r.value as Output<'authorisations.list'>;
    const rows = authorisations
      .map((a) => ({
        id: a.request.id,
        role: a.request.role,
        state: a.request.state,
        entryId: a.request.entryId,
        entryName: a.request.entryName,
        requester: a.request.requesterName,
        provider: a.request.providerName,
        expiresAt: a.expiresAt ?? null,
        expiring: a.request.state === 'expired' || (!!a.expiryReminderFrom && today >= a.expiryReminderFrom),
        expiryReminderFrom: a.expiryReminderFrom ?? null,
        lastUsedAt: a.request.lastUsedAt ?? null,
        seasonal: a.request.seasonal,
        revocable: a.revocable,
        revocableSince: a.revocableSince ?? null,
      }))
      .filter((a) => ctx.flags.expiring !== true || a.expiring);
    ctx.io.out(JSON.stringify({ today, authorisations: rows }));
    return EXIT.ok;
  },
};
