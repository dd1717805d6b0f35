/** An item as docking and the catalogue both have it. */
export interface ComparedItem {
  name: string;
  nameEn?: string;
  type: string;
  length?: string;
}

export interface DockedDifference<D extends ComparedItem, E extends ComparedItem> {
  /** Columns of the tables the entry has no item for. */
  added: D[];
  /** Items of the entry no column of the tables matches. */
  removed: E[];
  /** Items whose column is there with another type or length. */
  changed: { before: E; after: D }[];
}

const column = (i: ComparedItem) => (i.nameEn || i.name).trim().toLowerCase();
const named = (i: ComparedItem) => i.name.trim();

/**
 * What re-docked table structures change in an entry's items, for the officer to see: an item
 * matches a column by its technical name, or else by its name; a matched one differs by type or length.
 */
export function dockedDifference<D extends ComparedItem, E extends ComparedItem>(entryItems: readonly E[], docked: readonly D[]): DockedDifference<D, E> {
  const left = [...entryItems];
  const out: DockedDifference<D, E> = { added: [], removed: [], changed: [] };
  for (const d of docked) {
    let k = left.findIndex((e) => column(e) === column(d));
    if (k < 0) k = left.findIndex((e) => named(e) === named(d));
    if (k < 0) {
      out.added.push(d);
      continue;
    }
    const [e] = left.splice(k, 1) as [E];
    if (e.type !== d.type || (e.length ?? '') !== (d.length ?? '')) out.changed.push({ before: e, after: d });
  }
  out.removed = left;
  return out;
}
