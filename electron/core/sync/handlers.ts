import type { CoreContext, HandlerMap } from '../context';
import { listConflicts, resolveConflict } from './conflicts';
import type { SyncEngine } from './engine';
import { listOutbox, outboxCount } from './outbox';

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
  | 'outbox.count'
  | 'outbox.list'
  | 'outbox.answers';

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

/** Sync's own channels: its state and runs, the account, conflicts, and the outbox. */
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
    'sync.conflicts': async () => ({ conflicts: await listConflicts(engine.registry, db()) }),
    'sync.resolveConflict': async (input) => {
      await resolveConflict(ctx, engine.registry, input);
      void engine.emitState();
      ctx.events.emit('workspace.changed', { entity: 'conflict', id: String(input.id), action: input.resolution });
      const conflicts = await db().get<{ n: number }>('SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL');
      return { outbox: await outboxCount(db()), conflicts: conflicts?.n ?? 0 };
    },
    'outbox.count': async () => ({ count: await outboxCount(db()) }),
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
  };
}
