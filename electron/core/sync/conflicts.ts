import type { ConflictView } from '@shared/ipc/channels/sync';
import { AppError } from '@shared/ipc/errors';
import { currentVersionSchema, type OperationKind } from '@shared/protocol/index';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';
import { enqueue } from './outbox';
import { differingFields, type StoredConflict, type SyncRegistry } from './registry';

interface ConflictRow {
  id: number;
  op_id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  base_revision: number;
  mine: string;
  theirs: string;
  created_at: string;
}

function toStored(r: ConflictRow): StoredConflict {
  return {
    id: r.id,
    opId: r.op_id,
    kind: r.kind,
    entityType: r.entity_type,
    entityId: r.entity_id,
    baseRevision: r.base_revision,
    payload: JSON.parse(r.mine) as Record<string, unknown>,
    theirs: currentVersionSchema.parse(JSON.parse(r.theirs)),
  };
}

export async function listConflicts(registry: SyncRegistry, db: Pick<Database, 'all'>): Promise<ConflictView[]> {
  const rows = await db.all<ConflictRow>('SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id');
  return rows.map((r) => {
    const c = toStored(r);
    const fields = registry.effectsOf(c.kind).fields?.(c.payload, c.theirs.value) ?? differingFields(c.payload, c.theirs.value);
    return {
      id: c.id,
      opId: c.opId,
      kind: c.kind,
      entityType: c.entityType,
      entityId: c.entityId,
      baseRevision: c.baseRevision,
      mine: c.payload,
      theirs: c.theirs,
      fields,
      createdAt: r.created_at,
    };
  });
}

export type Resolution = { id: number; resolution: 'mine' } | { id: number; resolution: 'theirs' } | { id: number; resolution: 'merge'; fields: Record<string, 'mine' | 'theirs'> };

/**
 * The officer's decision on a conflict (docs/sync.md "Conflicts"): keep mine (queued again
 * against the platform's revision), take theirs (the local entity replaced) or merge by field
 * (queued again) — with the conflict closed and audited in the same transaction.
 */
export async function resolveConflict(ctx: CoreContext, registry: SyncRegistry, input: Resolution): Promise<void> {
  const at = ctx.workspace().now();
  const meta = { actor: ctx.actor, at };
  await ctx.write(async (tx, audit) => {
    const row = await tx.get<ConflictRow>('SELECT * FROM sync_conflicts WHERE id = ? AND resolved_at IS NULL', [input.id]);
    if (!row) throw new AppError('SYNC_CONFLICT_RESOLVED');
    const c = toStored(row);
    const effects = registry.effectsOf(c.kind);
    const requeue = (payload: Record<string, unknown>) =>
      enqueue(tx, { kind: c.kind as OperationKind, entityType: c.entityType, entityId: c.entityId, baseRevision: c.theirs.revision, payload: payload as never }, at);
    if (input.resolution === 'mine') {
      await effects.keepMine?.(tx, c, meta);
      await requeue(c.payload);
    } else if (input.resolution === 'theirs') {
      await effects.takeTheirs?.(tx, c, meta);
    } else {
      if (!effects.merge) throw new AppError('SYNC_MERGE_UNSUPPORTED');
      const fields = effects.fields?.(c.payload, c.theirs.value) ?? differingFields(c.payload, c.theirs.value);
      const unknown = Object.keys(input.fields).filter((f) => !fields.includes(f));
      if (unknown.length) throw new AppError('VALIDATION', {}, unknown.map((f) => ({ path: `fields.${f}`, code: 'validation.unknownField' })));
      await requeue(await effects.merge(tx, c, input.fields, meta));
    }
    await tx.run('UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?', [at, input.resolution, c.id]);
    await audit(`sync.conflict:${input.resolution}`, c.entityType, c.entityId, `${c.kind} r${c.baseRevision} vs r${c.theirs.revision}`);
  });
}
