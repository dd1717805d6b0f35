import { AppError } from '@shared/ipc/errors';
import { MAX_OPS_PER_PUSH, type OpAnswer } from '@shared/protocol/index';
import { auditSummary } from '@shared/i18n/audit-action';
import type { CoreContext } from '../context';
import { valuesPlaceholders, type SqlValue } from '../db/connection';
import type { PlatformClient } from './platform-client/client';
import { outboxCount, type OutboxRow } from './outbox';
import type { KindOp, SyncRegistry } from './registry';
import { uploadAttachments } from './uploads';

/** A push body stays well under the platform's 32 MB limit. */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;

export interface PushCounts {
  pushed: number;
  accepted: number;
  rejected: number;
  conflicts: number;
}

export function toKindOp(r: OutboxRow): KindOp {
  return {
    opId: r.op_id,
    kind: r.kind,
    entityType: r.entity_type,
    entityId: r.entity_id,
    baseRevision: r.base_revision ?? 0,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
  };
}

/** The next batch in outbox order after `afterSeq`, capped by count and bytes (at least one operation). */
async function nextBatch(ctx: CoreContext, limit: number, afterSeq: number): Promise<OutboxRow[]> {
  const rows = await ctx.workspace().db.all<OutboxRow>('SELECT * FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?', [afterSeq, limit]);
  let bytes = 0;
  const batch: OutboxRow[] = [];
  for (const r of rows) {
    bytes += r.payload.length + 200;
    if (batch.length && bytes > MAX_PUSH_BYTES) break;
    batch.push(r);
  }
  return batch;
}

/**
 * Pushes the outbox in order (docs/sync.md "Push"). Each batch's answers are stored, their effects
 * applied and the operations removed in one transaction; a failure before that leaves them queued
 * and they are sent again — the platform answers a known opId with its first answer.
 *
 * The next batch is sent while the previous one's answers are being stored: the platform has
 * applied the previous batch by then (order holds), the stores run one after another in batch
 * order, and an operation whose answer is not stored yet is still in the outbox if the app dies.
 */
export async function pushAll(
  ctx: CoreContext,
  registry: SyncRegistry,
  client: PlatformClient,
  token: string,
  progress: (done: number, total: number) => void,
  batchSize = MAX_OPS_PER_PUSH,
): Promise<PushCounts> {
  const counts: PushCounts = { pushed: 0, accepted: 0, rejected: 0, conflicts: 0 };
  const total = await outboxCount(ctx.workspace().db);
  let storing: Promise<void> = Promise.resolve();
  let afterSeq = 0;
  try {
    for (;;) {
      const batch = await nextBatch(ctx, batchSize, afterSeq);
      if (!batch.length) break;
      afterSeq = batch.at(-1)!.seq;
      const ops = batch.map(toKindOp);
      // Files first: an operation never reaches the platform before the attachments it names.
      await uploadAttachments(ctx, registry, client, token, ops);
      const res = await client.call('push', {
        token,
        body: { ops: ops.map((o) => ({ opId: o.opId, kind: o.kind, entityId: o.entityId, baseRevision: o.baseRevision, payload: o.payload })) },
      });
      if (res.results.length !== ops.length || res.results.some((a, i) => a.opId !== ops[i]!.opId)) {
        throw new AppError('SYNC_BAD_RESPONSE', { reason: 'answers do not match the operations sent' });
      }
      await storing;
      storing = storeAnswers(ctx, registry, ops, res.results).then(async () => {
        ctx.events.emit('outbox.changed', { count: await outboxCount(ctx.workspace().db) });
        counts.pushed += ops.length;
        for (const a of res.results) {
          if (a.status === 'accepted') counts.accepted++;
          else if (a.status === 'rejected') counts.rejected++;
          else counts.conflicts++;
        }
        progress(counts.pushed, total);
      });
      // Awaited before the next store or at the end; a failure meanwhile is not unhandled.
      storing.catch(() => undefined);
    }
  } finally {
    // A store under way finishes (or fails) before the run reports anything.
    await storing.catch(() => undefined);
  }
  await storing;
  return counts;
}

const CHUNK = 400;
const chunks = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

async function storeAnswers(ctx: CoreContext, registry: SyncRegistry, ops: KindOp[], answers: OpAnswer[]): Promise<void> {
  const at = ctx.workspace().now();
  const meta = { actor: 'sync', at };
  await ctx.write(async (tx, audit) => {
    // Gone already (resolved meanwhile, or stored by an earlier run): never a second effect.
    const present = new Set<string>();
    for (const chunk of chunks(ops)) {
      const rows = await tx.all<{ op_id: string }>(`SELECT op_id FROM outbox WHERE op_id IN (${chunk.map(() => '?').join(',')})`, chunk.map((o) => o.opId));
      for (const r of rows) present.add(r.op_id);
    }
    const stored: SqlValue[][] = [];
    for (const [i, op] of ops.entries()) {
      if (!present.has(op.opId)) continue;
      const answer = answers[i]!;
      const effects = registry.effectsOf(op.kind);
      if (answer.status === 'accepted') await effects.accepted?.(tx, op, answer, meta);
      else if (answer.status === 'rejected') await effects.rejected?.(tx, op, answer, meta);
      else {
        await effects.conflict?.(tx, op, answer.current, meta);
        await tx.run(
          'INSERT OR IGNORE INTO sync_conflicts (op_id, kind, entity_type, entity_id, base_revision, mine, theirs, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [op.opId, op.kind, op.entityType, op.entityId, op.baseRevision, JSON.stringify(op.payload), JSON.stringify(answer.current), at],
        );
      }
      stored.push([
        op.opId,
        op.kind,
        op.entityType,
        op.entityId,
        answer.status,
        answer.status === 'accepted' ? answer.revision : null,
        answer.status === 'rejected' ? answer.code : null,
        answer.status === 'rejected' ? answer.reason : null,
        JSON.stringify(answer),
        at,
      ]);
    }
    // Multi-row statements: one per 400 answers rather than two per operation.
    for (const chunk of chunks(stored)) {
      await tx.run(`DELETE FROM outbox WHERE op_id IN (${chunk.map(() => '?').join(',')})`, chunk.map((r) => r[0]!));
      await tx.run(
        `INSERT OR REPLACE INTO outbox_answers (op_id, kind, entity_type, entity_id, status, revision, code, reason, answer, answered_at) VALUES ${valuesPlaceholders(chunk.length, 10)}`,
        chunk.flat(),
      );
    }
    if (stored.length) await audit('sync.push', 'outbox', ops[0]!.opId, auditSummary('answersStored', { count: stored.length }));
  });
}
