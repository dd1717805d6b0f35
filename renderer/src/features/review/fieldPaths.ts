import type { EntryInput } from '@shared/domain/entry';

/** Leaves of a data item a reviewer may comment on: the columns the officer's form edits. */
const ITEM_LEAVES = ['name', 'nameEn', 'type', 'length'] as const;

/**
 * The fields of a submitted entry a comment can name, in form order: its top-level fields (the
 * entry's own keys, so extras such as 数据分级 come too) and each data item's columns as
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
