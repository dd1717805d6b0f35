import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, callError, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';

describe('revisions', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir, { actor: 'officer-a' });
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('keeps every saved version with field-level differences, newest first', async () => {
    const e = await call(core, 'catalogue.create', { entry: sampleEntry('甲') });
    await call(core, 'catalogue.update', { id: e.id, revision: 1, entry: { ...sampleEntry('乙'), remarks: '备注' } });
    await call(core, 'catalogue.update', {
      id: e.id,
      revision: 2,
      entry: { ...sampleEntry('乙'), remarks: '备注', items: [{ name: '姓名', type: 'C', length: '60' }] },
    });
    const { revisions } = await call(core, 'catalogue.history', { id: e.id });
    expect(revisions.map((r) => [r.revision, r.action, r.actor])).toEqual([
      [3, 'catalogue.update', 'officer-a'],
      [2, 'catalogue.update', 'officer-a'],
      [1, 'catalogue.create', 'officer-a'],
    ]);
    expect(revisions[2]?.changes).toEqual([]);
    expect(revisions[1]?.changes).toEqual(
      expect.arrayContaining([
        { path: 'name', before: '甲', after: '乙' },
        { path: 'remarks', after: '备注' },
      ]),
    );
    expect(revisions[0]?.changes).toEqual([
      { path: 'items.0.length', before: '50', after: '60' },
      { path: 'items.1', before: { name: '公民身份号码', type: 'C', length: '18' } },
    ]);
  });

  it('restores an earlier revision as a new, audited one', async () => {
    const e = await call(core, 'catalogue.create', { entry: { ...sampleEntry('甲'), remarks: '原文' } });
    await call(core, 'catalogue.update', { id: e.id, revision: 1, entry: sampleEntry('乙') });
    const restored = await call(core, 'catalogue.restore', { id: e.id, revision: 1, current: 2 });
    expect(restored).toMatchObject({ name: '甲', remarks: '原文', revision: 3, code: e.code, state: 'draft' });
    expect(restored.items).toEqual(e.items);
    const { revisions } = await call(core, 'catalogue.history', { id: e.id });
    expect(revisions[0]).toMatchObject({ revision: 3, action: 'catalogue.restore:r1' });
    expect(revisions[0]?.changes).toEqual(expect.arrayContaining([{ path: 'name', before: '乙', after: '甲' }]));
    const audit = await call(core, 'audit.list', { entityId: e.id });
    expect(audit.rows[0]).toMatchObject({ action: 'catalogue.restore', summary: '甲 (r1 → r3)' });
  });

  it('refuses a stale view and an unknown revision, writing nothing', async () => {
    const e = await call(core, 'catalogue.create', { entry: sampleEntry('甲') });
    await call(core, 'catalogue.update', { id: e.id, revision: 1, entry: sampleEntry('乙') });
    expect((await callError(core, 'catalogue.restore', { id: e.id, revision: 1, current: 1 })).code).toBe('CONFLICT');
    const missing = await callError(core, 'catalogue.restore', { id: e.id, revision: 9 });
    expect(missing.details?.issues?.[0]?.code).toBe('catalogue.validation.revisionMissing');
    expect((await callError(core, 'catalogue.restore', { id: 'nope', revision: 1 })).code).toBe('NOT_FOUND');
    expect((await callError(core, 'catalogue.history', { id: 'nope' })).code).toBe('NOT_FOUND');
    const { revisions } = await call(core, 'catalogue.history', { id: e.id });
    expect(revisions).toHaveLength(2);
    expect((await call(core, 'catalogue.get', { id: e.id })).revision).toBe(2);
  });

  it('adds no revision when a save fails', async () => {
    const a = await call(core, 'catalogue.create', { entry: sampleEntry('甲') });
    const b = await call(core, 'catalogue.create', { entry: sampleEntry('乙') });
    const err = await callError(core, 'catalogue.update', { id: b.id, revision: 1, entry: { ...sampleEntry('乙'), code: a.code } });
    expect(err.code).toBe('VALIDATION');
    expect((await call(core, 'catalogue.history', { id: b.id })).revisions).toHaveLength(1);
  });
});
