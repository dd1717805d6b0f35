import { randomUUID } from 'node:crypto';
import { AppError, issuesFromZod } from '@shared/ipc/errors';
import { OPERATIONS, type OperationKind, type OperationPayloadInput } from '@shared/protocol/index';
import type { Database, Tx } from '../db/database';

type Reader = Pick<Database, 'get' | 'all'> | Tx;

export interface NewOperation<K extends OperationKind = OperationKind> {
  kind: K;
  /** The local table's name for what it is about (`catalogue_entry`, `share_request`…). */
  entityType: string;
  entityId: string;
  /** The platform revision this change is based on; by default the last one seen of the entity. */
  baseRevision?: number;
  payload: OperationPayloadInput<K>;
}

export interface OutboxRow {
  seq: number;
  op_id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  base_revision: number | null;
  payload: string;
  created_at: string;
}

/** Listeners told after a transaction that enqueued has finished, keyed by the writer connection. */
const hooks = new WeakMap<object, { db: Database; notify: () => void; pending: boolean }>();

/**
 * Registers what to do after a transaction on `db` wrote to the outbox (emit `outbox.changed`,
 * schedule a debounced sync). The writer connection is the `tx` every transaction gets.
 */
export async function hookOutbox(db: Database, notify: () => void): Promise<void> {
  const writer = await db.exclusive(async (conn) => conn);
  hooks.set(writer, { db, notify, pending: false });
}

/**
 * Queues an operation for the platform inside the caller's transaction (docs/sync.md, guarantee 1):
 * the change and its operation commit together or not at all. The payload is checked against the
 * kind's schema here, so nothing the platform would refuse as malformed is ever queued.
 */
export async function enqueue<K extends OperationKind>(tx: Tx, op: NewOperation<K>, now = new Date().toISOString()): Promise<string> {
  const parsed = OPERATIONS[op.kind].safeParse(op.payload);
  if (!parsed.success) throw new AppError('VALIDATION', {}, issuesFromZod(parsed.error).map((i) => ({ ...i, path: `payload.${i.path}` })));
  const opId = randomUUID();
  const base = op.baseRevision ?? (await platformRevision(tx, op.entityType, op.entityId));
  await tx.run('INSERT INTO outbox (op_id, kind, entity_type, entity_id, base_revision, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    opId,
    op.kind,
    op.entityType,
    op.entityId,
    base,
    JSON.stringify(parsed.data),
    now,
  ]);
  afterCommit(tx);
  return opId;
}

/** Tells the hook once the current transaction is over (committed or rolled back: the count is read fresh). */
export function afterCommit(tx: Tx): void {
  const hook = hooks.get(tx);
  if (!hook || hook.pending) return;
  hook.pending = true;
  // Queued behind the running transaction, so it runs once that one has committed.
  void hook.db
    .exclusive(async () => {})
    .catch(() => {})
    .then(() => {
      hook.pending = false;
      hook.notify();
    });
}

export async function platformRevision(db: Reader, entityType: string, entityId: string): Promise<number> {
  const row = await db.get<{ r: number }>('SELECT platform_revision AS r FROM sync_entities WHERE entity_type = ? AND entity_id = ?', [entityType, entityId]);
  return row?.r ?? 0;
}

export async function setPlatformRevision(tx: Tx, entityType: string, entityId: string, revision: number): Promise<void> {
  await tx.run(
    'INSERT INTO sync_entities (entity_type, entity_id, platform_revision) VALUES (?, ?, ?) ON CONFLICT (entity_type, entity_id) DO UPDATE SET platform_revision = max(platform_revision, excluded.platform_revision)',
    [entityType, entityId, revision],
  );
}

/** `setPlatformRevision` for many entities at once (a first pull of the department's catalogue). */
export async function setPlatformRevisions(tx: Tx, entityType: string, revisions: readonly (readonly [string, number])[]): Promise<void> {
  const BATCH = 300;
  for (let s = 0; s < revisions.length; s += BATCH) {
    const batch = revisions.slice(s, s + BATCH);
    await tx.run(
      `INSERT INTO sync_entities (entity_type, entity_id, platform_revision) VALUES ${batch.map(() => '(?, ?, ?)').join(',')} ON CONFLICT (entity_type, entity_id) DO UPDATE SET platform_revision = max(platform_revision, excluded.platform_revision)`,
      batch.flatMap(([id, revision]) => [entityType, id, revision]),
    );
  }
}

export async function outboxCount(db: Reader): Promise<number> {
  return (await db.get<{ n: number }>('SELECT count(*) AS n FROM outbox'))?.n ?? 0;
}

export async function hasPendingOp(db: Reader, entityType: string, entityId: string): Promise<boolean> {
  return !!(await db.get('SELECT 1 FROM outbox WHERE entity_type = ? AND entity_id = ? LIMIT 1', [entityType, entityId]));
}

export async function listOutbox(db: Reader, limit: number) {
  const rows = await db.all<OutboxRow>('SELECT * FROM outbox ORDER BY seq LIMIT ?', [limit]);
  return rows.map((r) => ({
    seq: r.seq,
    opId: r.op_id,
    kind: r.kind,
    entityType: r.entity_type,
    entityId: r.entity_id,
    baseRevision: r.base_revision ?? 0,
    createdAt: r.created_at,
    payload: JSON.parse(r.payload) as unknown,
  }));
}
