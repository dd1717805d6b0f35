import { dataItemSchema, type DataItemInput, type EntryInput } from '@shared/domain/entry';

/** The data item columns of the officer's items table (and of the review's). */
export const ITEM_COLUMNS = ['name', 'nameEn', 'type', 'length'] as const satisfies readonly (keyof DataItemInput)[];

/**
 * Leaves of a data item a reviewer may comment on: every attribute of the item schema, which the
 * officer's form edits — the columns, then the item's own share/open attributes, sensitivity,
 * desensitisation and key flag under its row (ItemOverrides). Taken from the schema, so a new one is never missed.
 */
export const ITEM_LEAVES = Object.keys(dataItemSchema.shape) as (keyof DataItemInput)[];

/** The leaves under an item's row rather than in its columns. */
export const ITEM_ATTRIBUTES = ITEM_LEAVES.filter((l) => !(ITEM_COLUMNS as readonly string[]).includes(l));

/**
 * The fields of a submitted entry a comment can name, in form order: its top-level fields (the
 * entry's own keys, so extras such as 数据分级 come too) and each data item's leaves as
 * `items.<i>.<leaf>` — the same paths the officer's form puts on its fields.
 */
export function commentableFields(entry: EntryInput): string[] {
  const top = Object.keys(entry).filter((k) => k !== 'items');
  const items = (entry.items ?? []).flatMap((_, i) => ITEM_LEAVES.map((leaf) => `items.${i}.${leaf}`));
  return [...top, ...items];
}

/** A field's top-level key (`items.2.length` → `items`), to group comments on the fields view. */
export function topField(path: string): string {
  return path.split('.')[0] ?? path;
}
