import type { EntrySummary } from '@shared/domain/entry';

/** A row not fetched yet: it knows only its position, so it can ask for its page when it is drawn. */
export interface PlaceholderRow {
  id: string;
  placeholder: true;
  index: number;
}

export type CatalogueRow = EntrySummary | PlaceholderRow;

export const isPlaceholder = (row: CatalogueRow): row is PlaceholderRow => 'placeholder' in row;

/**
 * Placeholders are immutable and the same for every list: made once and shared, so a page arriving
 * in a 100,000-entry catalogue copies an array instead of allocating 100,000 objects again.
 */
const PLACEHOLDERS: PlaceholderRow[] = [];

function placeholders(total: number): CatalogueRow[] {
  for (let i = PLACEHOLDERS.length; i < total; i++) PLACEHOLDERS.push({ id: `placeholder:${i}`, placeholder: true, index: i });
  return PLACEHOLDERS.slice(0, total);
}

/** One slot per entry: fetched pages in place, placeholders elsewhere. */
export function buildRows(
  total: number,
  pageSize: number,
  pages: readonly (readonly [page: number, rows: readonly EntrySummary[] | undefined])[],
): CatalogueRow[] {
  const rows = placeholders(total);
  for (const [page, fetched] of pages) {
    fetched?.forEach((row, i) => {
      const at = page * pageSize + i;
      if (at < total) rows[at] = row;
    });
  }
  return rows;
}
