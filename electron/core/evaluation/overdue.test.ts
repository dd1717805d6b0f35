import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import type { Notice } from '@shared/protocol/index';
import { call, DEPARTMENT, initialisedCore, sampleEntry, type fixedTime } from '../../../tests/helpers/core';
import { OVERDUE_LISTED } from '@shared/ipc/channels/evaluation';
import { openRequestsWorkspace, platformObjection, platformRequest, pullChanges } from '../../../tests/helpers/requests';
import { publishAsSync } from '../../../tests/helpers/zero-updates';

describe('overdue duties in 统计', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let time: ReturnType<typeof fixedTime>;

  beforeEach(async () => {
    ({ dir, cleanup, core, time } = await openRequestsWorkspace());
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('lists every kind that is overdue: requests, objections, notices, zero updates and the annual report, each labelled in the export', async () => {
    // A published monthly resource owes a data update or a zero-update report by the end of each month.
    const own = await call(core, 'catalogue.create', { entry: { ...sampleEntry('婚姻登记信息'), updateCycle: 'monthly', classification: { scheme: 'national1272', category: '1', item: '01' }, dataGrade: 'important', usageRequirements: '仅限履职使用，不得转让' } });
    await call(core, 'catalogue.setState', { id: own.id, revision: 1, state: 'ready' });
    await core.close();
    await publishAsSync(dir, [own.id], time.now().toISOString());
    core = await initialisedCore(dir, { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } });
    const notice: Notice = {
      id: 'n-1', entryId: own.id, entryName: '婚姻登记信息', departmentCode: DEPARTMENT.code, kind: 'availability', evidence: '接口中断',
      issuedAt: '2026-03-02T01:00:00.000Z', dueDate: '2026-03-16', state: 'issued', revision: 1, history: [{ type: 'issued', at: '2026-03-02T01:00:00.000Z' }], updatedAt: '2026-03-02T01:00:00.000Z',
    };
    await pullChanges(dir, [
      { kind: 'request.incoming', request: platformRequest() },
      { kind: 'objection.update', objection: platformObjection({ entryId: own.id }) },
      { kind: 'notice.update', notice },
    ]);

    // Wednesday 3 February 2027: everything above is late, and so is the 2026 annual report (伊川: by the end of January).
    time.advance(Date.parse('2027-02-03T02:00:00.000Z') - time.now().getTime());
    const d = await call(core, 'evaluation.dashboard', {});
    expect(new Set(d.overdue.map((i) => i.subject))).toEqual(new Set(['request', 'objection', 'notice', 'zeroUpdate', 'annualReport']));
    // Published in March, which counts as covered: April's update was owed by 30 April.
    expect(d.overdue.find((i) => i.subject === 'zeroUpdate')).toMatchObject({ id: own.id, title: '婚姻登记信息', due: '2026-04-30', status: 'overdue' });
    expect(d.overdue.every((i) => i.status === 'overdue')).toBe(true);
    expect(d.overdueCount).toBe(d.overdue.length);
    expect(d.overdueBySubject).toEqual({ request: 1, objection: 1, notice: 1, zeroUpdate: 1, annualReport: 1 });

    // The printable dashboard names each kind.
    const { html } = await call(core, 'evaluation.printHtml', {});
    for (const label of ['共享申请', '数据疑义', '异常通报', '数据更新', '年度报告']) expect(html).toContain(label);
    expect(html).not.toContain('evaluation.subject');
  });

  it('lists the earliest on screen and counts the rest; the print has every one', async () => {
    const n = OVERDUE_LISTED + 5;
    await pullChanges(
      dir,
      Array.from({ length: n }, (_, i) => ({
        kind: 'request.incoming' as const,
        request: platformRequest({ id: `r-${String(i).padStart(3, '0')}`, entryName: `资源${String(i).padStart(3, '0')}`, submittedAt: new Date(Date.parse('2026-01-05T01:00:00.000Z') + i * 3_600_000).toISOString() }),
      })),
    );
    time.advance(Date.parse('2026-06-01T02:00:00.000Z') - time.now().getTime());
    const d = await call(core, 'evaluation.dashboard', {});
    expect(d.overdue).toHaveLength(OVERDUE_LISTED);
    expect(d.overdueBySubject).toEqual({ request: n });
    expect(d.overdueCount).toBe(n);
    const requests = d.overdue.filter((i) => i.subject === 'request').map((i) => i.id);
    expect(requests[0]).toBe('r-000');
    expect(requests).not.toContain(`r-${n - 1}`);
    const { html } = await call(core, 'evaluation.printHtml', {});
    for (let i = 0; i < n; i++) expect(html).toContain(`资源${String(i).padStart(3, '0')}`);
  });
});
