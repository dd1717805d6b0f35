import type { EntrySummary } from '@shared/domain/entry';

/** A row not fetched yet: it knows only its position, so it can ask for its page when it is drawn. */
export interface PlaceholderRow {
  id: string;
  placeholder: true;
  index: number;
}

export type CatalogueRow = EntrySummary | PlaceholderRow;

export const isPlaceholder = (row: CatalogueRow): row is PlaceholderRow => 'placeholder' in row;

/** Fetched pages by page number; a page still loading is absent. */
export type LoadedPages = ReadonlyMap<number, readonly EntrySummary[]>;

/** The rows `start`…`end - 1` of a catalogue of `total`: fetched ones in place, placeholders for the rest. */
export function windowRows(total: number, pageSize: number, pages: LoadedPages, start: number, end: number): CatalogueRow[] {
  const rows: CatalogueRow[] = [];
  for (let i = Math.max(0, start); i < Math.min(total, end); i++) {
    const page = Math.floor(i / pageSize);
    rows.push(pages.get(page)?.[i - page * pageSize] ?? { id: `placeholder:${i}`, placeholder: true, index: i });
  }
  return rows;
}

export interface RowWindow {
  /** The first row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

/**
 * The rows to draw for a view of `viewHeight` px scrolled to `scrollTop`, `overscan` more on each
 * side so a short scroll shows drawn rows before the next render. Only these reach the table: its
 * cost follows the view, not the catalogue's size.
 */
export function rowWindow(scrollTop: number, viewHeight: number, rowHeight: number, total: number, overscan: number): RowWindow {
  const shown = Math.ceil(viewHeight / rowHeight) + 1;
  // A scroll position past the end (the list just shrank) still shows the last rows.
  const first = Math.max(0, Math.min(Math.floor(scrollTop / rowHeight), total - shown));
  return { start: Math.max(0, first - overscan), end: Math.min(total, first + shown + overscan) };
}
