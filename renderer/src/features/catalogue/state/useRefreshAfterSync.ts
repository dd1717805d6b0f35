import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiEvent } from '../../../api/useApiEvent';
import { queryKeys } from '../../../api/queryKeys';

/**
 * A run's push answers can move entries (a refused submission comes back `returned`) without a
 * change event: the catalogue's lists are fetched again when a run ends.
 */
export function useRefreshAfterSync(): void {
  const client = useQueryClient();
  const running = useRef(false);
  useApiEvent('sync.state', (state) => {
    if (running.current && state.state !== 'syncing') void client.invalidateQueries({ queryKey: queryKeys.catalogue.all });
    running.current = state.state === 'syncing';
  });
}
