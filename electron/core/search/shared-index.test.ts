import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { generateSharedEntries } from '../../../tests/generators/shared-entries';
import { pullIntoWorkspace } from '../../../tests/helpers/shared-catalogue';
import { call, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { FLUSH_MAX } from './shared-index';

describe('shared entries indexed after the pull', { timeout: 120_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir);
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('answers a search after a large pull from the index as it is, says what is pending, and catches up in the background', async () => {
    const entries = generateSharedEntries(FLUSH_MAX + 1, { seed: 3 });
    await pullIntoWorkspace(dir, entries);
    const expected = entries.filter((e) => e.items.some((i) => i.name === '公民身份号码')).length;
    expect(expected).toBeGreaterThan(0);

    const indexed = new Promise<void>((resolve) => {
      const off = core.on('workspace.changed', (e) => {
        if (e.entity === 'sharedCatalogue' && e.action === 'indexed') {
          off();
          resolve();
        }
      });
    });
    const partial = await call(core, 'search.query', { q: '公民身份号码', scope: 'shared' });
    expect(partial.pending).toBe(FLUSH_MAX + 1);
    expect(partial.total).toBeLessThan(expected);

    await indexed;
    const whole = await call(core, 'search.query', { q: '公民身份号码', scope: 'shared' });
    expect(whole.pending).toBeUndefined();
    expect(whole.total).toBe(expected);
  });

  it('indexes a small pull before answering', async () => {
    const entries = generateSharedEntries(50, { seed: 4 });
    await pullIntoWorkspace(dir, entries);
    const r = await call(core, 'search.query', { q: entries[0]!.name, scope: 'shared' });
    expect(r.pending).toBeUndefined();
    expect(r.results.map((x) => x.id)).toContain(entries[0]!.id);
  });
});
