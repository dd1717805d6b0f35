import type { CurrentVersion, OperationKind, OperationPayload } from '@shared/protocol/index';
import type { Tx } from '../db/sqlite';
import type { Deadlines } from '../deadlines';

/** What an operation handler gets: the open transaction of its batch, who pushed it, and time. */
export interface OpContext {
  tx: Tx;
  department: { code: string; name: string };
  now: string;
  deadlines: Deadlines;
  /** Conditional requests must carry the sealed demand form (《伊川县政务数据资源共享管理暂行办法》第二十九条（二）). */
  requireSealedForm: boolean;
}

export interface OpInput<K extends OperationKind> {
  entityId: string;
  baseRevision: number;
  payload: OperationPayload<K>;
}

/** The outcome of an applied operation; refusals are thrown as OpRejection. */
export type OpOutcome = { status: 'accepted'; revision: number } | { status: 'conflict'; current: CurrentVersion };

export type OpHandler<K extends OperationKind> = (ctx: OpContext, op: OpInput<K>) => Promise<OpOutcome>;
export type OpHandlers = { [K in OperationKind]: OpHandler<K> };

export const accepted = (revision: number): OpOutcome => ({ status: 'accepted', revision });
export const conflict = (revision: number, state: string, value: Record<string, unknown>): OpOutcome => ({
  status: 'conflict',
  current: { revision, state, value },
});

export async function departmentName(tx: Tx, code: string): Promise<string> {
  return (await tx.get<{ name: string }>('SELECT name FROM departments WHERE code = ?', [code]))?.name ?? code;
}
