import type { Database, Tx } from '../db/database';

type Reader = Pick<Database, 'get'> | Tx;

/** Small key/value state of sync (`sync_meta`): cursor, last success, account, platform address. */
export async function getMeta(db: Reader, key: string): Promise<string | undefined> {
  return (await db.get<{ value: string }>('SELECT value FROM sync_meta WHERE key = ?', [key]))?.value;
}

export async function setMeta(tx: Tx, key: string, value: string | undefined): Promise<void> {
  if (value === undefined) await tx.run('DELETE FROM sync_meta WHERE key = ?', [key]);
  else await tx.run('INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

export const META = {
  cursor: 'cursor',
  /** '1' while a full resync runs (survives a crash: the resync goes on from where it was). */
  resync: 'resync',
  lastSuccessAt: 'lastSuccessAt',
  account: 'account',
  platformUrl: 'platformUrl',
} as const;
