import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from '@shared/ipc/contract';
import { buildWindowApi, eventChannel } from './api';

function bridge() {
  const invoked: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    invoked,
    listeners,
    emit: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload)),
    bridge: {
      invoke: async (channel: string, input: unknown) => (invoked.push({ channel, input }), { ok: true, value: channel }),
      subscribe(channel: string, listener: (payload: unknown) => void) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
        return () => void listeners.get(channel)?.delete(listener);
      },
    },
  };
}

describe('window.api built by the preload', () => {
  it('has exactly one function per contract channel and one subscription per event', () => {
    const api = buildWindowApi(CHANNEL_NAMES, EVENT_NAMES, bridge().bridge);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(Object.keys(api.call).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(api.on).sort()).toEqual([...EVENT_NAMES].sort());
    for (const f of [...Object.values(api.call), ...Object.values(api.on)]) expect(typeof f).toBe('function');
  });

  it('is frozen: the page cannot add a generic send', () => {
    const api = buildWindowApi(CHANNEL_NAMES, EVENT_NAMES, bridge().bridge);
    expect(Object.isFrozen(api) && Object.isFrozen(api.call) && Object.isFrozen(api.on)).toBe(true);
    expect(() => Object.assign(api.call, { send: () => {} })).toThrow();
  });

  it('invokes the named channel with the input (an empty object when omitted)', async () => {
    const b = bridge();
    const api = buildWindowApi(CHANNEL_NAMES, EVENT_NAMES, b.bridge);
    expect(await api.call['catalogue.list']({ limit: 5 })).toEqual({ ok: true, value: 'catalogue.list' });
    await (api.call['workspace.status'] as unknown as () => Promise<unknown>)();
    expect(b.invoked).toEqual([
      { channel: 'catalogue.list', input: { limit: 5 } },
      { channel: 'workspace.status', input: {} },
    ]);
  });

  it('delivers event payloads until unsubscribed, on their own event channel', () => {
    const b = bridge();
    const api = buildWindowApi(CHANNEL_NAMES, EVENT_NAMES, b.bridge);
    const got: unknown[] = [];
    const off = api.on['workspace.changed']((p) => got.push(p));
    // A channel and an event may share a name: events travel on the prefixed channel only.
    b.emit('workspace.status', { state: 'ready' });
    b.emit(eventChannel('workspace.changed'), { entity: 'entry', action: 'create' });
    off();
    b.emit(eventChannel('workspace.changed'), { entity: 'entry', action: 'delete' });
    expect(got).toEqual([{ entity: 'entry', action: 'create' }]);
  });

  it('refuses a listener that is not a function', () => {
    const api = buildWindowApi(CHANNEL_NAMES, EVENT_NAMES, bridge().bridge);
    expect(() => (api.on['outbox.changed'] as unknown as (l: unknown) => void)('x')).toThrow(TypeError);
  });

  it('keeps the preload free of zod and of ipcRenderer leaks', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['./api', 'electron', 'virtual:ipc-names']);
    expect(source).toMatch(/exposeInMainWorld\('api', api\)/);
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});
