import type { Locale } from '@shared/i18n/messages';
import { translate } from '@shared/i18n/messages';
import { isOperationKind, OPERATIONS, type OpAnswer, type OperationEnvelope, type RejectCode } from '@shared/protocol/index';
import type { Db } from './db/sqlite';
import type { Deadlines } from './deadlines';
import { issuesOf, OpRejection, type Issue } from './errors';
import { OP_HANDLERS } from './ops/index';
import type { OpContext, OpHandler } from './ops/types';

/** An answer as stored: a rejection keeps its code and parameters, rendered in each caller's language. */
type StoredAnswer =
  | { status: 'accepted'; revision: number; appliedAt: string }
  | { status: 'conflict'; current: Extract<OpAnswer, { status: 'conflict' }>['current'] }
  | { status: 'rejected'; code: RejectCode; params: Record<string, string | number>; issues: Issue[] };

export interface PushDeps {
  db: Db;
  deadlines: Deadlines;
  requireSealedForm: boolean;
}

/**
 * Applies a batch in order, in one transaction: either every answer is stored with its effect,
 * or (on a crash or an unexpected error) nothing is, and the client sends the batch again. An
 * opId seen before gets its stored first answer back, without a second effect.
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
    const answers: StoredAnswer[] = [];
    for (const op of ops) {
      const seen = await tx.get<{ answer: string }>('SELECT answer FROM ops WHERE department_code = ? AND op_id = ?', [department.code, op.opId]);
      if (seen) {
        answers.push(JSON.parse(seen.answer) as StoredAnswer);
        continue;
      }
      const answer = await applyOne(ctx, op);
      await tx.run('INSERT INTO ops (department_code, op_id, kind, entity_id, answer, applied_at) VALUES (?, ?, ?, ?, ?, ?)', [
        department.code,
        op.opId,
        op.kind,
        op.entityId,
        JSON.stringify(answer),
        now,
      ]);
      answers.push(answer);
    }
    return answers;
  });
  return stored.map((a, i) => render(ops[i]!.opId, a, locale));
}

async function applyOne(ctx: OpContext, op: OperationEnvelope): Promise<StoredAnswer> {
  if (!isOperationKind(op.kind)) return { status: 'rejected', code: 'UNKNOWN_KIND', params: { kind: op.kind }, issues: [] };
  const parsed = OPERATIONS[op.kind].safeParse(op.payload, { reportInput: true });
  if (!parsed.success) return { status: 'rejected', code: 'VALIDATION', params: {}, issues: issuesOf(parsed.error, ['payload']) };
  const handler = OP_HANDLERS[op.kind] as OpHandler<typeof op.kind>;
  // A savepoint per operation: a refusal raised after some writes leaves none of them behind.
  await ctx.tx.exec('SAVEPOINT op');
  try {
    const outcome = await handler(ctx, { entityId: op.entityId, baseRevision: op.baseRevision, payload: parsed.data as never });
    await ctx.tx.exec('RELEASE op');
    return outcome.status === 'accepted' ? { ...outcome, appliedAt: ctx.now } : outcome;
  } catch (err) {
    if (!(err instanceof OpRejection)) throw err;
    await ctx.tx.exec('ROLLBACK TO op; RELEASE op');
    return { status: 'rejected', code: err.code, params: err.params, issues: err.issues };
  }
}

function render(opId: string, a: StoredAnswer, locale: Locale): OpAnswer {
  if (a.status !== 'rejected') return { opId, ...a };
  const answer: OpAnswer = { opId, status: 'rejected', code: a.code, reason: translate(`protocol.reject.${a.code}`, locale, a.params) };
  if (a.issues.length) answer.issues = a.issues.map((i) => ({ path: i.path, code: i.code, message: translate(i.code, locale, i.params) }));
  return answer;
}
