import { useQuery } from '@tanstack/react-query';
import type { AccountView } from '@shared/ipc/channels/sync';
import { call } from '../../api/client';
import { syncKeys } from './syncQueries';

/** The account signed in to the platform in this workspace, or undefined (signed out, or not loaded yet). */
export function useAccount(): AccountView | undefined {
  return useAccountQuery().data?.account;
}

export function useAccountQuery() {
  return useQuery({ queryKey: syncKeys.account, queryFn: () => call('sync.account', {}) });
}

/** The administrator's policy as the core read it at start (what it sets, what it locks). */
export function usePolicy() {
  return useQuery({ queryKey: syncKeys.policy, queryFn: () => call('policy.get', {}), staleTime: Infinity });
}
