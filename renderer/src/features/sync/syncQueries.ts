/** Query keys of sync: all under `sync`, so one invalidation after a sign-in or a run refreshes them. */
export const syncKeys = {
  all: ['sync'] as const,
  state: ['sync', 'state'] as const,
  progress: ['sync', 'progress'] as const,
  account: ['sync', 'account'] as const,
  policy: ['sync', 'policy'] as const,
  conflicts: ['sync', 'conflicts'] as const,
  outbox: ['sync', 'outbox'] as const,
  answers: ['sync', 'answers'] as const,
};
