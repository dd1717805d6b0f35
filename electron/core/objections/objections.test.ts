import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../index';
import { call, callError, DEPARTMENT, fixedTime, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { platformObjection, pullChanges } from '../../../tests/helpers/requests';

const OTHER = '11410329MB0000001X';
const PDF = Buffer.from('%PDF-1.4\n% evidence\n');


let dir: string;
let cleanup: () => void;
let core: Core;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  core = await initialisedCore(dir, { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } });
  await pullIntoWorkspace(dir, [sharedEntry('e1')]);
});
afterEach(async () => {
  await core.close();
  cleanup();
});

describe('objections', () => {
  it('raised on a data item and record with evidence: queued, and shown on the entry while open', async () => {
    const ev = await call(core, 'attachments.add', { role: 'evidence', fileName: '截图.pdf', source: { base64: PDF.toString('base64') } });
    const o = await call(core, 'objections.raise', { entryId: 'e1', itemName: '姓名', recordKey: '410329199001011234', description: '姓名有误', attachments: [ev.sha256] });
    expect(o).toMatchObject({ state: 'open', role: 'raiser', itemName: '姓名', attachments: [expect.objectContaining({ sha256: ev.sha256, fileName: '截图.pdf', role: 'evidence' })] });
    // 伊川: 10 working days to answer.
    expect(o.deadlines).toEqual([expect.objectContaining({ step: 'objectionAnswer', due: '2026-03-16', status: 'running' })]);
    const ops = (await call(core, 'outbox.list', {})).ops;
    expect(ops).toEqual([expect.objectContaining({ kind: 'objection.raise', entityId: o.id, payload: expect.objectContaining({ entryId: 'e1', itemName: '姓名', attachments: [ev.sha256] }) })]);
    expect((await call(core, 'objections.openForEntry', { entryId: 'e1' })).objections.map((x) => x.id)).toEqual([o.id]);
    expect((await callError(core, 'objections.raise', { entryId: 'e1', itemName: '不存在', description: 'x' })).code).toBe('VALIDATION');
    // Only the provider answers.
    expect((await callError(core, 'objections.acknowledge', { id: o.id })).code).toBe('OBJECTION_WRONG_ROLE');
  });

  it('the provider acknowledges, takes the one extension (伊川 +10 WD) and answers', async () => {
    await pullChanges(dir, [{ kind: 'objection.update', objection: platformObjection() }]);
    let o = await call(core, 'objections.get', { id: 'o-in-1' });
    expect(o).toMatchObject({ role: 'provider', state: 'open' });
    expect((await call(core, 'objections.openForEntry', { entryId: 'own-1' })).objections).toHaveLength(1);
    await call(core, 'objections.acknowledge', { id: 'o-in-1' });
    o = await call(core, 'objections.requestExtension', { id: 'o-in-1', note: '需调取原始档案核对，经负责人批准延期' });
    expect(o.state).toBe('extensionRequested');
    expect((await call(core, 'outbox.list', {})).ops).toEqual([
      expect.objectContaining({ kind: 'objection.acknowledge', entityId: 'o-in-1' }),
      expect.objectContaining({ kind: 'objection.requestExtension', payload: { note: '需调取原始档案核对，经负责人批准延期' } }),
    ]);
    const again = await callError(core, 'objections.requestExtension', { id: 'o-in-1', note: '再延期' });
    expect(again.code).toBe('OBJECTION_TRANSITION');

    // The platform grants it: the deadline runs 10 more working days.
    await pullChanges(dir, [{ kind: 'objection.update', objection: platformObjection({ revision: 2, state: 'extended', extension: { note: '需调取原始档案核对，经负责人批准延期', at: '2026-03-03T01:00:00.000Z' }, dueDate: '2026-03-30', updatedAt: '2026-03-03T01:00:00.000Z' }) }]);
    o = await call(core, 'objections.get', { id: 'o-in-1' });
    expect(o.state).toBe('extended');
    expect(o.deadlines[0]).toMatchObject({ due: '2026-03-30', extension: { workingDays: 10, times: 1 } });
    // A repeated update changes nothing.
    await pullChanges(dir, [{ kind: 'objection.update', objection: platformObjection({ revision: 2, state: 'extended', dueDate: '2026-03-30', updatedAt: '2026-03-03T01:00:00.000Z' }) }]);
    expect((await call(core, 'objections.get', { id: 'o-in-1' })).history).toHaveLength(o.history.length);

    o = await call(core, 'objections.answer', { id: 'o-in-1', note: '已按户籍档案更正' });
    expect(o).toMatchObject({ state: 'answered', answer: { answer: 'corrected', note: '已按户籍档案更正' } });
    expect(o.deadlines[0]!.status).toBe('done');
    expect((await call(core, 'objections.openForEntry', { entryId: 'own-1' })).objections).toEqual([]);
    expect((await call(core, 'outbox.list', {})).ops.at(-1)).toMatchObject({ kind: 'objection.answer', payload: { answer: 'corrected', note: '已按户籍档案更正' } });
  });

  it('the raiser reopens an answered objection, queued as `objection.reopen`, and confirms the next answer', async () => {
    const o = await call(core, 'objections.raise', { entryId: 'e1', description: '记录缺失' });
    await pullChanges(dir, [
      {
        kind: 'objection.update',
        objection: platformObjection({ id: o.id, entryId: 'e1', raiserCode: DEPARTMENT.code, providerCode: OTHER, revision: 2, state: 'answered', answer: { answer: 'corrected', note: '已补录', answeredAt: '2026-03-03T01:00:00.000Z', overdue: false }, updatedAt: '2026-03-03T01:00:00.000Z' }),
      },
    ]);
    expect((await call(core, 'objections.get', { id: o.id })).state).toBe('answered');
    expect((await call(core, 'objections.reopen', { id: o.id, note: '仍缺两条' })).state).toBe('reopened');
    expect((await call(core, 'outbox.list', {})).ops.at(-1)).toMatchObject({ kind: 'objection.reopen', payload: { note: '仍缺两条' } });
    expect((await callError(core, 'objections.confirm', { id: o.id })).details?.params).toMatchObject({ from: 'reopened', to: 'confirmed' });
    await pullChanges(dir, [
      {
        kind: 'objection.update',
        objection: platformObjection({ id: o.id, entryId: 'e1', raiserCode: DEPARTMENT.code, providerCode: OTHER, revision: 4, state: 'answered', answer: { answer: 'noError', note: '经核实无误', answeredAt: '2026-03-04T01:00:00.000Z', overdue: false }, updatedAt: '2026-03-04T01:00:00.000Z' }),
      },
    ]);
    expect((await call(core, 'objections.confirm', { id: o.id })).state).toBe('confirmed');
    expect((await call(core, 'outbox.list', {})).ops.at(-1)).toMatchObject({ kind: 'objection.confirm', payload: {} });
  });
});

describe('objections in 丽水', () => {
  it('answer within 2 working days, no extension', async () => {
    // initialisedCore sets up 伊川; a 丽水 workspace instead.
    await core.close();
    cleanup();
    ({ dir, cleanup } = tempDir());
    core = createCore({ workspaceDir: dir, timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } });
    await core.ready;
    await call(core, 'workspace.init', { profileId: 'lishui', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    await pullChanges(dir, [{ kind: 'objection.update', objection: platformObjection() }]);
    const o = await call(core, 'objections.get', { id: 'o-in-1' });
    expect(o.deadlines[0]).toMatchObject({ step: 'objectionAnswer', due: '2026-03-04' });
    expect((await callError(core, 'objections.requestExtension', { id: 'o-in-1', note: '延期' })).code).toBe('OBJECTION_EXTENSION_NOT_ALLOWED');
  });
});
