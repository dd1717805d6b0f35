import { useCallback, useMemo, useState } from 'react';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import type { EntrySummary } from '@shared/domain/entry';
import type { CATALOGUE_SORT_KEYS } from '@shared/ipc/channels/catalogue';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { LoadedPages } from './rows';

export type SortKey = (typeof CATALOGUE_SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

export const PAGE_SIZE = 100;
/** Pages kept live (refetched on change) at once: the ones around the viewport, never the whole catalogue. */
const LIVE_PAGES = 6;

/**
 * The catalogue as pages fetched on demand: `pages` holds the ones the table asked for, by number,
 * and `total` the catalogue's size. The table asks for a page when a placeholder of it scrolls in.
 */
export function useCataloguePages(sort: SortKey, order: SortOrder) {
  const view = `${sort}:${order}`;
  const [wanted, setWanted] = useState<{ view: string; pages: number[] }>({ view, pages: [0] });
  const pages = wanted.view === view ? wanted.pages : [0];

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: queryKeys.catalogue.of('page', sort, order, page, PAGE_SIZE),
      queryFn: () => call('catalogue.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort, order }),
      // Only for the total while a new page or order loads: placeholder rows are never shown.
      placeholderData: keepPreviousData,
    })),
  });

  // The newest answer knows the current total.
  let newest = -1;
  let total = 0;
  for (const r of results) {
    if (r.data && r.dataUpdatedAt > newest) {
      newest = r.dataUpdatedAt;
      total = r.data.total;
    }
  }

  const signature = results.map((r, i) => `${pages[i]}@${r.dataUpdatedAt}${r.isPlaceholderData ? 'p' : ''}`).join(',');
  const loaded: LoadedPages = useMemo(
    () => {
      const map = new Map<number, EntrySummary[]>();
      pages.forEach((page, i) => {
        const r = results[i];
        if (r?.data && !r.isPlaceholderData) map.set(page, r.data.rows);
      });
      return map;
    },
    // `pages` and `results` are new arrays every render; what they hold changes exactly when the signature does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [signature, view],
  );

  const requestPage = useCallback(
    (page: number) =>
      setWanted((w) => {
        const current = w.view === view ? w.pages : [0];
        if (current.includes(page)) return w;
        return { view, pages: [...current, page].slice(-LIVE_PAGES) };
      }),
    [view],
  );

  const isLoading = results.every((r) => r.isPending);
  const error = results.find((r) => r.error)?.error ?? null;
  return { pages: loaded, total, requestPage, isLoading, error };
}

export type { EntrySummary };
