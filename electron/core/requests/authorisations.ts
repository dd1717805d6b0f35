import { randomUUID } from 'node:crypto';
import { unusedRevocationDate } from '@shared/calendar/index';
import { AUTHORISATION_RULES, expiresSoon, expiryReminderFrom } from '@shared/domain/authorisation-rules';
import { AppError } from '@shared/ipc/errors';
import type { AuthorisationView } from '@shared/ipc/channels/authorisations';
import type { RequestFields } from '@shared/domain/request';
import type { CoreContext, HandlerMap } from '../context';
import type { DeadlineSource, DueItem } from '../deadlines/reminders';
import { enqueue } from '../sync/public';
import { requestEnv } from './env';
import { isSuspended, lifecycleOf, storedScenarios, usageOf } from './lifecycle';
import { insertRequest, loadRequest, REQUEST_ENTITY, requestEvents, type RequestRow } from './repository';
import { requestView, type ViewContext } from './view';
import { auditSummary } from '@shared/i18n/audit-action';

type AuthorisationChannel =
  | 'authorisations.list'
  | 'authorisations.setSeasonal'
  | 'authorisations.revoke'
  | 'scenarios.list'
  | 'requests.useScenario'
  | 'requests.renew'
  | 'disputes.escalate'
  | 'disputes.list';

const GRANTED = ['active', 'expired', 'renewalRequested'];

/**
 * The day from which an unused grant may be revoked (《伊川县政务数据资源共享管理暂行办法》第二十九条:
 * unused for more than three months, seasonal use excepted), counted from the last day of use the
 * platform reported or, never used, from delivery. The provider proposes and applies it
 * (`authorisations.revoke`); the platform tells the requester.
 */
export function revocableSince(profile: Parameters<typeof unusedRevocationDate>[0], row: Pick<RequestRow, 'last_used_at' | 'updated_at' | 'seasonal'>, deliveredAt: string | undefined): string | undefined {
  if (row.seasonal) return undefined;
  return unusedRevocationDate(profile, row.last_used_at ?? deliveredAt ?? row.updated_at);
}

/**
 * The first day of an authorisation's expiry reminder period, by the profile's working days on the
 * workspace calendar (any dated grant: the CLI's --expiring counts a renewal under way too); `soon`
 * only for an active one (what the reminders announce).
 */
export function expiryReminder(row: Pick<RequestRow, 'state' | 'valid_until'>, vc: Pick<ViewContext, 'profile' | 'calendar' | 'today'>): { from?: string; soon: boolean } {
  if (!row.valid_until) return { soon: false };
  const from = expiryReminderFrom(vc.calendar, row.valid_until, AUTHORISATION_RULES[vc.profile].expiryReminderWorkingDays);
  return { from, soon: row.state === 'active' && expiresSoon(vc.today, row.valid_until, from) };
}

/** Active authorisations in their expiry reminder period, for the reminders (both sides). */
export const authorisationExpirySource: DeadlineSource = {
  async dueItems(db, dc) {
    const items: DueItem[] = [];
    for (const r of await db.all<RequestRow>("SELECT * FROM share_requests WHERE state = 'active' AND valid_until IS NOT NULL")) {
      const e = expiryReminder(r, dc);
      if (e.soon) items.push({ subject: 'authorisation', id: r.id, title: r.entry_name, step: 'authorisationExpiry', due: r.valid_until!, status: 'dueSoon', calendarCovered: true });
    }
    return items;
  },
};

