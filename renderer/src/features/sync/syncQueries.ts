import { queryKeys } from '../../api/queryKeys';

/** Query keys of sync: all under `sync`, so one invalidation after a sign-in or a run refreshes them. */
export const syncKeys = {
  all: queryKeys.sync.all,
  state: queryKeys.sync.of('state'),
  progress: queryKeys.sync.of('progress'),
  account: queryKeys.sync.of('account'),
  policy: queryKeys.sync.of('policy'),
  conflicts: queryKeys.sync.of('conflicts'),
  outbox: queryKeys.sync.of('outbox'),
  answers: queryKeys.sync.of('answers'),
};
