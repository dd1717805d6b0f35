import { describe, expect, it } from 'vitest';
import { CHANGED_ENTITIES, EVENTS } from '@shared/ipc/contract';
import { changedKeys, queryKeys } from './queryKeys';

describe('query keys', () => {
  it('a change event for an entity invalidates the prefix of every key of that entity and of no other', () => {
    for (const entity of CHANGED_ENTITIES) {
      const key = queryKeys[entity].of('list', 1);
      expect(key.slice(0, changedKeys(entity).length)).toEqual([...changedKeys(entity)]);
      for (const other of CHANGED_ENTITIES.filter((e) => e !== entity)) expect(queryKeys[other].of('list', 1)[0]).not.toBe(changedKeys(entity)[0]);
    }
    // The editor's entry is outside the catalogue's root, so a catalogue change never reloads the open form.
    expect(queryKeys.entryForEdit.of('e-1', 0)[0]).not.toBe(changedKeys('catalogue')[0]);
  });

  it('the contract accepts only the entities it lists', () => {
    expect(EVENTS['workspace.changed'].safeParse({ entity: 'catalogue', action: 'update' }).success).toBe(true);
    expect(EVENTS['workspace.changed'].safeParse({ entity: 'catalog', action: 'update' }).success).toBe(false);
  });
});
