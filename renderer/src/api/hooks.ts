import { useQuery } from '@tanstack/react-query';
import { call } from './client';
import { queryKeys } from './queryKeys';

export function useWorkspaceStatus() {
  return useQuery({ queryKey: queryKeys.workspace.of('status'), queryFn: () => call('workspace.status', {}) });
}

/** The open workspace's details; only used below the gate that shows the app when it is ready. */
export function useWorkspaceInfo() {
  const { data } = useWorkspaceStatus();
  return data?.state === 'ready' ? data.workspace : undefined;
}

export function useOutboxCount() {
  return useQuery({ queryKey: queryKeys.outbox.of('count'), queryFn: () => call('outbox.count', {}) });
}
