import { platformRequest, pullChanges } from '../helpers/requests';
import { fixedTime } from '../helpers/core';
import { DEPARTMENT, expect, test } from './harness/fixtures';

// Monday 2026-03-09 (China).
const NOW = '2026-03-09T02:00:00.000Z';
const at = (day: string) => ({ submittedAt: `${day}T01:00:00.000Z`, updatedAt: `${day}T01:00:00.000Z`, deliveredAt: `${day}T01:00:00.000Z` });
const mine = { providerCode: DEPARTMENT.code, providerName: DEPARTMENT.name, revision: 2, state: 'active' as const };

test('authorisations show what the platform holds: expiring soon, suspended by the authority with its reason, granted under a scenario, expired, renewed', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'lishui', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: fixedTime(NOW), reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  await pullChanges(wb.dir, [
    // Ends Friday 2026-03-13: within the 5 working days before its end.
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'g-soon', entryName: '企业登记信息', validUntil: '2026-03-13', ...at('2025-03-14') }) },
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'g-suspended', entryName: '户籍人口信息', validUntil: '2026-12-31', ...at('2026-03-02'), suspension: { reason: '将数据提供给第三方，超范围使用', suspendedAt: '2026-03-06T02:00:00.000Z' } }) },
    {
      kind: 'request.incoming',
      request: platformRequest({
        ...mine,
        id: 'g-scenario',
        entryName: '社保缴纳信息',
        validUntil: '2026-12-31',
        ...at('2026-03-03'),
        scenarioGrant: { scenarioId: 'sc-1', name: '企业开办一件事', basis: '企业开办“一件事”联办工作方案' },
        decision: { decision: 'approve', reason: '依应用场景「企业开办一件事」授权', by: 'platform', decidedAt: '2026-03-03T01:00:00.000Z', overdue: false },
      }),
    },
    // Seen active, then expired by the platform with its renewal filed.
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'g-old', entryName: '婚姻登记信息', validUntil: '2026-03-01', ...at('2025-03-02') }) },
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'g-old', entryName: '婚姻登记信息', revision: 3, state: 'expired', validUntil: '2026-03-01', ...at('2025-03-02'), renewedBy: 'g-new' }) },
  ]);

  await page.getByTestId('nav').getByText('待我审批', { exact: true }).click();
  await page.getByTestId('decisions-tabs').getByText('授权管理', { exact: true }).click();
  const auth = page.getByTestId('authorisations-table');
  await expect(auth.getByTestId('expires-soon-g-soon')).toHaveText('即将到期');
  await expect(auth.getByTestId('expires-soon-g-soon')).toHaveAttribute('title', '2026-03-06 起提醒（到期前 5 个工作日）');
  await expect(auth.getByTestId('expires-soon-g-suspended')).toHaveCount(0);
  await expect(auth.getByTestId('suspended-g-suspended')).toHaveText('已暂停: 将数据提供给第三方，超范围使用');
  await expect(auth.getByTestId('scenario-grant-g-scenario')).toHaveText('场景授权：企业开办一件事');
  await expect(auth.getByTestId('expired-g-old')).toHaveText('已到期');
  await expect(auth.getByTestId('renewed-by-g-old')).toHaveText('已申请续期');
  await expect(auth.getByTestId('usage-g-soon')).toContainText('尚未使用');
  await wb.screenshot('authorisations-lifecycle');

  // This week's reminders hold the expiring one.
  const overview = await wb.call('reminders.week', {});
  expect(overview.items).toContainEqual(expect.objectContaining({ subject: 'authorisation', id: 'g-soon', step: 'authorisationExpiry', due: '2026-03-13' }));
});
