import { describe, expect, it } from 'vitest';
import { syncSummary } from './syncSummary';

const at = '2026-12-06T06:05:00.000Z';
const error = { code: 'SYNC_SERVER', message: 'x' };

describe('syncSummary', () => {
  it('never says synced without an account or a successful run', () => {
    expect(syncSummary({ state: 'idle', signedIn: false })).toEqual({ kind: 'neverSignedIn' });
    expect(syncSummary({ state: 'idle', signedIn: false, lastSuccessAt: at })).toEqual({ kind: 'signedOut', at });
    expect(syncSummary({ state: 'idle', signedIn: true })).toEqual({ kind: 'neverSynced' });
    expect(syncSummary({ state: 'idle', signedIn: true, lastSuccessAt: at })).toEqual({ kind: 'syncedAt', at });
  });

  it('says since when it fails, and what it is doing while it syncs', () => {
    expect(syncSummary({ state: 'error', signedIn: true, error, failingSince: at, lastSuccessAt: '2026-12-01T00:00:00Z' })).toEqual({ kind: 'failingSince', since: at });
    expect(syncSummary({ state: 'error', signedIn: false, error: { ...error, code: 'SYNC_AUTH' }, failingSince: at })).toEqual({ kind: 'failingSince', since: at });
    expect(syncSummary({ state: 'syncing', signedIn: true })).toEqual({ kind: 'syncing' });
    expect(syncSummary({ state: 'offline', signedIn: true })).toEqual({ kind: 'offline' });
    expect(syncSummary({ state: 'offline', signedIn: true, lastSuccessAt: at })).toEqual({ kind: 'offline', at });
  });
});
