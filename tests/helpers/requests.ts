// Test support: what sync would do, from a second connection to the workspace the core has open
// (WAL lets both work): apply pulled changes, or store an operation's answer.
import { join } from 'node:path';
import type { Change, Objection, OpAnswer, ShareRequest } from '@shared/protocol/index';
import { Database } from '../../electron/core/db/database';
import { coreRegistry } from '../../electron/core/registry';
import { applyPage } from '../../electron/core/sync/pull';
import { DEPARTMENT, fixedTime, initialisedCore, tempDir } from './core';
import { pullIntoWorkspace, sharedEntry } from './shared-catalogue';

/** Another department of the county: the requester of incoming requests. */
export const OTHER = '11410329MB0000001X';

/** A workspace with automatic sync and reminder timers off and three cached shared entries (e1 conditional, e2 unconditional, e3 not shared). */
export async function openRequestsWorkspace() {
  const { dir, cleanup } = tempDir();
  const time = fixedTime('2026-03-02T02:00:00.000Z');
  const core = await initialisedCore(dir, {
    timeSource: time,
    sync: { auto: false },
    reminders: { intervalMs: 0 },
    logger: { info: () => {}, warn: () => {}, error: (...a: unknown[]) => console.error(JSON.stringify(a).slice(0, 1500)) },
  });
  await pullIntoWorkspace(dir, [sharedEntry('e1'), sharedEntry('e2', { name: '法人基础信息', shareType: 'unconditional' }), sharedEntry('e3', { shareType: 'none', name: '不共享' })]);
  return { dir, cleanup, core, time };
}

/** An incoming request as the platform sends it, for this workspace's department as provider. */
export function platformRequest(over: Partial<ShareRequest> = {}): ShareRequest {
  return {
    id: 'r-in-1',
    revision: 1,
    state: 'providerReview',
    entryId: 'own-1',
    entryName: '婚姻登记信息',
    shareType: 'conditional',
    requesterCode: OTHER,
    requesterName: '伊川县公安局',
    providerCode: DEPARTMENT.code,
    providerName: DEPARTMENT.name,
    items: ['姓名'],
    purpose: '户籍核验',
    attachments: [],
    submittedAt: '2026-03-02T01:00:00.000Z',
    dueDate: '2026-03-09',
    updatedAt: '2026-03-02T01:00:00.000Z',
    ...over,
  };
}

export async function withWorkspaceDb<T>(dir: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await Database.open(join(dir, 'workspace.db'));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Pulled changes, applied by the registered appliers in one transaction, as sync applies a page. */
export async function pullChanges(
  dir: string,
  changes: Change[],
  at = '2026-03-02T00:00:00.000Z',
): Promise<void> {
  const registry = coreRegistry();
  await withWorkspaceDb(dir, async (db) => {
    const info = await db.get<{ department_code: string }>('SELECT department_code FROM workspace WHERE id = 1');
    await db.transaction((tx) => applyPage(registry, tx, changes, { at, actor: 'sync', departmentCode: info!.department_code, resync: false, confirmed: false }));
  });
}

/** The platform's answer to the oldest queued operation, applied as sync applies it. */
export async function answerNext(dir: string, answer: (opId: string) => OpAnswer, at = '2026-03-02T09:00:00.000Z'): Promise<{ kind: string; entityId: string; payload: Record<string, unknown> }> {
  return withWorkspaceDb(dir, (db) =>
    db.transaction(async (tx) => {
      const op = await tx.get<{ seq: number; op_id: string; kind: string; entity_type: string; entity_id: string; base_revision: number; payload: string }>('SELECT * FROM outbox ORDER BY seq LIMIT 1');
      if (!op) throw new Error('outbox is empty');
      const a = answer(op.op_id);
      const kop = { opId: op.op_id, kind: op.kind, entityType: op.entity_type, entityId: op.entity_id, baseRevision: op.base_revision, payload: JSON.parse(op.payload) as Record<string, unknown> };
      const effects = coreRegistry().effectsOf(op.kind);
      const meta = { actor: 'sync', at };
      if (a.status === 'accepted') await effects.accepted?.(tx, kop, a, meta);
      if (a.status === 'rejected') await effects.rejected?.(tx, kop, a, meta);
      await tx.run('DELETE FROM outbox WHERE seq = ?', [op.seq]);
      return { kind: op.kind, entityId: op.entity_id, payload: kop.payload };
    }),
  );
}

/** An objection as the platform's feed carries it: raised by OTHER on this department's entry `own-1`, unless overridden. */
export function platformObjection(over: Partial<Objection> = {}): Objection {
  return {
    id: 'o-in-1',
    revision: 1,
    state: 'open',
    entryId: 'own-1',
    entryName: '婚姻登记信息',
    raiserCode: OTHER,
    raiserName: '伊川县公安局',
    providerCode: DEPARTMENT.code,
    providerName: DEPARTMENT.name,
    itemName: '姓名',
    recordKey: '410329199001011234',
    description: '姓名与户籍登记不一致',
    attachments: [],
    raisedAt: '2026-03-02T01:00:00.000Z',
    dueDate: '2026-03-16',
    updatedAt: '2026-03-02T01:00:00.000Z',
    ...over,
  };
}
