import type { EntrySummary } from '@shared/domain/entry';

/** A row not fetched yet: it knows only its position, so it can ask for its page when it is drawn. */
export interface PlaceholderRow {
  id: string;
  placeholder: true;
  index: number;
}

export type CatalogueRow = EntrySummary | PlaceholderRow;

export const isPlaceholder = (row: CatalogueRow): row is PlaceholderRow => 'placeholder' in row;

/** One slot per entry: fetched pages in place, placeholders elsewhere. */
export function buildRows(
  total: number,
  pageSize: number,
  pages: readonly (readonly [page: number, rows: readonly EntrySummary[] | undefined])[],
): CatalogueRow[] {
  const rows: CatalogueRow[] = new Array<CatalogueRow>(total);
  for (let i = 0; i < total; i++) rows[i] = { id: `placeholder:${i}`, placeholder: true, index: i };
  for (const [page, fetched] of pages) {
    fetched?.forEach((row, i) => {
      const at = page * pageSize + i;
      if (at < total) rows[at] = row;
    });
  }
  return rows;
}
