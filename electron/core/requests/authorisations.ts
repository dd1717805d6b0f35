import { randomUUID } from 'node:crypto';
import { unusedRevocationDate } from '@shared/calendar/index';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import { enqueue } from '../sync/public';
import { requestEnv } from './env';
import { loadRequest, REQUEST_ENTITY, requestEvents, type RequestRow } from './repository';
import { requestView, todayOf } from './view';

type AuthorisationChannel = 'authorisations.list' | 'authorisations.markUsed' | 'authorisations.setSeasonal' | 'authorisations.revoke' | 'disputes.escalate' | 'disputes.list';

const GRANTED = ['active', 'expired', 'renewalRequested'];

/**
 * The day from which an unused grant may be revoked (伊川 第二十九条: unused for more than three
 * months, seasonal use excepted), counted from the last use or, never used, from delivery.
 */
export function revocableSince(profile: Parameters<typeof unusedRevocationDate>[0], row: Pick<RequestRow, 'last_used_at' | 'updated_at' | 'seasonal'>, deliveredAt: string | undefined): string | undefined {
  if (row.seasonal) return undefined;
  return unusedRevocationDate(profile, row.last_used_at ?? deliveredAt ?? row.updated_at);
}

/** Authorisations (active grants), their use and revocation, and disputes. */
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
      const authorisations = [];
      for (const r of rows) {
        const since = r.state === 'active' ? revocableSince(profile, r, await deliveredAt(r.id)) : undefined;
        authorisations.push({
          request: await requestView(db, r, c),
          ...(r.valid_until ? { expiresAt: r.valid_until } : {}),
          revocable: !!since && since <= c.today,
          ...(since ? { revocableSince: since } : {}),
        });
      }
      return { today: c.today, authorisations };
    },

    'authorisations.markUsed': async ({ id, at }) => {
      const { now } = env();
      const used = at ?? now;
      todayOf(used); // a timestamp without offset or a day that does not exist is refused here
      await ctx.write(async (tx, audit) => {
        const row = await loadRequest(tx, id);
        if (row.state !== 'active') throw new AppError('REQUEST_NOT_ACTIVE', { state: row.state });
        if (!row.last_used_at || row.last_used_at < used) await tx.run('UPDATE share_requests SET last_used_at = ?, updated_at = ? WHERE id = ?', [used, now, id]);
        await audit('authorisations.markUsed', REQUEST_ENTITY, id, `${row.entry_name}: ${used}`);
      });
      changed(id, 'used');
      return view(id);
    },

    'authorisations.setSeasonal': async ({ id, seasonal }) => {
      const { now } = env();
      await ctx.write(async (tx, audit) => {
        const row = await loadRequest(tx, id);
        if (!GRANTED.includes(row.state)) throw new AppError('REQUEST_NOT_ACTIVE', { state: row.state });
        await tx.run('UPDATE share_requests SET seasonal = ?, updated_at = ? WHERE id = ?', [seasonal ? 1 : 0, now, id]);
        await audit('authorisations.setSeasonal', REQUEST_ENTITY, id, `${row.entry_name}: ${seasonal ? 'seasonal' : 'not seasonal'}`);
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
