import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { Database } from '../db/database';
import { workspacePaths } from '../workspace/paths';
import { applyReviewResult, markSubmitted } from './states';
import { call, callError, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';

/** Complete for the Yichuan profile of the test workspace: classification, security level, usage requirements. */
const complete = (name = '人口基础信息') => ({
  ...sampleEntry(name),
  classification: { scheme: 'national1272' as const, category: '1', item: '01' },
  dataGrade: 'important' as const,
  usageRequirements: '仅限履职使用，不得转让',
});

describe('entry states', () => {
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

  /** Runs a sync hook the way sync will: in its own transaction on the workspace database. */
  async function asSync(fn: (tx: Parameters<Parameters<Database['transaction']>[0]>[0]) => Promise<void>) {
    await core.close();
    const db = await Database.open(workspacePaths(dir).db);
    try {
      await db.transaction(fn);
    } finally {
      await db.close();
      core = await initialisedCore(dir);
    }
  }

  it('refuses ready while quality errors remain, with the errors as issues; warnings are allowed', async () => {
    const e = await call(core, 'catalogue.create', { entry: sampleEntry() });
    const err = await callError(core, 'catalogue.setState', { id: e.id, revision: 1, state: 'ready' });
    expect(err).toMatchObject({ code: 'ENTRY_HAS_ERRORS', message: '该条目还有 3 个质量错误，改正后才能标记为待提交' });
    expect(err.details?.issues?.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      'classification:catalogue.quality.requiredByProfile',
      'dataGrade:catalogue.quality.requiredByProfile',
      'usageRequirements:catalogue.quality.requiredByProfile',
    ]);
    expect((await call(core, 'catalogue.get', { id: e.id })).state).toBe('draft');

    const fixed = await call(core, 'catalogue.update', { id: e.id, revision: 1, entry: complete() });
    const q = await call(core, 'catalogue.quality', { id: e.id });
    expect(q.entries[0]?.errors).toBe(0);
    expect(q.entries[0]?.warnings).toBeGreaterThan(0);
    const ready = await call(core, 'catalogue.setState', { id: e.id, revision: fixed.revision, state: 'ready' });
    expect(ready).toMatchObject({ state: 'ready', revision: fixed.revision + 1 });
    const audit = await call(core, 'audit.list', { entityId: e.id });
    expect(audit.rows[0]).toMatchObject({ action: 'catalogue.setState', summary: 'ready' });
  });

  it('sends an edited ready entry back to draft', async () => {
    const e = await call(core, 'catalogue.create', { entry: complete() });
    await call(core, 'catalogue.setState', { id: e.id, revision: 1, state: 'ready' });
    const edited = await call(core, 'catalogue.update', { id: e.id, revision: 2, entry: complete('人口基础信息库') });
    expect(edited.state).toBe('draft');
  });

  it('refuses transitions that are not the officer’s, and stale revisions', async () => {
    const e = await call(core, 'catalogue.create', { entry: complete() });
    const submit = await callError(core, 'catalogue.setState', { id: e.id, revision: 1, state: 'submitted' });
    expect(submit).toMatchObject({ code: 'STATE_FORBIDS', message: '当前状态（draft）不允许此操作' });
    expect((await callError(core, 'catalogue.setState', { id: e.id, revision: 1, state: 'published' })).code).toBe('STATE_FORBIDS');
    expect((await callError(core, 'catalogue.setState', { id: e.id, revision: 7, state: 'ready' })).code).toBe('CONFLICT');
    expect((await callError(core, 'catalogue.setState', { id: 'nope', revision: 1, state: 'ready' })).code).toBe('NOT_FOUND');
  });

  it('walks the whole life through the sync hooks: submitted, returned, published, changing, retired', async () => {
    const e = await call(core, 'catalogue.create', { entry: complete() });
    await call(core, 'catalogue.setState', { id: e.id, revision: 1, state: 'ready' });
    const meta = { actor: 'sync', at: '2026-03-03T09:00:00.000Z' };
    await asSync((tx) => markSubmitted(tx, e.id, meta));
    let now = await call(core, 'catalogue.get', { id: e.id });
    expect(now.state).toBe('submitted');
    // In flight: neither editable nor deletable.
    expect((await callError(core, 'catalogue.update', { id: e.id, revision: now.revision, entry: complete() })).code).toBe('STATE_FORBIDS');
    expect((await callError(core, 'catalogue.delete', { id: e.id })).code).toBe('STATE_FORBIDS');

    await asSync((tx) => applyReviewResult(tx, e.id, { outcome: 'returned', reason: '摘要不清' }, meta));
    now = await call(core, 'catalogue.get', { id: e.id });
    expect(now.state).toBe('returned');
    await call(core, 'catalogue.setState', { id: e.id, revision: now.revision, state: 'ready' });
    await asSync((tx) => markSubmitted(tx, e.id, meta));
    await asSync((tx) => applyReviewResult(tx, e.id, { outcome: 'published' }, meta));
    now = await call(core, 'catalogue.get', { id: e.id });
    expect(now.state).toBe('published');
    expect((await callError(core, 'catalogue.update', { id: e.id, revision: now.revision, entry: complete() })).code).toBe('STATE_FORBIDS');

    now = await call(core, 'catalogue.setState', { id: e.id, revision: now.revision, state: 'changing' });
    now = await call(core, 'catalogue.update', { id: e.id, revision: now.revision, entry: complete('人口基础信息（2026）') });
    expect(now.state).toBe('changing');
    now = await call(core, 'catalogue.setState', { id: e.id, revision: now.revision, state: 'retired' });
    expect(now.state).toBe('retired');

    const { revisions } = await call(core, 'catalogue.history', { id: e.id });
    expect(revisions.map((r) => r.state).reverse()).toEqual([
      'draft', 'ready', 'submitted', 'returned', 'ready', 'submitted', 'published', 'changing', 'changing', 'retired',
    ]);
    expect(revisions.find((r) => r.state === 'returned')?.action).toBe('sync.returned: 摘要不清');
  });

  it('refuses a sync hook out of order and leaves the entry as it was', async () => {
    const e = await call(core, 'catalogue.create', { entry: complete() });
    await expect(asSync((tx) => applyReviewResult(tx, e.id, { outcome: 'published' }, { actor: 'sync', at: 't' }))).rejects.toMatchObject({ code: 'STATE_FORBIDS' });
    expect((await call(core, 'catalogue.get', { id: e.id })).state).toBe('draft');
  });
});
