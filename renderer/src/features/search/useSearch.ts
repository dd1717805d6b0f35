import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SearchFilters, SearchScope } from '@shared/ipc/channels/search';
import { call } from '../../api/client';
import { useApiEvent } from '../../api/useApiEvent';
import { queryKeys } from '../../api/queryKeys';

export const SEARCH_PAGE = 20;

/**
 * `search.query` for the officer's query, scope and facet filters. Keyed under `catalogue`, so a
 * saved entry shows up in results without a new search; the previous page stays while the next loads.
 */
export function useSearch(q: string, scope: SearchScope, filters: SearchFilters, page: number) {
  const query = q.trim();
  const client = useQueryClient();
  // After a large pull the answer may say entries are `pending`; ask again once they are indexed.
  useApiEvent('workspace.changed', ({ entity, action }) => {
    if (entity !== 'sharedCatalogue' || action !== 'indexed') return;
    void client.invalidateQueries({ queryKey: queryKeys.catalogue.of('search') });
    void client.invalidateQueries({ queryKey: queryKeys.catalogue.of('searchFacets') });
  });
  return useQuery({
    queryKey: queryKeys.catalogue.of('search', query, scope, filters, page),
    queryFn: () => call('search.query', { q: query, scope, filters, limit: SEARCH_PAGE, offset: page * SEARCH_PAGE }),
    enabled: query.length > 0,
    placeholderData: (previous) => previous,
  });
}

/**
 * `search.facets` for the same query, asked beside `search.query`: counting facets reads every
 * match, so the page does not wait for it. While only the filters change, the previous counts stay
 * until the new ones come; a new query or scope shows none until its own arrive.
 */
export function useSearchFacets(q: string, scope: SearchScope, filters: SearchFilters) {
  const query = q.trim();
  return useQuery({
    queryKey: queryKeys.catalogue.of('searchFacets', query, scope, filters),
    queryFn: () => call('search.facets', { q: query, scope, filters }),
    enabled: query.length > 0,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === query && previousQuery.queryKey[3] === scope ? previous : undefined),
  });
}
