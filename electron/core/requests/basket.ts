import { AppError } from '@shared/ipc/errors';
import type { Output } from '@shared/ipc/contract';
import type { SharedEntry } from '@shared/domain/shared-entry';
import type { Reader, Tx } from '../db/database';
import { getSharedEntry } from '../shared-catalogue/public';

type BasketEntry = Output<'basket.list'>['entries'][number];

/** A published entry of another department that can be requested; NOT_FOUND / typed errors otherwise. */
export async function requestableEntry(db: Reader, entryId: string, ownCode: string): Promise<SharedEntry> {
  const entry = await getSharedEntry(db, entryId);
  if (!entry) throw new AppError('NOT_FOUND');
  if (entry.departmentCode === ownCode) throw new AppError('REQUEST_OWN_ENTRY');
  if (entry.shareType === 'none') throw new AppError('REQUEST_NOT_SHAREABLE', { name: entry.name });
  return entry;
}

/** Item names the entry does not have, as field issues. */
export function unknownItems(entry: SharedEntry, items: readonly string[], path = 'items'): { path: string; code: string }[] {
  const names = new Set(entry.items.map((i) => i.name));
  return items.flatMap((name, i) => (names.has(name) ? [] : [{ path: `${path}.${i}`, code: 'validation.enum' }]));
}

/** The items chosen for an entry, in the entry's own order (as the catalogue lists them). */
export async function basketItems(db: Reader, entryId: string): Promise<string[]> {
  const rows = await db.all<{ item_name: string }>("SELECT item_name FROM request_basket WHERE entry_id = ? AND item_name <> ''", [entryId]);
  const order = new Map((await getSharedEntry(db, entryId))?.items.map((i, n) => [i.name, n]) ?? []);
  return rows.map((r) => r.item_name).sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
}

export async function listBasket(db: Reader): Promise<BasketEntry[]> {
  const rows = await db.all<{ entry_id: string; item_name: string }>('SELECT entry_id, item_name FROM request_basket ORDER BY added_at, entry_id, item_name');
  const byEntry = new Map<string, string[]>();
  for (const r of rows) byEntry.set(r.entry_id, []);
  const out: BasketEntry[] = [];
  for (const entryId of byEntry.keys()) {
    const items = await basketItems(db, entryId);
    const e = await getSharedEntry(db, entryId);
    out.push({
      entryId,
      name: e?.name ?? '',
      code: e?.code ?? '',
      providerName: e?.departmentName ?? '',
      shareType: e?.shareType ?? 'none',
      items,
      available: e?.items.map((i) => i.name) ?? [],
      published: !!e,
    });
  }
  return out;
}

/** Adds an entry with items (none = the whole entry); adding items to a whole entry narrows it. */
export async function addToBasket(tx: Tx, entry: SharedEntry, items: readonly string[], at: string): Promise<void> {
  const issues = unknownItems(entry, items);
  if (issues.length) throw new AppError('VALIDATION', {}, issues);
  if (items.length) await tx.run("DELETE FROM request_basket WHERE entry_id = ? AND item_name = ''", [entry.id]);
  const names = items.length ? items : (await basketItems(tx, entry.id)).length ? [] : [''];
  for (const name of names) await tx.run('INSERT OR IGNORE INTO request_basket (entry_id, item_name, added_at) VALUES (?, ?, ?)', [entry.id, name, at]);
}

export async function removeFromBasket(tx: Tx, entryId: string): Promise<number> {
  return (await tx.run('DELETE FROM request_basket WHERE entry_id = ?', [entryId])).changes;
}
