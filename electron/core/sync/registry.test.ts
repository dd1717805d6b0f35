import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, type Change } from '@shared/protocol/index';
import type { Tx } from '../db/database';
import { coreRegistry } from '../registry';
import { applyChanges, buildRegistry, prepareChanges, type ApplyMeta, type SyncRegistration } from './registry';

const attachmentPath = (dir: string, sha: string) => `${dir}/${sha}`;
const meta = (): ApplyMeta => ({ actor: 'sync', at: '2026-03-02T00:00:00.000Z', departmentCode: 'X', resync: false, confirmed: false, changed: () => undefined });
const tx = {} as Tx;

describe('sync registry', () => {
  it("the core's registry has an applier for every change kind of the protocol", () => {
    const registry = coreRegistry();
    expect([...registry.changeKinds].sort()).toEqual([...CHANGE_KINDS].sort());
    for (const kind of CHANGE_KINDS) expect(registry.changeOf(kind), kind).toBeDefined();
    // Operation kinds: the registered ones have effects; any kind is still carried.
    expect(registry.effectsOf('catalogue.submit').accepted).toBeTypeOf('function');
    expect(registry.effectsOf('no.such.kind')).toEqual({});
  });

  it('refuses a change kind without an applier, and a kind registered twice', () => {
    expect(() => buildRegistry([], { changeKinds: ['calendar.override'], attachmentPath })).toThrow(/without an applier: calendar.override/);
    const one: SyncRegistration = { operations: { 'zeroUpdate.report': {} } };
    expect(() => buildRegistry([one, one], { changeKinds: [], attachmentPath })).toThrow(/zeroUpdate.report registered twice/);
    const change: SyncRegistration = { changes: { 'profile.update': { apply: async () => undefined } } };
    expect(() => buildRegistry([change, change], { changeKinds: ['profile.update'], attachmentPath })).toThrow(/profile.update registered twice/);
  });

  it('runs page appliers first (kinds sharing one registration in one call, in feed order), then the rest in feed order', async () => {
    const calls: string[] = [];
    const shared = { applyPage: async (_tx: Tx, changes: readonly Change[]) => void calls.push(`page ${changes.map((c) => c.kind).join(',')}`) };
    const registry = buildRegistry(
      [
        { changes: { 'sharedEntry.upsert': shared, 'sharedEntry.remove': shared } },
        { changes: { 'calendar.override': { apply: async (_tx, c) => void calls.push(`one ${c.calendar.year}`) } } },
        { changes: { 'profile.update': { apply: async (_tx, c) => void calls.push(`one ${c.profileId}`) } } },
      ],
      { changeKinds: ['calendar.override', 'profile.update', 'sharedEntry.upsert', 'sharedEntry.remove'], attachmentPath },
    );
    const page = [
      { kind: 'calendar.override', calendar: { year: 2027, days: [] } },
      { kind: 'sharedEntry.remove', entryId: 'a', revision: 2 },
      { kind: 'profile.update', profileId: 'yichuan', settings: {} },
      { kind: 'sharedEntry.upsert', entry: { id: 'b' } },
      { kind: 'calendar.override', calendar: { year: 2028, days: [] } },
    ] as Change[];
    const kinds = await applyChanges(registry, tx, page, meta());
    expect(calls).toEqual(['page sharedEntry.remove,sharedEntry.upsert', 'one 2027', 'one yichuan', 'one 2028']);
    expect([...kinds].sort()).toEqual(['calendar.override', 'profile.update', 'sharedEntry.remove', 'sharedEntry.upsert']);
  });

  it('prepares a page before its transaction: each registration with a prepare hook once, with its kinds\' changes in feed order', async () => {
    const calls: string[] = [];
    const shared = {
      applyPage: async () => undefined,
      prepare: async (changes: readonly Change[]) => void calls.push(`prepare ${changes.map((c) => c.kind).join(',')}`),
    };
    const registry = buildRegistry(
      [
        { changes: { 'sharedEntry.upsert': shared, 'sharedEntry.remove': shared } },
        { changes: { 'profile.update': { apply: async () => undefined } } },
      ],
      { changeKinds: ['profile.update', 'sharedEntry.upsert', 'sharedEntry.remove'], attachmentPath },
    );
    const page = [
      { kind: 'sharedEntry.upsert', entry: { id: 'b' } },
      { kind: 'profile.update', profileId: 'yichuan', settings: {} },
      { kind: 'sharedEntry.remove', entryId: 'a', revision: 2 },
    ] as Change[];
    await prepareChanges(registry, page);
    expect(calls).toEqual(['prepare sharedEntry.upsert,sharedEntry.remove']);
    // A page without the kinds prepares nothing.
    await prepareChanges(registry, [page[1]!]);
    expect(calls).toHaveLength(1);
  });
});
