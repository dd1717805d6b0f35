import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChangedEntity } from '@shared/ipc/contract';
import { changedKeys, queryKeys } from './queryKeys';
import { useApiEvent } from './useApiEvent';

/**
 * What a run's push answers move without a change event per record: a request waiting 待同步
 * becomes 已提交, a refused submission comes back 退回, an objection or zero-update report is
 * delivered. Their lists and drawers are fetched again when a run ends.
 */
const MOVED_BY_ANSWERS: readonly ChangedEntity[] = ['catalogue', 'requests', 'objections', 'zeroUpdates', 'lists'];

/** Keeps cached queries in step with the core: what it reports as changed is fetched again. */
export function useCoreEvents(): void {
  const client = useQueryClient();
  const running = useRef(false);
  useApiEvent('workspace.changed', ({ entity }) => void client.invalidateQueries({ queryKey: changedKeys(entity) }));
  useApiEvent('outbox.changed', ({ count }) => client.setQueryData(queryKeys.outbox.of('count'), { count }));
  useApiEvent('workspace.status', () => void client.invalidateQueries());
  useApiEvent('sync.state', (state) => {
    if (running.current && state.state !== 'syncing') for (const entity of MOVED_BY_ANSWERS) void client.invalidateQueries({ queryKey: changedKeys(entity) });
    running.current = state.state === 'syncing';
  });
}
