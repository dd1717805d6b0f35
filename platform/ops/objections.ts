import type { Objection } from '@shared/protocol/index';
import type { Tx } from '../db/sqlite';
import { OpRejection } from '../errors';
import { appendChange } from '../feed';
import { getEntry } from './catalogue';
import { checkAttachments, grantAttachments } from './requests';
import { accepted, conflict, departmentName, type OpContext, type OpHandler } from './types';

async function getObjection(tx: Tx, id: string): Promise<Objection | undefined> {
  const row = await tx.get<{ body: string }>('SELECT body FROM objections WHERE id = ?', [id]);
  return row ? (JSON.parse(row.body) as Objection) : undefined;
}

/** Stores the objection and tells both the department that raised it and the provider. */
async function saveObjection(tx: Tx, o: Objection, now: string): Promise<void> {
  await tx.run(
    'INSERT INTO objections (id, raiser_code, provider_code, entry_id, state, revision, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET state = excluded.state, revision = excluded.revision, body = excluded.body, updated_at = excluded.updated_at',
    [o.id, o.raiserCode, o.providerCode, o.entryId, o.state, o.revision, JSON.stringify(o), now],
  );
  for (const audience of [o.raiserCode, o.providerCode]) {
    await appendChange(tx, audience, `objection:${o.id}`, { kind: 'objection.update', objection: o }, now);
  }
}

export const raiseObjection: OpHandler<'objection.raise'> = async (ctx, op) => {
  const { tx, department, now } = ctx;
  const existing = await getObjection(tx, op.entityId);
  if (existing) {
    if (existing.raiserCode !== department.code) throw new OpRejection('FORBIDDEN');
    return conflict(existing.revision, existing.state, existing);
  }
  const entry = await getEntry(tx, op.payload.entryId);
  if (!entry || !entry.published_at) throw new OpRejection('NOT_FOUND');
  if (entry.department_code === department.code) throw new OpRejection('OWN_ENTRY');
  await checkAttachments(tx, department.code, op.payload.attachments);
  await grantAttachments(tx, entry.department_code, op.payload.attachments);
  const objection: Objection = {
    id: op.entityId,
    revision: 1,
    state: 'open',
    entryId: entry.id,
    entryName: entry.published_name ?? entry.name,
    raiserCode: department.code,
    raiserName: department.name,
    providerCode: entry.department_code,
    providerName: await departmentName(tx, entry.department_code),
    itemName: op.payload.itemName,
    recordKey: op.payload.recordKey,
    description: op.payload.description,
    attachments: op.payload.attachments,
    raisedAt: now,
    // The provider answers by its own jurisdiction's rule.
    dueDate: ctx.deadlines.due('objectionAnswer', now, await ctx.deadlines.profileOf(tx, entry.department_code)),
    updatedAt: now,
  };
  await saveObjection(tx, objection, now);
  return accepted(1);
};

/** Loads an objection for a change by `party`, checking ownership, base revision and state. */
async function forChange(ctx: OpContext, op: { entityId: string; baseRevision: number }, party: 'raiser' | 'provider', states: readonly Objection['state'][]) {
  const o = await getObjection(ctx.tx, op.entityId);
  if (!o) throw new OpRejection('NOT_FOUND');
  if ((party === 'raiser' ? o.raiserCode : o.providerCode) !== ctx.department.code) throw new OpRejection('FORBIDDEN');
  if (op.baseRevision !== o.revision) return conflict(o.revision, o.state, o);
  if (!states.includes(o.state)) throw new OpRejection('STATE_FORBIDS', { state: o.state });
  return o;
}

/** The provider acknowledges receipt (校核 begins); the deadline does not change. */
export const acknowledgeObjection: OpHandler<'objection.acknowledge'> = async (ctx, op) => {
  const o = await forChange(ctx, op, 'provider', ['open', 'reopened']);
  if ('status' in o) return o;
  const next: Objection = { ...o, state: 'acknowledged', acknowledgedAt: ctx.now, revision: o.revision + 1, updatedAt: ctx.now };
  await saveObjection(ctx.tx, next, ctx.now);
  return accepted(next.revision);
};

/**
 * The one extension the provider may take, while the first answer is still owed: the deadline
 * moves by the profile's days. A profile that allows none refuses it.
 */
export const requestObjectionExtension: OpHandler<'objection.requestExtension'> = async (ctx, op) => {
  const o = await forChange(ctx, op, 'provider', ['open', 'acknowledged']);
  if ('status' in o) return o;
  const extendedDue = o.dueDate ? ctx.deadlines.extendObjection(o.dueDate, await ctx.deadlines.profileOf(ctx.tx, o.providerCode)) : undefined;
  if (o.dueDate && !extendedDue) throw new OpRejection('STATE_FORBIDS', { state: o.state });
  const next: Objection = {
    ...o,
    state: 'extended',
    extension: { note: op.payload.note, at: ctx.now },
    dueDate: extendedDue ?? o.dueDate,
    revision: o.revision + 1,
    updatedAt: ctx.now,
  };
  await saveObjection(ctx.tx, next, ctx.now);
  return accepted(next.revision);
};

/** The provider's answer: corrected, or checked and no error found; a reopened objection is answered anew. */
export const answerObjection: OpHandler<'objection.answer'> = async (ctx, op) => {
  const o = await forChange(ctx, op, 'provider', ['open', 'acknowledged', 'extended', 'reopened']);
  if ('status' in o) return o;
  const answer = { answer: op.payload.answer, note: op.payload.note, answeredAt: ctx.now, overdue: ctx.deadlines.isOverdue(o.dueDate, ctx.now) };
  const next: Objection = { ...o, state: 'answered', answer, revision: o.revision + 1, updatedAt: ctx.now };
  await saveObjection(ctx.tx, next, ctx.now);
  return accepted(next.revision);
};

/** The raiser accepts the answer: nothing more is owed. */
export const confirmObjection: OpHandler<'objection.confirm'> = async (ctx, op) => {
  const o = await forChange(ctx, op, 'raiser', ['answered']);
  if ('status' in o) return o;
  const conclusion = { outcome: 'confirmed' as const, ...(op.payload.note ? { note: op.payload.note } : {}), at: ctx.now };
  const next: Objection = { ...o, state: 'confirmed', conclusion, dueDate: undefined, revision: o.revision + 1, updatedAt: ctx.now };
  await saveObjection(ctx.tx, next, ctx.now);
  return accepted(next.revision);
};

/** The raiser reopens the objection: a new answer is owed within the answer deadline. */
export const reopenObjection: OpHandler<'objection.reopen'> = async (ctx, op) => {
  const o = await forChange(ctx, op, 'raiser', ['answered']);
  if ('status' in o) return o;
  const conclusion = { outcome: 'reopened' as const, ...(op.payload.note ? { note: op.payload.note } : {}), at: ctx.now };
  const next: Objection = { ...o, state: 'reopened', conclusion, dueDate: ctx.deadlines.due('objectionAnswer', ctx.now, await ctx.deadlines.profileOf(ctx.tx, o.providerCode)), revision: o.revision + 1, updatedAt: ctx.now };
  await saveObjection(ctx.tx, next, ctx.now);
  return accepted(next.revision);
};
