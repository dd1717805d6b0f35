import { describe, expect, it, vi } from 'vitest';
import type { SyncState } from '@shared/ipc/channels/sync';
import type { CoreContext } from '../context';
import { EventBus } from '../events';
import { ReminderService } from './reminders';

const state = (s: SyncState['state']): SyncState => ({ state: s, signedIn: true, outbox: 0, conflicts: 0, clockSkewed: false });

describe('reminder checks and sync runs', () => {
  it('checks after each change outside a sync run, and once after a run whatever its pages told', () => {
    const events = new EventBus();
    const ctx = { events, logger: { warn: () => undefined }, workspace: () => { throw new Error('no workspace'); } } as unknown as CoreContext;
    const service = new ReminderService(ctx, [], { intervalMs: 0 });
    const check = vi.spyOn(service, 'check');
    events.emit('workspace.changed', { entity: 'catalogue', action: 'update' });
    expect(check).toHaveBeenCalledTimes(1);

    events.emit('sync.state', state('syncing'));
    for (let page = 0; page < 200; page++) events.emit('workspace.changed', { entity: 'catalogue', action: 'sync' });
    events.emit('workspace.changed', { entity: 'requests', action: 'sync' });
    expect(check).toHaveBeenCalledTimes(1);
    events.emit('sync.state', state('idle'));
    expect(check).toHaveBeenCalledTimes(2);

    // A run that changed nothing with deadlines asks for no check; a failed one that did, asks once.
    events.emit('sync.state', state('syncing'));
    events.emit('workspace.changed', { entity: 'sharedCatalogue', action: 'sync' });
    events.emit('sync.state', state('idle'));
    expect(check).toHaveBeenCalledTimes(2);
    events.emit('sync.state', state('syncing'));
    events.emit('workspace.changed', { entity: 'objections', action: 'sync' });
    events.emit('sync.state', state('error'));
    events.emit('sync.state', state('error'));
    expect(check).toHaveBeenCalledTimes(3);
  });
});
