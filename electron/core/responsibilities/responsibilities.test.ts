import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { DEPARTMENT, call, callError, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';

describe('responsibility list', () => {
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

  const responsibility = {
    responsiblePerson: '王五',
    contactPhone: '0379-68312345',
    legalBasis: '《伊川县政务数据资源管理办法》第十三条',
    collectionResponsibility: '负责全县户籍数据归集',
    updateCommitment: '每日更新',
    qualityResponsibility: '对数据准确性负责',
    objectionHandler: '赵六',
  };

  it('derives one row per entry from the catalogue, with the gaps of entries without a responsibility', async () => {
    const a = await call(core, 'catalogue.create', { entry: { ...sampleEntry('人口基础信息'), providerUnit: '户政科' } });
    await call(core, 'catalogue.create', { entry: sampleEntry('婚姻登记信息') });
    const list = await call(core, 'responsibilities.list', {});
    expect(list).toMatchObject({ total: 2, incomplete: 2 });
    const row = list.rows.find((r) => r.entryId === a.id);
    expect(row).toMatchObject({ code: a.code, name: '人口基础信息', department: DEPARTMENT.name, unit: '户政科', updateCycle: 'daily', revision: 0 });
    expect(row?.gaps).toEqual(['responsiblePerson', 'legalBasis', 'collectionResponsibility', 'updateCommitment', 'qualityResponsibility', 'objectionHandler']);
  });

  it('saves a responsibility with an audit record, guards against stale views and lists the remaining gaps', async () => {
    const a = await call(core, 'catalogue.create', { entry: sampleEntry('人口基础信息') });
    const b = await call(core, 'catalogue.create', { entry: sampleEntry('婚姻登记信息') });
    const saved = await call(core, 'responsibilities.update', { entryId: a.id, revision: 0, responsibility });
    expect(saved).toMatchObject({ ...responsibility, gaps: [], revision: 1 });
    const stale = await callError(core, 'responsibilities.update', { entryId: a.id, revision: 0, responsibility: { responsiblePerson: '旧' } });
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { params: { current: 1, yours: 0 } } });
    // Clearing a field brings its gap back.
    const partial = await call(core, 'responsibilities.update', { entryId: a.id, revision: 1, responsibility: { ...responsibility, qualityResponsibility: ' ' } });
    expect(partial).toMatchObject({ revision: 2, gaps: ['qualityResponsibility'] });
    expect(partial.qualityResponsibility).toBeUndefined();

    const gaps = await call(core, 'responsibilities.list', { gapsOnly: true });
    expect(gaps.rows.map((r) => r.entryId).sort()).toEqual([a.id, b.id].sort());
    await call(core, 'responsibilities.update', { entryId: b.id, revision: 0, responsibility });
    expect((await call(core, 'responsibilities.list', { gapsOnly: true })).rows.map((r) => r.entryId)).toEqual([a.id]);

    const audit = await call(core, 'audit.list', { entityId: a.id });
    expect(audit.rows.filter((r) => r.action === 'responsibilities.update').map((r) => r.summary)).toEqual(['人口基础信息 (r2)', '人口基础信息 (r1)']);
    expect((await callError(core, 'responsibilities.update', { entryId: 'nope', revision: 0, responsibility })).code).toBe('NOT_FOUND');
    expect((await callError(core, 'responsibilities.update', { entryId: a.id, revision: 2, responsibility: { legalBasis: 'x'.repeat(501) } })).code).toBe('VALIDATION');
  });
});
