import type { SyncState } from '@shared/ipc/channels/sync';

/**
 * What sync can truthfully say of itself, in one phrase: never signed in, signed out, never
 * synced, syncing, synced at, failing since (or offline). An `idle` engine with no account or no
 * successful run has synced nothing, so it never says "synced".
 */
export type SyncSummary =
  | { kind: 'neverSignedIn' }
  | { kind: 'signedOut'; at: string }
  | { kind: 'syncing' }
  | { kind: 'neverSynced' }
  | { kind: 'syncedAt'; at: string }
  | { kind: 'failingSince'; since: string }
  | { kind: 'offline'; at?: string };

export function syncSummary(s: Pick<SyncState, 'state' | 'signedIn' | 'lastSuccessAt' | 'error' | 'failingSince'>): SyncSummary {
  if (s.state === 'syncing') return { kind: 'syncing' };
  if (s.error && s.failingSince && (s.signedIn || s.error.code === 'SYNC_AUTH')) return { kind: 'failingSince', since: s.failingSince };
  if (!s.signedIn) return s.lastSuccessAt ? { kind: 'signedOut', at: s.lastSuccessAt } : { kind: 'neverSignedIn' };
  if (s.state === 'offline') return s.lastSuccessAt ? { kind: 'offline', at: s.lastSuccessAt } : { kind: 'offline' };
  return s.lastSuccessAt ? { kind: 'syncedAt', at: s.lastSuccessAt } : { kind: 'neverSynced' };
}
