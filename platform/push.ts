import { createHash } from 'node:crypto';
import type { Locale } from '@shared/i18n/messages';
import { translate } from '@shared/i18n/messages';
import { isOperationKind, OPERATIONS, type OpAnswer, type OperationEnvelope, type RejectCode } from '@shared/protocol/index';
import { rowsPlaceholders, type Db } from './db/sqlite';
import type { Deadlines } from './deadlines';
import { issuesOf, OpRejection, type Issue } from './errors';
import { OP_HANDLERS, SINGLE_WRITE } from './ops/index';
import type { OpContext, OpHandler } from './ops/types';

/** An answer as stored: a rejection keeps its code and parameters, rendered in each caller's language. */
type StoredAnswer =
  | { status: 'accepted'; revision: number; appliedAt: string }
  | { status: 'conflict'; current: Extract<OpAnswer, { status: 'conflict' }>['current'] }
  | { status: 'rejected'; code: RejectCode; params: Record<string, string | number>; issues: Issue[] };

/** What an opId was first used for, to tell a replay from a reused key. */
interface KeyUse {
  kind: string;
  entityId: string;
  /** Absent for keys stored before fingerprints were kept: kind and entity are compared then. */
  fingerprint: string | undefined;
}

/** JSON with object keys sorted, so one operation has one text whatever its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The operation an idempotency key stands for: kind, entity, base revision and payload. */
export function fingerprintOf(op: OperationEnvelope): string {
  return createHash('sha256')
    .update(canonical({ kind: op.kind, entityId: op.entityId, baseRevision: op.baseRevision, payload: op.payload }))
    .digest('hex');
}

function sameOperation(use: KeyUse, op: OperationEnvelope, fingerprint: string): boolean {
  return use.fingerprint === undefined ? use.kind === op.kind && use.entityId === op.entityId : use.fingerprint === fingerprint;
}

export interface PushDeps {
  db: Db;
  deadlines: Deadlines;
  requireSealedForm: boolean;
}

/**
 * Applies a batch in order, in one transaction: either every answer is stored with its effect,
 * or (on a crash or an unexpected error) nothing is, and the client sends the batch again. An
 * opId seen before gets its stored first answer back, without a second effect, when the operation
 * is the same one (same kind, entity, base revision and payload); a key reused for another
 * operation, stored or earlier in the batch, is refused (OP_ID_REUSED) and that operation is not applied.
 */
export async function applyPush(
  deps: PushDeps,
  department: { code: string; name: string },
  ops: OperationEnvelope[],
  now: string,
  locale: Locale,
): Promise<OpAnswer[]> {
  const stored = await deps.db.transaction(async (tx) => {
    const ctx: OpContext = { tx, department, now, deadlines: deps.deadlines, requireSealedForm: deps.requireSealedForm };
    // Earlier answers of this batch's opIds, read in a few statements rather than one per op.
    const known = new Map<string, StoredAnswer>();
    const uses = new Map<string, KeyUse>();
    const ids = [...new Set(ops.map((o) => o.opId))];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await tx.all<{ op_id: string; answer: string; kind: string; entity_id: string; fingerprint: string | null }>(
        `SELECT op_id, answer, kind, entity_id, fingerprint FROM ops WHERE department_code = ? AND op_id IN (${chunk.map(() => '?').join(',')})`,
        [department.code, ...chunk],
      );
      for (const r of rows) {
        known.set(r.op_id, JSON.parse(r.answer) as StoredAnswer);
        uses.set(r.op_id, { kind: r.kind, entityId: r.entity_id, fingerprint: r.fingerprint ?? undefined });
      }
    }
    const fresh: (string | number)[][] = [];
    const answers: StoredAnswer[] = [];
    // One savepoint, rolled back to on a refusal, so a refusal raised after some writes leaves none
    // of them behind. It is moved up (past what earlier operations wrote) only before an operation
    // that may write and then refuse: a single-write kind refuses with nothing written.
    await tx.exec('SAVEPOINT op');
    const savepoint = { dirty: false };
    for (const op of ops) {
      const fingerprint = fingerprintOf(op);
      const use = uses.get(op.opId);
      let answer = known.get(op.opId);
      if (use && !sameOperation(use, op, fingerprint)) answer = { status: 'rejected', code: 'OP_ID_REUSED', params: { opId: op.opId }, issues: [] };
      else if (!answer) {
        answer = await applyOne(ctx, op, savepoint);
        known.set(op.opId, answer);
        uses.set(op.opId, { kind: op.kind, entityId: op.entityId, fingerprint });
        fresh.push([department.code, op.opId, op.kind, op.entityId, JSON.stringify(answer), now, fingerprint]);
      }
      answers.push(answer);
    }
    await tx.exec('RELEASE op');
    for (let i = 0; i < fresh.length; i += 200) {
      const chunk = fresh.slice(i, i + 200);
      await tx.run(
        `INSERT INTO ops (department_code, op_id, kind, entity_id, answer, applied_at, fingerprint) VALUES ${rowsPlaceholders(chunk.length, 7)}`,
        chunk.flat(),
      );
    }
    return answers;
  });
  return stored.map((a, i) => render(ops[i]!.opId, a, locale));
}

async function applyOne(ctx: OpContext, op: OperationEnvelope, savepoint: { dirty: boolean }): Promise<StoredAnswer> {
  if (!isOperationKind(op.kind)) return { status: 'rejected', code: 'UNKNOWN_KIND', params: { kind: op.kind }, issues: [] };
  const parsed = OPERATIONS[op.kind].safeParse(op.payload, { reportInput: true });
  if (!parsed.success) return { status: 'rejected', code: 'VALIDATION', params: {}, issues: issuesOf(parsed.error, ['payload']) };
  const handler = OP_HANDLERS[op.kind] as OpHandler<typeof op.kind>;
  const single = SINGLE_WRITE.has(op.kind);
  if (!single && savepoint.dirty) {
    await ctx.tx.exec('RELEASE op; SAVEPOINT op');
    savepoint.dirty = false;
  }
  try {
    const outcome = await handler(ctx, { entityId: op.entityId, baseRevision: op.baseRevision, payload: parsed.data as never });
    if (outcome.status === 'accepted') {
      savepoint.dirty = true;
      return { ...outcome, appliedAt: ctx.now };
    }
    return outcome;
  } catch (err) {
    if (!(err instanceof OpRejection)) throw err;
    if (!single) await ctx.tx.exec('ROLLBACK TO op');
    return { status: 'rejected', code: err.code, params: err.params, issues: err.issues };
  }
}

function render(opId: string, a: StoredAnswer, locale: Locale): OpAnswer {
  if (a.status !== 'rejected') return { opId, ...a };
  const answer: OpAnswer = { opId, status: 'rejected', code: a.code, reason: translate(`protocol.reject.${a.code}`, locale, a.params) };
  if (a.issues.length) answer.issues = a.issues.map((i) => ({ path: i.path, code: i.code, message: translate(i.code, locale, i.params) }));
  return answer;
}
