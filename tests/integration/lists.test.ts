// Lists reported to the authority, end to end with the real platform on loopback: the department
// submits its responsibility list, demand list and open-data catalogue through the outbox; the
// reviewer (a reviewer account) accepts or returns them with row comments and answers demands the
// platform could not match; the department sees it all after a pull. Refusals — by the core's own
// check or by the platform — are shown at their row and field, and nothing is half-written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { call, callError, coreFor, disposeAll, entryOf, platform, query, type TestCore } from './sync-helpers';

afterEach(disposeAll);

const RESPONSIBILITY = {
  responsiblePerson: '张三',
  contactPhone: '0379-68312345',
  legalBasis: '《中华人民共和国教育法》',
  collectionResponsibility: '教育局负责采集',
  updateCommitment: '每月5日前更新上月数据',
  qualityResponsibility: '教育局对数据质量负责',
  objectionHandler: '李四',
};

async function entryWithResponsibility(t: TestCore, name: string, responsibility: Record<string, string>) {
  const entry = await call(t.core, 'catalogue.create', { entry: entryOf(t, name) });
  await call(t.core, 'responsibilities.update', { entryId: entry.id, revision: 0, responsibility });
  return entry;
}

describe('lists reported to the authority', () => {
  it('the responsibility list is submitted, returned with a row comment, and the officer sees it; a department cannot review', async () => {
    // No published entries of the department on the platform: the list is the one entry made here.
    const p = await platform({ seedShared: 0 });
    const edu = await coreFor(p, 'yc-edu');
    const authority = await coreFor(p, 'yc-reviewer');
    const entry = await entryWithResponsibility(edu, '学校基本信息', RESPONSIBILITY);

    const queued = await call(edu.core, 'lists.submit', { list: 'responsibilities' });
    expect(queued).toMatchObject({ list: 'responsibilities', state: 'queued', rowCount: 1 });
    expect((await call(edu.core, 'outbox.count', {})).count).toBe(1);
    expect(await call(edu.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    expect((await call(edu.core, 'lists.submissions', { list: 'responsibilities' })).submissions[0]).toMatchObject({ id: queued.id, state: 'submitted' });

    // A department's account cannot review, typed.
    expect((await callError(edu.core, 'lists.reviewQueue', {})).code).toBe('SYNC_FORBIDDEN');
    expect((await callError(edu.core, 'lists.accept', { id: queued.id, revision: 1 })).code).toBe('SYNC_FORBIDDEN');

    const queue = await call(authority.core, 'lists.reviewQueue', { list: 'responsibilities' });
    expect(queue.submissions.map((s) => [s.id, s.departmentName, s.rows[0]!.entryId, s.rows[0]!.legalBasis])).toEqual([[queued.id, edu.department.name, entry.id, RESPONSIBILITY.legalBasis]]);
    const returned = await call(authority.core, 'lists.return', { id: queued.id, revision: 1, comments: [{ row: 0, field: 'legalBasis', comment: '请写明具体条款' }], note: '请补充后重新报送' });
    expect(returned.state).toBe('returned');

    await call(edu.core, 'sync.run', {});
    const [seen] = (await call(edu.core, 'lists.submissions', { list: 'responsibilities' })).submissions;
    expect(seen).toMatchObject({
      state: 'returned',
      note: '请补充后重新报送',
      comments: [{ row: 0, field: 'legalBasis', comment: '请写明具体条款', label: `${entry.code} 学校基本信息` }],
    });

    // Fixed and submitted again: the reviewer accepts the new submission.
    await call(edu.core, 'responsibilities.update', { entryId: entry.id, revision: 1, responsibility: { ...RESPONSIBILITY, legalBasis: '《中华人民共和国教育法》第二十二条' } });
    const again = await call(edu.core, 'lists.submit', { list: 'responsibilities' });
    await call(edu.core, 'sync.run', {});
    expect((await call(authority.core, 'lists.accept', { id: again.id, revision: 1 })).state).toBe('accepted');
    await call(edu.core, 'sync.run', {});
    expect((await call(edu.core, 'lists.submissions', { list: 'responsibilities' })).submissions.map((s) => [s.id, s.state])).toEqual([
      [again.id, 'accepted'],
      [queued.id, 'returned'],
    ]);
  }, 60_000);

  it('an incomplete list is refused by the core at its row and field, with nothing queued or recorded', async () => {
    const p = await platform();
    const edu = await coreFor(p, 'yc-edu');
    await entryWithResponsibility(edu, '学校基本信息', RESPONSIBILITY);
    await entryWithResponsibility(edu, '教师基本信息', { ...RESPONSIBILITY, legalBasis: '' });
    const err = await callError(edu.core, 'lists.submit', { list: 'responsibilities' });
    expect(err.code).toBe('LIST_HAS_ERRORS');
    expect(err.message).toContain('责任清单');
    expect(err.details?.issues).toEqual([{ path: 'rows.1.legalBasis', code: 'validation.required', message: expect.any(String) }]);
    expect((await call(edu.core, 'outbox.count', {})).count).toBe(0);
    expect(await query(edu, 'SELECT id FROM list_submissions')).toEqual([]);
    expect((await callError(edu.core, 'lists.submit', { list: 'demands' })).code).toBe('LIST_EMPTY');
  }, 60_000);

  it('a submission the platform refuses is shown at its row and field; the platform keeps nothing of it', async () => {
    // The workstation follows 雨花 (several opening forms), the platform's rules for the department do not.
    const p = await platform();
    const edu = await coreFor(p, 'yc-edu', { profileId: 'yuhua' });
    const authority = await coreFor(p, 'yc-reviewer');
    const entry = await call(edu.core, 'catalogue.create', { entry: { ...entryOf(edu, '学校名录'), openType: 'conditional', openCondition: '经申请授权', openMethod: 'query' } });
    const row = await call(edu.core, 'openData.setForms', { entryId: entry.id, openForms: ['query', 'verification'] });
    expect(row.openForms).toEqual(['query', 'verification']);

    const queued = await call(edu.core, 'lists.submit', { list: 'openData' });
    expect(await call(edu.core, 'sync.run', {})).toMatchObject({ accepted: 0, rejected: 1 });
    const [refused] = (await call(edu.core, 'lists.submissions', { list: 'openData' })).submissions;
    expect(refused).toMatchObject({ id: queued.id, state: 'refused', refusal: { code: 'VALIDATION', issues: [{ row: 0, field: 'openForms.1', path: 'rows.0.openForms.1' }] } });
    expect(refused!.refusal!.issues[0]!.message).toContain('1');
    expect((await call(authority.core, 'lists.reviewQueue', {})).submissions).toEqual([]);
    // The open-data catalogue itself is as the officer left it.
    expect((await call(edu.core, 'openData.list', {})).rows[0]!.openForms).toEqual(['query', 'verification']);
  }, 60_000);

  it('an opening form the profile does not allow is refused by the core at its field, in both languages, and not stored', async () => {
    const p = await platform();
    const edu = await coreFor(p, 'yc-edu', { signIn: false });
    const entry = await call(edu.core, 'catalogue.create', { entry: { ...entryOf(edu, '学校名录'), openType: 'unconditional' } });
    const zh = await callError(edu.core, 'openData.setForms', { entryId: entry.id, openForms: ['query', 'verification'] });
    expect(zh.code).toBe('VALIDATION');
    expect(zh.details?.issues).toEqual([{ path: 'openForms.1', code: 'lists.validation.openFormsTooMany', message: '本地规定每个目录最多 1 种开放方式' }]);
    edu.core.setLocale('en');
    const en = await callError(edu.core, 'openData.setForms', { entryId: entry.id, openForms: ['lend'] });
    expect(en.details?.issues).toEqual([{ path: 'openForms.0', code: 'lists.validation.openFormNotAllowed', message: 'The local rules do not allow the opening form “lend”' }]);
    expect((await call(edu.core, 'openData.list', {})).rows.map((r) => [r.name, r.openForms])).toEqual([['学校名录', []]]);
    expect(await query(edu, 'SELECT entry_id FROM open_forms')).toEqual([]);
    // An entry that is not open is not in the open-data catalogue.
    const closed = await call(edu.core, 'catalogue.create', { entry: entryOf(edu, '教师档案') });
    expect((await callError(edu.core, 'openData.setForms', { entryId: closed.id, openForms: [] })).code).toBe('NOT_FOUND');
  }, 60_000);

  it('a demand the platform cannot match becomes a request to evaluate; the authority answers; the list exports to Excel', async () => {
    const p = await platform();
    const edu = await coreFor(p, 'yc-edu');
    const authority = await coreFor(p, 'yc-reviewer');
    const demand = await call(edu.core, 'demands.create', {
      demand: { name: '无人机航拍影像', description: '校园安全巡查', items: ['影像'], basisKind: 'law', basisText: '《校园安全管理办法》', scenario: '校园安全', contactName: '王五', contactPhone: '13812345678', proposedOn: '2026-03-02' },
    });
    const queued = await call(edu.core, 'lists.submit', { list: 'demands' });
    await call(edu.core, 'sync.run', {});
    const [submitted] = (await call(edu.core, 'lists.submissions', { list: 'demands' })).submissions;
    expect(submitted).toMatchObject({ state: 'submitted', evaluations: [{ demandId: demand.id, number: demand.number, name: '无人机航拍影像' }] });

    const answered = await call(authority.core, 'lists.answer', { id: queued.id, demandId: demand.id, revision: 1, answer: '已转交市数据局统筹编目' });
    expect(answered.evaluations[0]!.answer).toBe('已转交市数据局统筹编目');
    await call(authority.core, 'lists.accept', { id: queued.id, revision: 2 });
    await call(edu.core, 'sync.run', {});
    const [seen] = (await call(edu.core, 'lists.submissions', { list: 'demands' })).submissions;
    expect(seen).toMatchObject({ state: 'accepted', evaluations: [{ demandId: demand.id, answer: '已转交市数据局统筹编目' }] });

    const dir = mkdtempSync(join(tmpdir(), 'cw-lists-'));
    try {
      const out = await call(edu.core, 'lists.export', { list: 'demands', path: join(dir, 'demands.xlsx') });
      expect(out.rows).toBe(1);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out.path);
      const ws = wb.getWorksheet('需求清单')!;
      expect(ws.getRow(1).getCell(1).value).toBe('需求编号');
      expect([ws.getRow(2).getCell(1).value, ws.getRow(2).getCell(2).value]).toEqual([demand.number, '无人机航拍影像']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
