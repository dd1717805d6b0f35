import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/**
 * The platform's latest review of one of my entries (`catalogue.review`). Keyed under `catalogue`,
 * so the change event of a pull that brings a new review result fetches it again.
 */
export function useEntryReview(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.catalogue.of('review', id ?? ''),
    queryFn: async () => (await call('catalogue.review', { id: id! })).review ?? null,
    enabled: id !== undefined,
  });
}
