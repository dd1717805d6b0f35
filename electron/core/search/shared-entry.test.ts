import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { pullIntoWorkspace, sharedEntry } from '../shared-catalogue/testing';
import { call, callError, initialisedCore, tempDir } from '../../../tests/helpers/core';

describe('search.sharedEntry', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir);
    await pullIntoWorkspace(dir, [
      sharedEntry('s2', { name: '企业法人登记信息', items: [{ name: '统一社会信用代码', type: 'C', length: '18' }, { name: '法定代表人', type: 'C', length: '50' }] }),
    ]);
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('returns the cached entry with its data items, in order', async () => {
    const { entry } = await call(core, 'search.sharedEntry', { id: 's2' });
    expect(entry.name).toBe('企业法人登记信息');
    expect(entry.items.map((i) => i.name)).toEqual(['统一社会信用代码', '法定代表人']);
  });

  it('says NOT_FOUND for an entry the cache does not hold', async () => {
    expect((await callError(core, 'search.sharedEntry', { id: 'gone' })).code).toBe('NOT_FOUND');
  });
});
