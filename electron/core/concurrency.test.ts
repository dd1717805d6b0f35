import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from './index';
import { call, initialisedCore, sampleEntry, tempDir } from '../../tests/helpers/core';

describe('concurrent user actions', () => {
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    core = await initialisedCore(t.dir);
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('run one after another: parallel creates get distinct sequence numbers and one audit record each', async () => {
    // Each create reads max(sequence) and inserts max + 1: interleaved transactions would collide.
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => core.dispatch('catalogue.create', { entry: sampleEntry(`资源${i}`) })));
    expect(results.every((r) => r.ok)).toBe(true);
    const list = await call(core, 'catalogue.list', { limit: 100, sort: 'code', order: 'asc' });
    expect(list.rows.map((r) => r.code.slice(-6))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(6, '0')));
    const audit = await call(core, 'audit.list', { limit: 100 });
    expect(audit.rows.filter((r) => r.action === 'catalogue.create')).toHaveLength(20);
  });

  it('a failing action among parallel ones writes nothing and does not disturb the others', async () => {
    const created = await call(core, 'catalogue.create', { entry: sampleEntry() });
    const [stale, fresh, other] = await Promise.all([
      core.dispatch('catalogue.update', { id: created.id, revision: 99, entry: sampleEntry('过期版本') }),
      core.dispatch('catalogue.update', { id: created.id, revision: 1, entry: sampleEntry('新版本') }),
      core.dispatch('catalogue.create', { entry: sampleEntry('另一条') }),
    ]);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fresh.ok && other.ok).toBe(true);
    expect((await call(core, 'catalogue.get', { id: created.id })).name).toBe('新版本');
    const actions = (await call(core, 'audit.list', {})).rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'catalogue.update')).toHaveLength(1);
  });
});
