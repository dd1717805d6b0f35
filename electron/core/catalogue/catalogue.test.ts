import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { DEPARTMENT, call, callError, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';
import { translate } from '@shared/i18n/messages';
import { publishAsSync } from '../../../tests/helpers/zero-updates';

describe('catalogue entries', () => {
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

  it('creates, reads, lists, updates and deletes an entry', async () => {
    const created = await call(core, 'catalogue.create', { entry: sampleEntry() });
    expect(created.code).toBe(`${DEPARTMENT.code}/000001`);
    expect(created.state).toBe('draft');
    expect(created.items.map((i) => i.name)).toEqual(['姓名', '公民身份号码']);

    const list = await call(core, 'catalogue.list', {});
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ id: created.id, itemCount: 2, shareType: 'conditional' });

    const updated = await call(core, 'catalogue.update', {
      id: created.id,
      revision: created.revision,
      entry: { ...sampleEntry('人口基础信息（更新）'), items: [{ name: '姓名', type: 'C', length: '60' }] },
    });
    expect(updated.revision).toBe(2);
    expect(updated.items).toEqual([{ name: '姓名', type: 'C', length: '60' }]);

    await call(core, 'catalogue.delete', { id: created.id, revision: 2 });
    expect((await call(core, 'catalogue.list', {})).total).toBe(0);
    const audit = await call(core, 'audit.list', { entityId: created.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['catalogue.delete', 'catalogue.update', 'catalogue.create']);
  });

  it('counts the entries of each state without reading them', async () => {
    expect(await call(core, 'catalogue.stateCounts', {})).toEqual({ counts: {} });
    const a = await call(core, 'catalogue.create', { entry: sampleEntry('婚姻登记信息') });
    await call(core, 'catalogue.create', { entry: sampleEntry('收养登记信息') });
    const b = await call(core, 'catalogue.create', { entry: { ...sampleEntry('出生医学证明信息'), classification: { scheme: 'national1272', category: '1', item: '01' }, dataGrade: 'important', usageRequirements: '仅限履职使用，不得转让' } });
    await call(core, 'catalogue.setState', { id: b.id, revision: 1, state: 'ready' });
    await call(core, 'catalogue.delete', { id: a.id, revision: a.revision });
    await core.close();
    await publishAsSync(dir, [b.id], new Date().toISOString());
    core = await initialisedCore(dir);
    expect(await call(core, 'catalogue.stateCounts', {})).toEqual({ counts: { draft: 1, published: 1 } });
  });

  it('refuses a stale revision instead of overwriting', async () => {
    const created = await call(core, 'catalogue.create', { entry: sampleEntry() });
    await call(core, 'catalogue.update', { id: created.id, revision: 1, entry: sampleEntry('甲') });
    const err = await callError(core, 'catalogue.update', { id: created.id, revision: 1, entry: sampleEntry('乙') });
    expect(err.code).toBe('CONFLICT');
    expect((await call(core, 'catalogue.get', { id: created.id })).name).toBe('甲');
  });

  it('rejects invalid input with field issues and writes nothing', async () => {
    const bad = { ...sampleEntry(), name: '', shareCondition: undefined, formatType: 'pdf', items: [{ name: 'x', type: 'Q' }] };
    const err = await callError(core, 'catalogue.create', { entry: bad });
    expect(err.code).toBe('VALIDATION');
    const paths = err.details?.issues?.map((i) => `${i.path}:${i.code}`);
    expect(paths).toEqual(expect.arrayContaining(['entry.name:validation.required', 'entry.items.0.type:validation.enum']));
    expect(err.message).toBe('输入有误，请检查标出的字段');
    expect((await call(core, 'catalogue.list', {})).total).toBe(0);
    expect((await call(core, 'audit.list', {})).rows.map((r) => r.action)).toEqual(['workspace.init']);
  });

  it('tells a field of the wrong type (invalid) from a missing one (required)', async () => {
    const entry = sampleEntry() as Record<string, unknown> & { items: Record<string, unknown>[] };
    const { summary: _missing, ...rest } = entry;
    const r = await call(core, 'catalogue.validate', {
      entry: { ...rest, name: 42, recordCount: '很多', items: [{ ...entry.items[0], length: 18 }, { ...entry.items[0], name: undefined }] },
    });
    expect(r.issues.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      'items.0.length:validation.invalid',
      'items.1.name:validation.required',
      'name:validation.invalid',
      'recordCount:validation.invalid',
      'summary:validation.required',
    ]);
    expect(r.issues.find((i) => i.path === 'name')?.message).toBe(translate('validation.invalid', 'zh-CN'));
  });

  it('applies the cross-field rules of the sharing attributes', async () => {
    const r = await call(core, 'catalogue.validate', {
      entry: { ...sampleEntry(), shareCondition: '', formatType: 'pdf', shareMethodType: 'file', openType: 'conditional', providerCode: '12320100671322000A' },
    });
    expect(r.issues.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      'formatType:validation.formatTypeMismatch',
      'openCondition:validation.openConditionRequired',
      'providerCode:validation.uscc',
      'shareCondition:validation.conditionRequired',
      'shareMethodType:validation.shareMethodMismatch',
    ]);
  });
});