/** Authorisations (active grants), expiry, usage, seasonal use, suspension, revocation, renewal, scenarios, and disputes. */
export function authorisationHandlers(ctx: CoreContext): HandlerMap<AuthorisationChannel> {
  const { env, vc, view, changed, act } = requestEnv(ctx);
  const deliveredAt = async (id: string) => (await requestEvents(env().db, id)).filter((e) => e.outcome === 'applied' && e.to_state === 'active').at(-1)?.at;

  return {
    'authorisations.list': async ({ role }) => {
      const { db, profile } = env();
      const c = await vc();
      const rows = await db.all<RequestRow>(
        `SELECT * FROM share_requests WHERE state IN (${GRANTED.map(() => '?').join(',')}) ${role ? 'AND role = ?' : ''} ORDER BY valid_until, id`,
        [...GRANTED, ...(role ? [role] : [])],
      );
      const authorisations: AuthorisationView[] = [];
      for (const r of rows) {
        const since = r.state === 'active' ? revocableSince(profile, r, await deliveredAt(r.id)) : undefined;
        const expiry = expiryReminder(r, c);
        authorisations.push({
          request: await requestView(db, r, c),
          ...(r.valid_until ? { expiresAt: r.valid_until } : {}),
          expiresSoon: expiry.soon,
          ...(expiry.from ? { expiryReminderFrom: expiry.from } : {}),
          suspended: isSuspended(lifecycleOf(r)),
          usage: await usageOf(db, r.id),
          revocable: !!since && since <= c.today,
          ...(since ? { revocableSince: since } : {}),
        });
      }
      return { today: c.today, authorisations };
    },

    // The requester's declaration travels to the platform; the local flag follows at once and the
    // platform's answer (its feed) confirms it for both sides.
    'authorisations.setSeasonal': async ({ id, seasonal, reason }) => {
      const { now } = env();
      await ctx.write(async (tx, audit) => {
        const row = await loadRequest(tx, id);
        if (row.role !== 'requester') throw new AppError('REQUEST_WRONG_ROLE', { role: row.role });
        if (!GRANTED.includes(row.state)) throw new AppError('REQUEST_NOT_ACTIVE', { state: row.state });
        const l = lifecycleOf(row);
        const next = { ...l, ...(seasonal ? { seasonal: { reason: reason!, declaredAt: now } } : { seasonal: undefined }) };
        await tx.run('UPDATE share_requests SET seasonal = ?, lifecycle = ?, updated_at = ? WHERE id = ?', [seasonal ? 1 : 0, JSON.stringify(next), now, id]);
        await enqueue(tx, { kind: 'request.declareSeasonal', entityType: REQUEST_ENTITY, entityId: id, payload: seasonal ? { seasonal, reason } : { seasonal } });
        await audit('authorisations.setSeasonal', REQUEST_ENTITY, id, seasonal ? auditSummary('seasonal', { name: row.entry_name, reason: reason ?? '' }) : auditSummary('notSeasonal', { name: row.entry_name }));
      });
      changed(id, 'seasonal');
      return view(id);
    },

    // Revoked here at once; the platform is told by `request.revoke` in the same transaction.
    'authorisations.revoke': async ({ id, reason }) =>
      act(id, 'revoke', {
        note: reason,
        after: (tx) => enqueue(tx, { kind: 'request.revoke', entityType: REQUEST_ENTITY, entityId: id, payload: { reason } }).then(() => undefined),
      }),

    'scenarios.list': async () => {
      const c = await vc();
      return { today: c.today, scenarios: await storedScenarios(env().db) };
    },

    'requests.useScenario': async ({ id, scenarioId }) => {
      const { now } = env();
      await ctx.write(async (tx, audit) => {
        const row = await loadRequest(tx, id);
        if (row.role !== 'requester') throw new AppError('REQUEST_WRONG_ROLE', { role: row.role });
        if (row.state !== 'draft') throw new AppError('REQUEST_NOT_EDITABLE', { state: row.state });
        if (scenarioId && !(await tx.get('SELECT 1 AS ok FROM scenarios WHERE id = ?', [scenarioId]))) throw new AppError('NOT_FOUND');
        const l = lifecycleOf(row);
        const next = { ...l, scenarioId: scenarioId ?? undefined };
        await tx.run('UPDATE share_requests SET lifecycle = ?, updated_at = ? WHERE id = ?', [JSON.stringify(next), now, id]);
        await audit('requests.useScenario', REQUEST_ENTITY, id, `${row.entry_name}: ${scenarioId ?? '-'}`);
      });
      changed(id, 'scenario');
      return view(id);
    },

    /**
     * A renewal is a request of its own: a draft with the old one's fields, linked to it (`renews`),
     * submitted like any request. The old authorisation stays in force until the renewal is decided.
     */
    'requests.renew': async ({ id, reason }) => {
      const { now } = env();
      const newId = randomUUID();
      await ctx.write(async (tx, audit) => {
        const old = await loadRequest(tx, id);
        if (old.role !== 'requester') throw new AppError('REQUEST_WRONG_ROLE', { role: old.role });
        if (old.state !== 'active' && old.state !== 'expired') throw new AppError('REQUEST_TRANSITION', { from: old.state, to: 'renewalRequested', event: 'renew' });
        const fields = JSON.parse(old.fields) as Partial<RequestFields>;
        await insertRequest(tx, { ...old, id: newId, state: 'draft', platform_revision: 0, fields: JSON.stringify(fields), created_at: now, updated_at: now, submitted_at: null, decision: null, valid_until: null, due_date: null, refusal: null });
        await tx.run('UPDATE share_requests SET lifecycle = ? WHERE id = ?', [JSON.stringify({ renews: id }), newId]);
        await tx.run("INSERT INTO share_request_events (request_id, event_id, type, outcome, from_state, to_state, at, actor, note) VALUES (?, 'created', 'create', 'applied', '', 'draft', ?, ?, ?)", [
          newId,
          now,
          ctx.actor,
          reason ?? null,
        ]);
        await audit('requests.renew', REQUEST_ENTITY, newId, reason ? auditSummary('renewsWithReason', { name: old.entry_name, id, reason }) : auditSummary('renews', { name: old.entry_name, id }));
      });
      changed(newId, 'renew');
      return view(newId);
    },

    'disputes.escalate': async ({ id, reason }) => {
      const { db, now } = env();
      const before = await view(id);
      // A refusal the authority upheld is settled: the platform takes no second escalation.
      const escalatable = (before.state === 'rejected' || before.overdue) && !before.dispute?.ruling;
      if (!escalatable) throw new AppError('REQUEST_NOT_ESCALATABLE', { state: before.state });
      const disputeId = randomUUID();
      const history = await requestEvents(db, id);
      const request = await act(id, 'escalate', {
        role: 'requester',
        note: reason,
        after: async (tx) => {
          await enqueue(tx, { kind: 'request.escalate', entityType: REQUEST_ENTITY, entityId: id, payload: { reason } });
          await tx.run('INSERT INTO disputes (id, request_id, reason, record, at, actor) VALUES (?, ?, ?, ?, ?, ?)', [
            disputeId,
            id,
            reason,
            JSON.stringify({ request: before, history, overdue: before.overdue }),
            now,
            ctx.actor,
          ]);
        },
      });
      return { disputeId, request };
    },

    'disputes.list': async () => {
      const rows = await env().db.all<{ id: string; request_id: string; reason: string; record: string; at: string; actor: string }>('SELECT * FROM disputes ORDER BY at DESC, id');
      return { disputes: rows.map((r) => ({ id: r.id, requestId: r.request_id, reason: r.reason, at: r.at, actor: r.actor, record: JSON.parse(r.record) as unknown })) };
    },
  };
}

/** What `request.create` carries of the lifecycle: the authorisation renewed, the scenario named. */
export function lifecycleCreatePayload(row: Pick<RequestRow, 'lifecycle'>): { renews?: string; scenarioId?: string } {
  const l = lifecycleOf(row);
  return { ...(l.renews ? { renews: l.renews } : {}), ...(l.scenarioId ? { scenarioId: l.scenarioId } : {}) };
}

