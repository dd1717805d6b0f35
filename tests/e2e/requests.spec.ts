import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { answerNext, OTHER, platformRequest, pullChanges } from '../helpers/requests';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { fixedTime } from '../helpers/core';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { choose, field, input } from './harness/ui';

/** A real 1×1 PNG: what a scanner writes, small. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const conditional = sharedEntry('pop', {
  code: '101/POP',
  name: '人口基础信息',
  items: [
    { name: '姓名', type: 'C', length: '50' },
    { name: '公民身份号码', type: 'C', length: '18' },
    { name: '户籍地址', type: 'C', length: '200' },
  ],
});
const unconditional = sharedEntry('biz', { code: '102/BIZ', name: '法人基础信息', shareType: 'unconditional', items: [{ name: '统一社会信用代码', type: 'C', length: '18' }] });

test('basket → request → sealed demand form PDF → wrong and right scan → submit → outbox', async ({ workbench }, testInfo) => {
  const { page } = workbench;
  await pullIntoWorkspace(workbench.dir, [conditional, unconditional]);
  const queuedBefore = (await workbench.call('outbox.list', {})).ops.length;

  // 共享目录: open the conditional entry, tick two of its items, put them in the basket.
  await page.getByTestId('nav').getByText('共享目录', { exact: true }).click();
  await page.getByTestId('shared-browse').locator('.ant-table-row', { hasText: '人口基础信息' }).click();
  const details = page.getByTestId('details-drawer');
  const itemRow = (name: string) => page.getByTestId('details-items').locator('.ant-table-row', { hasText: name }).locator('input[type="checkbox"]');
  await itemRow('姓名').check();
  await itemRow('户籍地址').check();
  await expect(page.getByTestId('basket-add')).toHaveText(/将 2 个信息项加入申请清单/);
  await page.getByTestId('basket-add').click();
  await expect(page.getByTestId('basket-count')).toHaveAttribute('data-count', '1');
  await workbench.screenshot('requests-basket-add');
  await details.locator('.ant-drawer-close').click();

  // The basket lists the entry with its chosen items; from it the request form opens.
  await page.getByTestId('basket-open').click();
  const entry = page.getByTestId('basket-entry-pop');
  await expect(entry).toContainText('人口基础信息');
  await expect(entry.locator('.ant-tag')).toContainText(['姓名', '户籍地址']);
  await workbench.screenshot('requests-basket');
  await page.getByTestId('basket-request-pop').click();
  const drawer = page.getByTestId('request-drawer');
  await expect(drawer.getByTestId('request-form-entry')).toContainText('伊川县公安局');
  await expect(field(page, 'items').locator('.ant-select-selection-item')).toHaveText(['姓名', '户籍地址']);

  // Live validation at the field, from the shared schema.
  await input(page, 'purpose').fill('最低生活保障资格核验');
  await input(page, 'purpose').fill('');
  await expect(field(page, 'purpose')).toContainText('必填');
  await input(page, 'purpose').fill('最低生活保障资格核验');
  await expect(field(page, 'purpose')).not.toContainText('必填');
  await input(page, 'scenario').fill('社会救助审核时核对申请人户籍');
  await choose(page, 'basisKind', '三定职责');
  await input(page, 'basisText').fill('伊川县民政局三定方案第三条');
  await choose(page, 'shareMethod', '接口');
  await input(page, 'contactName').fill('李四');
  await input(page, 'contactPhone').fill('6831234');
  await expect(field(page, 'contactPhone')).toContainText('电话格式不正确');
  await input(page, 'contactPhone').fill('0379-68312345');
  await expect(field(page, 'contactPhone')).not.toContainText('电话格式不正确');
  await input(page, 'periodTo').fill('2020-01-01');
  await expect(field(page, 'periodTo')).toContainText('结束日期早于开始日期');
  await input(page, 'periodTo').fill('2030-12-31');
  await workbench.screenshot('requests-form');
  await page.getByTestId('request-save').click();

  // The draft: submission is blocked until the sealed form's scan is attached (伊川 第二十九条（二）).
  const view = drawer.getByTestId('request-details');
  await expect(view.getByTestId('request-state')).toHaveText('草稿');
  await expect(page.getByTestId('basket-count')).toHaveAttribute('data-count', '0');
  await expect(view.getByTestId('request-submit')).toBeDisabled();
  await expect(view.getByTestId('request-submit-blocked')).toContainText('加盖公章');

  // 共享需求单 as PDF: its text holds the department, the resource, the purpose and the seal box.
  await view.getByTestId('request-print').click();
  await expect(view.getByTestId('request-pdf-path')).toHaveText(/\.pdf$/);
  const pdfPath = (await view.getByTestId('request-pdf-path').textContent()) ?? '';
  expect(workbench.shell.printed).toEqual([pdfPath]);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const v of [DEPARTMENT.name, DEPARTMENT.code, '人口基础信息', '伊川县公安局', '姓名、户籍地址', '最低生活保障资格核验', '伊川县民政局三定方案第三条', '接口', '李四', '盖章处']) expect(text).toContain(v);
  // "Open" asks the shell to open exactly that PDF (the shell checks it is inside the workspace or print folder).
  await view.getByTestId('request-pdf-open').click();
  await expect.poll(() => workbench.shell.openedPaths).toEqual([pdfPath]);
  await workbench.screenshot('requests-printed');

  // A "PDF" that is really text is refused by content, and said so in the drawer.
  const fake = testInfo.outputPath('需求单.pdf');
  writeFileSync(fake, '这不是 PDF，只是文本');
  workbench.shell.openFiles.push(fake);
  await view.getByTestId('request-attach').click();
  await expect(view.getByTestId('request-attach-error')).toContainText('内容与扩展名不符');
  await expect(view.getByTestId('request-submit')).toBeDisabled();
  await workbench.screenshot('requests-attach-wrong-type');

  const scan = testInfo.outputPath('需求单-盖章.png');
  writeFileSync(scan, PNG);
  workbench.shell.openFiles.push(scan);
  await view.getByTestId('request-attach').click();
  await expect(view.getByTestId('request-attachments')).toContainText('需求单-盖章.png');
  await expect(view.getByTestId('request-attach-error')).toHaveCount(0);
  await expect(view.getByTestId('request-submit-blocked')).toHaveCount(0);

  // Submit: queued for sync in the same transaction; the header's outbox badge counts it.
  await view.getByTestId('request-submit').click();
  await expect(view.getByTestId('request-state')).toHaveText('待同步');
  const [request] = (await workbench.call('requests.list', { role: 'requester' })).requests;
  const ops = (await workbench.call('outbox.list', {})).ops;
  expect(ops).toHaveLength(queuedBefore + 1);
  expect(ops.at(-1)).toMatchObject({ kind: 'request.create', entityId: request!.id, payload: { entryId: 'pop', items: ['姓名', '户籍地址'], purpose: '最低生活保障资格核验', attachments: [request!.attachments[0]!.sha256] } });
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', String(queuedBefore + 1));
  await expect(view.getByTestId('request-history')).toContainText('草稿 → 待同步');
  await workbench.screenshot('requests-submitted');
  await drawer.locator('.ant-drawer-close').first().click();
  await page.getByTestId('basket-drawer').locator('.ant-drawer-close').click();

  // 我的申请 lists it with its state and provider.
  await page.getByTestId('nav').getByText('我的申请', { exact: true }).click();
  const row = page.getByTestId(`request-row-${request!.id}`);
  await expect(row).toContainText('人口基础信息');
  await expect(row).toContainText('伊川县公安局');
  await expect(row.getByTestId('request-state')).toHaveText('待同步');
  await expect(row).toContainText('尚未开始计时');
});

test('我的申请: each step’s deadline (overdue, due soon, a year without a published calendar) with its rule and source; filter; history; escalation offered; withdraw; renew', async ({ openWorkbench }) => {
  // Monday 28 December 2026 in China: 2027's holiday schedule is not published yet.
  const wb = await openWorkbench({ init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code }, core: { timeSource: fixedTime('2026-12-28T02:00:00.000Z') } });
  const { page } = wb;
  await pullIntoWorkspace(wb.dir, [conditional, unconditional]);
  expect((await wb.call('outbox.list', {})).ops).toEqual([]);
  const fields = { purpose: '企业登记核验', scenario: '审批服务', basisKind: 'law', basisText: '《行政许可法》第三十一条', shareMethod: 'file', periodFrom: '2026-12-01', periodTo: '2027-12-31', contactName: '李四', contactPhone: '13812345678' } as const;
  // Submitted, and accepted by the platform at `appliedAt` (as sync applies the answer).
  const submitted = async (entryId: string, appliedAt: string) => {
    const r = await wb.call('requests.create', { entryId, fields: { ...fields, items: [] } });
    if (r.sealedFormRequired) await wb.call('attachments.add', { owner: { type: 'request', id: r.id }, role: 'sealedForm', fileName: 'scan.png', source: { base64: PNG.toString('base64') } });
    await wb.call('requests.submit', { id: r.id });
    await answerNext(wb.dir, (opId) => ({ opId, status: 'accepted', revision: 1, appliedAt }));
    return r.id;
  };
  // 伊川: the platform checks an unconditional request within 3 working days.
  const late = await submitted('biz', '2026-12-01T02:00:00.000Z');
  const soon = await submitted('biz', '2026-12-23T02:00:00.000Z');
  // A conditional one forwarded to its provider today: 5 working days, into 2027.
  const forwarded = await submitted('pop', '2026-12-28T01:00:00.000Z');
  const platform = { entryName: '人口基础信息', requesterCode: DEPARTMENT.code, requesterName: DEPARTMENT.name, providerCode: OTHER, providerName: '伊川县公安局', revision: 2 };
  await pullChanges(wb.dir, [
    // The late one is still in the platform's check: a state the coordinating office takes.
    { kind: 'request.status', request: platformRequest({ ...platform, id: late, entryId: 'biz', entryName: '法人基础信息', shareType: 'unconditional', state: 'platformCheck', submittedAt: '2026-12-01T02:00:00.000Z', updatedAt: '2026-12-01T03:00:00.000Z' }) },
    {
      kind: 'request.status',
      request: platformRequest({ ...platform, id: forwarded, entryId: 'pop', submittedAt: '2026-12-28T01:00:00.000Z', updatedAt: '2026-12-28T02:00:00.000Z' }),
    },
  ]);

  // Seeding went around the page (sync's own connection): load it afresh, as after a sync.
  await page.reload();
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');
  await page.getByTestId('nav').getByText('我的申请', { exact: true }).click();
  const row = (id: string) => page.getByTestId(`request-row-${id}`);
  await expect(row(late).getByTestId('deadline-platformCheck')).toHaveAttribute('data-status', 'overdue');
  await expect(row(late).getByTestId('deadline-days-left')).toHaveText('超期 16 个工作日');
  await expect(row(soon).getByTestId('deadline-days-left')).toHaveText('今日到期');
  await expect(row(forwarded).getByTestId('deadline-days-left')).toHaveText('剩 5 个工作日');
  await expect(row(late).getByTestId('deadline-platformCheck')).toContainText('已超期（截止 2026-12-04）');
  await expect(row(soon).getByTestId('deadline-platformCheck')).toHaveAttribute('data-status', 'dueSoon');
  await expect(row(soon).getByTestId('deadline-platformCheck')).toContainText('截止 2026-12-28（即将到期）');
  const decision = row(forwarded).getByTestId('deadline-providerDecision');
  await expect(decision).toHaveAttribute('data-status', 'running');
  await expect(decision).toContainText('截止 2027-01-04');
  await expect(decision.getByTestId('deadline-uncovered')).toHaveText(/2027 年节假日安排尚未公布/);
  await expect(row(forwarded).getByTestId('request-state')).toHaveText('提供方审批中');
  await decision.locator('.ant-tag').hover();
  await expect(page.locator('.ant-tooltip:visible')).toContainText('伊川：数据提供方收到申请后 5 个工作日内完成审批');
  await expect(page.locator('.ant-tooltip:visible')).toContainText('第二十九条（二）');
  await wb.screenshot('requests-my-requests');

  // Filter: only the overdue one.
  await page.getByTestId('requests-filter').getByText('已超期 1').click();
  await expect(page.getByTestId('requests-table').locator('.ant-table-row')).toHaveCount(1);
  await expect(row(late)).toBeVisible();
  await page.getByTestId('requests-filter').getByText('全部 3').click();

  // An overdue request can be escalated to the coordinating office (松江), one on time cannot.
  await row(late).click();
  await expect(page.getByTestId(`dispute-escalate-${late}`)).toBeVisible();
  await page.getByTestId('request-drawer').locator('.ant-drawer-close').click();
  await expect(page.getByTestId('request-drawer')).toBeHidden();

  // Details: the deadlines and the history with the platform's update; withdraw with a reason.
  await row(forwarded).click();
  const drawer = page.getByTestId('request-drawer');
  await expect(drawer.getByTestId('deadline-providerDecision')).toContainText('截止 2027-01-04');
  await expect(drawer.getByTestId('request-history')).toContainText('已提交 → 提供方审批中');
  await expect(drawer.getByTestId('request-history')).toContainText('平台状态更新');
  await expect(page.getByTestId(`dispute-escalate-${forwarded}`)).toHaveCount(0);
  await wb.screenshot('requests-detail');
  await drawer.getByTestId('request-cancel').click();
  await page.getByTestId('request-cancel-reason').fill('已通过其他渠道取得');
  await page.getByTestId('request-cancel-ok').click();
  await expect(drawer.getByTestId('request-state')).toHaveText('已撤回');
  expect((await wb.call('outbox.list', {})).ops).toEqual([expect.objectContaining({ kind: 'request.cancel', entityId: forwarded, payload: { reason: '已通过其他渠道取得' } })]);
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
  await drawer.locator('.ant-drawer-close').click();

  // Delivered: renewed from its details as a new draft request linked to it; the grant stays in force meanwhile.
  await pullChanges(wb.dir, [{ kind: 'request.status', request: platformRequest({ ...platform, id: soon, entryId: 'biz', entryName: '法人基础信息', shareType: 'unconditional', state: 'active', submittedAt: '2026-12-23T02:00:00.000Z', updatedAt: '2026-12-28T01:00:00.000Z' }) }]);
  await row(soon).click();
  await expect(drawer.getByTestId('request-state')).toHaveText('授权有效');
  await drawer.getByTestId('request-renew').click();
  await page.getByTestId('request-renew-ok').click();
  await expect.poll(async () => (await wb.call('requests.list', { role: 'requester', state: 'draft' })).requests.filter((r) => r.lifecycle.renews === soon).length).toBe(1);
  await expect(drawer.getByTestId('request-state')).toHaveText('授权有效');
  expect((await wb.call('outbox.list', {})).ops.map((o) => [o.kind, o.entityId])).toEqual([['request.cancel', forwarded]]);
  const renewal = (await wb.call('requests.list', { role: 'requester', state: 'draft' })).requests.find((r) => r.lifecycle.renews === soon)!;
  expect(renewal).toMatchObject({ entryId: 'biz', state: 'draft' });
  await drawer.locator('.ant-drawer-close').click();
  await row(renewal.id).click();
  await expect(drawer.getByTestId('request-renews')).toBeVisible();
  await drawer.getByTestId('request-submit').click();
  await expect(drawer.getByTestId('request-state')).not.toHaveText('草稿');
  expect((await wb.call('outbox.list', {})).ops.map((o) => [o.kind, o.entityId, (o.payload as { renews?: string }).renews])).toEqual([
    ['request.cancel', forwarded, undefined],
    ['request.create', renewal.id, soon],
  ]);
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '2');
});

test('申请此资源 from a matched demand: basket and form filled from the demand; the draft edited; in English', async ({ workbench }) => {
  const { page } = workbench;
  await pullIntoWorkspace(workbench.dir, [conditional, unconditional]);
  const demand = await workbench.call('demands.create', {
    demand: { name: '常住人口信息', description: '低保审核时核对申请人户籍', items: ['姓名', '户籍地址'], basisKind: 'law', basisText: '《社会救助暂行办法》第十一条', scenario: '最低生活保障审核', shareMethod: 'file', contactName: '王五', contactPhone: '13812345678', proposedOn: '2026-03-02' },
  });
  await page.getByTestId('nav').getByText('需求清单', { exact: true }).click();
  await page.getByTestId(`demand-suggest-${demand.number}`).click();
  await page.getByTestId('suggestion-request-pop').click();

  const drawer = page.getByTestId('request-drawer');
  await expect(drawer.getByTestId('request-form-entry')).toContainText('人口基础信息');
  await expect(field(page, 'items').locator('.ant-select-selection-item')).toHaveText(['姓名', '户籍地址']);
  await expect(input(page, 'purpose')).toHaveValue('低保审核时核对申请人户籍');
  await expect(input(page, 'basisText')).toHaveValue('《社会救助暂行办法》第十一条');
  await expect(input(page, 'contactName')).toHaveValue('王五');
  expect((await workbench.call('basket.list', {})).entries).toEqual([expect.objectContaining({ entryId: 'pop', items: ['姓名', '户籍地址'] })]);
  await workbench.screenshot('requests-from-demand');
  await page.getByTestId('request-save').click();
  await expect(drawer.getByTestId('request-state')).toHaveText('草稿');
  const [r] = (await workbench.call('requests.list', { role: 'requester' })).requests;
  expect(r).toMatchObject({ entryId: 'pop', fields: expect.objectContaining({ items: ['姓名', '户籍地址'], scenario: '最低生活保障审核', shareMethod: 'file' }) });

  // A draft can be edited in place; the core keeps the new fields.
  await drawer.getByTestId('request-edit').click();
  await field(page, 'items').locator('.ant-select-selection-item', { hasText: '户籍地址' }).locator('.ant-select-selection-item-remove').click();
  await input(page, 'purpose').fill('低保资格复核');
  await page.getByTestId('request-save').click();
  await expect(drawer.getByTestId('request-fields')).toContainText('低保资格复核');
  expect((await workbench.call('requests.get', { id: r!.id })).fields).toMatchObject({ items: ['姓名'], purpose: '低保资格复核' });

  // In English: the list and the details, the submit blocked for the sealed form.
  await drawer.locator('.ant-drawer-close').click();
  // The saved-draft message sits over the drawer's close button and stays while the pointer rests
  // on it (antd pauses it on hover): move away and let it go first.
  await page.mouse.move(0, 0);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.getByTestId('suggestions-drawer').locator('.ant-drawer-close').click();
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('nav').getByText('My requests', { exact: true }).click();
  await expect(page.getByTestId(`request-row-${r!.id}`).getByTestId('request-state')).toHaveText('Draft');
  await page.getByTestId(`request-row-${r!.id}`).click();
  await expect(drawer.getByTestId('request-submit')).toBeDisabled();
  await expect(drawer.getByTestId('request-submit-blocked')).toHaveText('Generate the demand form, have it sealed and attach the scan before submitting');
  await workbench.screenshot('requests-detail-en');
});
