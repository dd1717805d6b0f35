import { useQueryClient } from '@tanstack/react-query';
import { changedKeys, queryKeys } from './queryKeys';
import { useApiEvent } from './useApiEvent';

/** Keeps cached queries in step with the core: what it reports as changed is fetched again. */
export function useCoreEvents(): void {
  const client = useQueryClient();
  useApiEvent('workspace.changed', ({ entity }) => void client.invalidateQueries({ queryKey: changedKeys(entity) }));
  useApiEvent('outbox.changed', ({ count }) => client.setQueryData(queryKeys.outbox.of('count'), { count }));
  useApiEvent('workspace.status', () => void client.invalidateQueries());
}
