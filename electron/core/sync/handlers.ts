import { reviewResultSchema } from '@shared/protocol/index';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import { getEntry } from '../catalogue/read';
import { markSubmitted } from '../catalogue/states';
import { policyView } from '../policy/policy';
import { listConflicts, resolveConflict } from './conflicts';
import type { SyncEngine } from './engine';
import { ENTRY, submitPayload } from './kinds/catalogue';
import { enqueue, listOutbox, outboxCount } from './outbox';

type SyncChannel =
  | 'sync.state'
  | 'sync.run'
  | 'sync.online'
  | 'sync.confirmMassDelete'
  | 'sync.signIn'
  | 'sync.signOut'
  | 'sync.account'
  | 'sync.conflicts'
  | 'sync.resolveConflict'
  | 'outbox.list'
  | 'outbox.answers'
  | 'catalogue.submit'
  | 'catalogue.review'
  | 'review.queue'
  | 'review.entry'
  | 'review.approve'
  | 'review.return'
  | 'review.requests'
  | 'review.decideRequest'
  | 'policy.get';

interface AnswerRow {
  op_id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  status: 'accepted' | 'rejected' | 'conflict';
  revision: number | null;
  code: string | null;
  reason: string | null;
  answered_at: string;
}

export function syncHandlers(ctx: CoreContext, engine: SyncEngine): HandlerMap<SyncChannel> {
  const db = () => ctx.workspace().db;
  return {
    'sync.state': () => engine.state(),
    'sync.run': () => engine.request(),
    'sync.online': async ({ online }) => {
      engine.setOnline(online);
      return engine.state();
    },
    'sync.confirmMassDelete': () => engine.confirmMassDelete(),
    'sync.signIn': (input) => engine.signIn(input),
    'sync.signOut': async () => {
      await engine.signOut();
      return {};
    },
    'sync.account': async () => {
      const account = await engine.account();
      return account ? { account } : {};
    },
    'sync.conflicts': async () => ({ conflicts: await listConflicts(db()) }),
    'sync.resolveConflict': async (input) => {
      await resolveConflict(ctx, input);
      void engine.emitState();
      ctx.events.emit('workspace.changed', { entity: 'conflict', id: String(input.id), action: input.resolution });
      const conflicts = await db().get<{ n: number }>('SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL');
      return { outbox: await outboxCount(db()), conflicts: conflicts?.n ?? 0 };
    },
    'outbox.list': async ({ limit }) => ({ ops: await listOutbox(db(), limit) }),
    'outbox.answers': async ({ status, limit }) => {
      const rows = await db().all<AnswerRow>(
        `SELECT * FROM outbox_answers ${status ? 'WHERE status = ?' : ''} ORDER BY answered_at DESC, op_id LIMIT ?`,
        status ? [status, limit] : [limit],
      );
      return {
        answers: rows.map((r) => ({
          opId: r.op_id,
          kind: r.kind,
          entityType: r.entity_type,
          entityId: r.entity_id,
          status: r.status,
          ...(r.revision !== null ? { revision: r.revision } : {}),
          ...(r.code !== null ? { code: r.code } : {}),
          ...(r.reason !== null ? { reason: r.reason } : {}),
          answeredAt: r.answered_at,
        })),
      };
    },

    'catalogue.submit': async ({ id, revision }) => {
      const ws = ctx.workspace();
      const at = ws.now();
      await ctx.write(async (tx, audit) => {
        const entry = await getEntry(tx, id);
        if (entry.revision !== revision) throw new AppError('CONFLICT', { current: entry.revision, yours: revision });
        if (entry.state !== 'ready') throw new AppError('STATE_FORBIDS', { state: entry.state });
        await markSubmitted(tx, id, { actor: ctx.actor, at });
        await enqueue(tx, { kind: 'catalogue.submit', entityType: ENTRY, entityId: id, payload: submitPayload(entry) as never }, at);
        await audit('catalogue.submit', ENTRY, id, entry.name);
      });
      ctx.events.emit('workspace.changed', { entity: 'catalogue', id, action: 'state' });
      return getEntry(ws.db, id);
    },
    'catalogue.review': async ({ id }) => {
      const row = await db().get<{ body: string }>('SELECT body FROM sync_reviews WHERE entry_id = ?', [id]);
      const review = row ? reviewResultSchema.safeParse(JSON.parse(row.body)) : undefined;
      return review?.success ? { review: review.data } : {};
    },

    'review.queue': async ({ state, offset, limit }) => {
      const r = await engine.relay('reviewEntries', { query: { state, offset, limit } });
      return { total: r.total, entries: r.entries };
    },
    'review.entry': async ({ id }) => ({ entry: (await engine.relay('reviewEntry', { params: { id } })).entry }),
    'review.approve': async ({ id, revision }) => ({ entry: (await engine.relay('approveEntry', { params: { id }, body: { revision } })).entry }),
    'review.return': async ({ id, ...body }) => ({ entry: (await engine.relay('returnEntry', { params: { id }, body })).entry }),
    'review.requests': async ({ state, offset, limit }) => {
      const r = await engine.relay('reviewRequests', { query: { state, offset, limit } });
      return { total: r.total, requests: r.requests };
    },
    'review.decideRequest': async ({ id, ...body }) => ({ request: (await engine.relay('decideRequest', { params: { id }, body })).request }),

    'policy.get': async () => policyView(engine.policy, ctx.locale),
  };
}
