import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SyncProgress, SyncState } from '@shared/ipc/channels/sync';
import { call } from '../../api/client';
import { useApiEvent } from '../../api/useApiEvent';
import { useOnline } from '../../app/useOnline';
import { syncKeys } from './syncQueries';

export function useSyncState() {
  return useQuery({ queryKey: syncKeys.state, queryFn: () => call('sync.state', {}) });
}

/** Progress of the run in course; cleared when the state leaves `syncing`. */
export function useSyncProgress(): SyncProgress | undefined {
  return useQuery<SyncProgress | null>({ queryKey: syncKeys.progress, queryFn: () => null, staleTime: Infinity }).data ?? undefined;
}

/**
 * Mounted once (in the header): keeps the sync queries in step with the core's `sync.state` and
 * `sync.progress` events, and tells the core when the network goes away or comes back.
 */
export function useSyncEvents(): void {
  const client = useQueryClient();
  useApiEvent('sync.state', (state: SyncState) => {
    const before = client.getQueryData<SyncState>(syncKeys.state);
    client.setQueryData(syncKeys.state, state);
    if (state.state !== 'syncing') client.setQueryData(syncKeys.progress, null);
    // The lists behind the counts changed: refetch those on screen (never the state itself).
    if (!before || before.outbox !== state.outbox || before.conflicts !== state.conflicts || before.state !== state.state || before.signedIn !== state.signedIn) {
      for (const key of [syncKeys.outbox, syncKeys.answers, syncKeys.conflicts, syncKeys.account]) void client.invalidateQueries({ queryKey: key });
    }
  });
  useApiEvent('sync.progress', (progress) => client.setQueryData(syncKeys.progress, progress));

  const online = useOnline();
  const reported = useRef(true);
  useEffect(() => {
    // The core assumes online; only a change is news (back online starts a run).
    if (online === reported.current) return;
    reported.current = online;
    call('sync.online', { online })
      .then((state) => client.setQueryData(syncKeys.state, state))
      .catch(() => undefined);
  }, [online, client]);
}
