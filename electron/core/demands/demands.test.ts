import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { Database } from '../db/database';
import { workspacePaths } from '../workspace/paths';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { markRequested } from './repository';
import { DEPARTMENT, call, callError, initialisedCore, tempDir } from '../../../tests/helpers/core';
import type { Input } from '@shared/ipc/contract';

const demand = (over: Partial<Input<'demands.create'>['demand']> = {}): Input<'demands.create'>['demand'] => ({
  name: '常住人口信息',
  description: '低保审核时核对申请人的户籍和家庭成员',
  items: ['姓名', '身份证号码', '住址'],
  providerName: '伊川县公安局',
  basisKind: 'law',
  basisText: '《社会救助暂行办法》第十一条',
  scenario: '最低生活保障审核',
  shareMethod: 'interface',
  updateFrequency: 'monthly',
  areaScope: '全县',
  timeScope: '2020年至今',
  expectedVolume: 200,
  contactName: '李四',
  contactPhone: '0379-6831 2345',
  proposedOn: '2026-03-02',
  ...over,
});

describe('demand list', () => {
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

  it('creates demands numbered per workspace, for the workspace’s department, with an audit record', async () => {
    const a = await call(core, 'demands.create', { demand: demand() });
    const b = await call(core, 'demands.create', { demand: demand({ name: '婚姻登记信息' }) });
    expect(a).toMatchObject({ number: 'XQ-2026-0001', status: 'pending', revision: 1, departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code, contactPhone: '037968312345' });
    expect(b.number).toBe('XQ-2026-0002');
    const list = await call(core, 'demands.list', {});
    expect(list.rows.map((r) => r.number)).toEqual(['XQ-2026-0002', 'XQ-2026-0001']);
    expect(list.counts).toMatchObject({ pending: 2, matched: 0 });
    const audit = await call(core, 'audit.list', { entityId: a.id });
    expect(audit.rows[0]).toMatchObject({ action: 'demands.create', summary: 'XQ-2026-0001 常住人口信息' });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const err = await callError(core, 'demands.create', { demand: demand({ contactPhone: '12345', providerCode: '11410329MB0000001Y' }) });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.issues?.map((i) => `${i.path} ${i.code}`).sort()).toEqual([
      'demand.contactPhone validation.contactPhone',
      'demand.providerCode validation.uscc',
    ]);
    expect(err.details?.issues?.[0]?.message).toMatch(/电话|统一社会信用代码/);
    expect((await call(core, 'demands.list', {})).total).toBe(0);
  });

  it('updates only the revision the officer saw', async () => {
    const a = await call(core, 'demands.create', { demand: demand() });
    const b = await call(core, 'demands.update', { id: a.id, revision: 1, demand: demand({ description: '改为核对家庭成员' }) });
    expect(b).toMatchObject({ revision: 2, description: '改为核对家庭成员', number: a.number });
    const stale = await callError(core, 'demands.update', { id: a.id, revision: 1, demand: demand({ description: '旧的' }) });
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { params: { current: 2, yours: 1 } } });
    expect((await call(core, 'demands.get', { id: a.id })).description).toBe('改为核对家庭成员');
  });

  it('follows the status table: illegal moves are typed errors, unsatisfiable needs its reason', async () => {
    const a = await call(core, 'demands.create', { demand: demand() });
    expect(await callError(core, 'demands.setStatus', { id: a.id, revision: 1, status: 'satisfied' })).toMatchObject({
      code: 'DEMAND_TRANSITION',
      details: { params: { from: 'pending', to: 'satisfied' } },
    });
    expect((await callError(core, 'demands.setStatus', { id: a.id, revision: 1, status: 'matched' })).code).toBe('DEMAND_NO_MATCH');
    const noReason = await callError(core, 'demands.setStatus', { id: a.id, revision: 1, status: 'unsatisfiable' });
    expect(noReason.details?.issues?.map((i) => `${i.path} ${i.code}`)).toEqual(['reason validation.demandReasonRequired']);
    const done = await call(core, 'demands.setStatus', { id: a.id, revision: 1, status: 'unsatisfiable', reason: '提供方没有此数据' });
    expect(done).toMatchObject({ status: 'unsatisfiable', statusReason: '提供方没有此数据', revision: 2 });
    // Final: no way back, no edits, no deletion.
    expect((await callError(core, 'demands.setStatus', { id: a.id, revision: 2, status: 'pending' })).code).toBe('DEMAND_TRANSITION');
    expect((await callError(core, 'demands.update', { id: a.id, revision: 2, demand: demand() })).code).toBe('STATE_FORBIDS');
    expect((await callError(core, 'demands.delete', { id: a.id })).code).toBe('STATE_FORBIDS');
    const audit = await call(core, 'audit.list', { entityId: a.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['demands.setStatus', 'demands.create']);
  });

  it('suggests shared entries by name and items, with the items that matched, and accepts one', async () => {
    await pullIntoWorkspace(dir, [
      sharedEntry('pop', { code: '101/A', name: '人口基础信息', items: [{ name: '姓名', type: 'C', length: '50' }, { name: '身份证号码', type: 'C', length: '18' }, { name: '户籍地址', type: 'C', length: '200' }] }),
      sharedEntry('pop2', { code: '101/B', name: '常住人口统计', items: [{ name: '人口数', type: 'N', length: '10' }] }),
      sharedEntry('biz', { code: '102/C', name: '企业登记信息', provider: '伊川县市场监管局', items: [{ name: '统一社会信用代码', type: 'C', length: '18' }] }),
    ]);
    const a = await call(core, 'demands.create', { demand: demand({ items: ['姓名', '身份证号码', '住址'] }) });
    const { suggestions } = await call(core, 'demands.suggest', { id: a.id });
    expect(suggestions.map((s) => s.entryId)).toEqual(['pop', 'pop2']);
    const [best] = suggestions;
    expect(best?.matches.map((m) => `${m.needed}=${m.item}@${m.position}`)).toEqual(['姓名=姓名@1', '身份证号码=身份证号码@2']);
    expect(best?.missing).toEqual(['住址']);
    expect(best?.items).toEqual(['姓名', '身份证号码', '户籍地址']);

    const matched = await call(core, 'demands.acceptMatch', { id: a.id, revision: 1, entryId: 'pop' });
    expect(matched).toMatchObject({ status: 'matched', matchedEntryId: 'pop', matchedCode: '101/A', matchedName: '人口基础信息', revision: 2 });
    // A share request is filed and refused: back to the kept match; dropping the match clears it.
    const requested = await call(core, 'demands.setStatus', { id: a.id, revision: 2, status: 'requested' });
    const back = await call(core, 'demands.setStatus', { id: a.id, revision: requested.revision, status: 'matched' });
    expect(back.matchedEntryId).toBe('pop');
    const dropped = await call(core, 'demands.setStatus', { id: a.id, revision: back.revision, status: 'pending' });
    expect(dropped.matchedEntryId).toBeUndefined();
    expect((await callError(core, 'demands.acceptMatch', { id: a.id, revision: dropped.revision, entryId: 'gone' })).code).toBe('NOT_FOUND');
  });

  it('lets a share request mark a matched demand requested, in the request’s transaction', async () => {
    await pullIntoWorkspace(dir, [sharedEntry('pop', { code: '101/A' })]);
    const a = await call(core, 'demands.create', { demand: demand() });
    const asRequests = async () => {
      const db = await Database.open(workspacePaths(dir).db);
      try {
        return await db.transaction((tx) => markRequested(tx, a.id, '2026-03-03T09:00:00.000Z'));
      } finally {
        await db.close();
      }
    };
    await expect(asRequests()).rejects.toMatchObject({ code: 'DEMAND_TRANSITION' });
    await call(core, 'demands.acceptMatch', { id: a.id, revision: 1, entryId: 'pop' });
    expect(await asRequests()).toBe('pop');
    expect(await call(core, 'demands.get', { id: a.id })).toMatchObject({ status: 'requested', matchedEntryId: 'pop', revision: 3 });
  });

  it('suggests nothing from an empty shared catalogue', async () => {
    const a = await call(core, 'demands.create', { demand: demand() });
    expect((await call(core, 'demands.suggest', { id: a.id })).suggestions).toEqual([]);
  });

  it('deletes a pending demand, guarded by its revision', async () => {
    const a = await call(core, 'demands.create', { demand: demand() });
    expect((await callError(core, 'demands.delete', { id: a.id, revision: 9 })).code).toBe('CONFLICT');
    await call(core, 'demands.delete', { id: a.id, revision: 1 });
    expect((await callError(core, 'demands.get', { id: a.id })).code).toBe('NOT_FOUND');
  });
});
