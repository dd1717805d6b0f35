import { join } from 'node:path';
import { sharedEntrySchema, type SharedEntry, type SharedEntryInput } from '@shared/domain/shared-entry';
import { Database } from '../../electron/core/db/database';
import { applySharedEntries, removeSharedEntries, type ApplyResult } from '../../electron/core/shared-catalogue/repository';

/** Test support: a valid published entry with two data items; `over` replaces fields. */
export function sharedEntry(id: string, over: Partial<SharedEntryInput> = {}): SharedEntry {
  return sharedEntrySchema.parse({
    id,
    revision: 1,
    code: `101/${id}`,
    name: '人口基础信息',
    kind: 'data',
    provider: '伊川县公安局',
    providerCode: '11410329MB0000001X',
    departmentCode: '11410329MB0000001X',
    departmentName: '伊川县公安局',
    summary: '全县常住人口的基础信息',
    formatClass: 'database',
    formatType: 'KingbaseES',
    shareType: 'conditional',
    shareCondition: '仅用于政务服务',
    openType: 'none',
    updateCycle: 'daily',
    classification: { scheme: 'national1272', category: '1', item: '01' },
    publishedAt: '2026-01-05T08:00:00.000Z',
    items: [
      { name: '姓名', type: 'C', length: '50' },
      { name: '公民身份号码', type: 'C', length: '18' },
    ],
    ...over,
  });
}

/**
 * What sync does with a pulled page, from a second connection to the workspace the core has open
 * (WAL lets both work; the core's reader sees the commit).
 */
export async function pullIntoWorkspace(dir: string, upsert: SharedEntry[], remove: string[] = []): Promise<ApplyResult> {
  const db = await Database.open(join(dir, 'workspace.db'));
  try {
    return await db.transaction(async (tx) => {
      const result = await applySharedEntries(tx, upsert);
      if (remove.length) await removeSharedEntries(tx, remove);
      return result;
    });
  } finally {
    await db.close();
  }
}
