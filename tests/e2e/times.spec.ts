// Every time is stored as an instant (UTC) and shown in the workstation's zone. The page runs in
// Asia/Shanghai (playwright config): a request made, a file attached and an incoming request
// received at 23:30 UTC on 9 March are shown on 10 March, in 我的申请 (更新日期), the request's
// history and attachments, and 待我审批 (平台受理时间 and history).
import { platformRequest, pullChanges } from '../helpers/requests';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { fixedTime } from '../helpers/core';
import { DEPARTMENT, expect, test } from './harness/fixtures';

const LATE_EVENING_UTC = '2026-03-09T23:30:00.000Z';
const PDF = Buffer.from('%PDF-1.4\n% sealed demand form scan\n');
const fields = { purpose: '低保资格核验', scenario: '社会救助审核', basisKind: 'law', basisText: '《社会救助暂行办法》第十一条', shareMethod: 'interface', periodFrom: '2026-03-10', periodTo: '2026-12-31', contactName: '张三', contactPhone: '13812345678' } as const;

test('times stored at 23:30 UTC show the next day in China on every screen that shows them', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: fixedTime(LATE_EVENING_UTC), reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  await pullIntoWorkspace(wb.dir, [sharedEntry('e1')]);
  const draft = await wb.call('requests.create', { entryId: 'e1', fields: { ...fields, items: [] } });
  await wb.call('attachments.add', { owner: { type: 'request', id: draft.id }, role: 'sealedForm', fileName: '共享需求单.pdf', source: { base64: PDF.toString('base64') } });
  await pullChanges(wb.dir, [
    { kind: 'request.incoming', request: platformRequest({ id: 'r-in', providerCode: DEPARTMENT.code, providerName: DEPARTMENT.name, submittedAt: LATE_EVENING_UTC, updatedAt: LATE_EVENING_UTC, dueDate: '2026-03-17' }) },
  ]);

  await page.getByTestId('nav').getByText('我的申请', { exact: true }).click();
  const row = page.getByTestId(`request-row-${draft.id}`);
  await expect(row).toContainText('2026-03-10');
  await expect(row).not.toContainText('2026-03-09');
  await row.click();
  const drawer = page.getByTestId('request-drawer');
  await expect(drawer.getByTestId('request-history')).toContainText('2026-03-10 07:30');
  await expect(drawer.getByTestId('request-attachments')).toContainText('2026-03-10');
  await expect(drawer.getByTestId('request-attachments')).not.toContainText('2026-03-09');
  await drawer.locator('.ant-drawer-close').first().click();

  await page.getByTestId('nav').getByText('待我审批', { exact: true }).click();
  await page.getByTestId('decision-open-r-in').click();
  const decision = page.getByTestId('decision-drawer');
  await expect(decision.getByTestId('request-details')).toContainText('2026-03-10 07:30');
  await expect(decision.getByTestId('request-history')).toContainText('2026-03-10 07:30');
  await expect(decision).not.toContainText('2026-03-09');
});
