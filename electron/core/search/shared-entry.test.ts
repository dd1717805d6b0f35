import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { call, callError, initialisedCore, tempDir } from '../../../tests/helpers/core';

describe('search.sharedEntry and search.sharedList', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir);
    await pullIntoWorkspace(dir, [
      sharedEntry('s2', { name: '企业法人登记信息', items: [{ name: '统一社会信用代码', type: 'C', length: '18' }, { name: '法定代表人', type: 'C', length: '50' }] }),
      sharedEntry('s1', { publishedAt: '2025-12-01T08:00:00.000Z' }),
      sharedEntry('s3', { name: '常住人口统计', publishedAt: '2026-02-01T08:00:00.000Z', items: [{ name: '人口数', type: 'N', length: '10' }] }),
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

  it('lists the cached shared catalogue page by page, newest first, with item counts', async () => {
    const first = await call(core, 'search.sharedList', { limit: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => [r.id, r.itemCount])).toEqual([
      ['s3', 1],
      ['s2', 2],
    ]);
    const second = await call(core, 'search.sharedList', { offset: 2, limit: 2 });
    expect(second.rows.map((r) => r.id)).toEqual(['s1']);
  });

  it('says NOT_FOUND for an entry the cache does not hold', async () => {
    expect((await callError(core, 'search.sharedEntry', { id: 'gone' })).code).toBe('NOT_FOUND');
  });
});
