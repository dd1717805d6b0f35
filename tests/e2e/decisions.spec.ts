import type { Page } from '@playwright/test';
import { answerNext, OTHER, platformRequest, pullChanges } from '../helpers/requests';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { fixedTime } from '../helpers/core';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { field, input } from './harness/ui';

// Tuesday 2026-03-10, 10:00 in China; 伊川: the provider decides within 5 working days of receipt.
const NOW = '2026-03-10T02:00:00.000Z';
const received = (day: string) => ({ submittedAt: `${day}T01:00:00.000Z`, updatedAt: `${day}T01:00:00.000Z` });
const mine = { providerCode: DEPARTMENT.code, providerName: DEPARTMENT.name };

const rowKeys = (page: Page) => page.getByTestId('decisions-table').locator('.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
const rowOf = (page: Page, id: string) => page.getByTestId('decisions-table').locator(`.ant-table-row[data-row-key="${id}"]`);

test('the provider decides incoming requests in deadline order: no refusal without a proper reason, decisions queued, an approved request’s delivery recorded; an unused grant is flagged and revoked', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: fixedTime(NOW), reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  // Incoming requests as sync's pull stores them, deliberately not in deadline order.
  await pullChanges(wb.dir, [
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'r-later', entryName: '不动产登记信息', requesterName: '伊川县民政局', purpose: '救助对象房产核查', ...received('2026-03-09') }) },
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'r-soon', entryName: '婚姻登记信息', purpose: '低保家庭成员核验', ...received('2026-03-03') }) },
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'r-late', entryName: '社保缴纳信息', requesterName: '伊川县人社局', purpose: '就业补贴审核', items: ['姓名', '公民身份号码'], sensitiveItems: ['公民身份号码'], ...received('2026-03-02') }) },
    // Grants in force: one delivered in November and never used since, one delivered last week.
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'g-idle', entryName: '企业登记信息', revision: 2, state: 'active', validUntil: '2027-03-01', ...received('2025-11-03') }) },
    { kind: 'request.incoming', request: platformRequest({ ...mine, id: 'g-busy', entryName: '户籍人口信息', revision: 2, state: 'active', validUntil: '2026-12-31', ...received('2026-03-02') }) },
  ]);
  const outbox = async () => (await wb.call('outbox.list', {})).ops;

  await page.getByTestId('nav').getByText('待我审批', { exact: true }).click();
  // Deadline order: overdue (due Mon 03-09), due today (03-10), due Mon 03-16.
  await expect.poll(() => rowKeys(page)).toEqual(['r-late', 'r-soon', 'r-later']);
  await expect(rowOf(page, 'r-late').getByTestId('deadline-providerDecision')).toHaveAttribute('data-status', 'overdue');
  await expect(rowOf(page, 'r-late').getByTestId('deadline-days-left')).toHaveText('超期 1 个工作日');
  await expect(rowOf(page, 'r-soon').getByTestId('deadline-providerDecision')).toHaveAttribute('data-status', 'dueSoon');
  await expect(rowOf(page, 'r-soon').getByTestId('deadline-days-left')).toHaveText('今日到期');
  await expect(rowOf(page, 'r-later').getByTestId('deadline-providerDecision')).toHaveAttribute('data-status', 'running');
  await expect(rowOf(page, 'r-later')).toContainText('截止 2026-03-16');
  await expect(rowOf(page, 'r-later').getByTestId('deadline-days-left')).toHaveText('剩 4 个工作日');
  // The rule and where it is written, in the tag's tooltip.
  await rowOf(page, 'r-later').getByTestId('deadline-providerDecision').locator('.ant-tag').hover();
  await expect(page.locator('.ant-tooltip:visible')).toContainText('伊川：数据提供方收到申请后 5 个工作日内完成审批');
  await expect(page.locator('.ant-tooltip:visible')).toContainText('第');
  await wb.screenshot('decisions-list');

  // Reject without a reason: the field says why, nothing is written.
  await page.getByTestId('decision-open-r-late').click();
  const drawer = page.getByTestId('decision-drawer');
  await expect(drawer.getByTestId('request-details')).toContainText('就业补贴审核');
  // The sensitive item marked as the platform marks it for the reviewer; the plain one not.
  await expect(drawer.getByTestId('request-item-sensitive')).toHaveText('公民身份号码（敏感）');
  await expect(drawer.getByTestId('request-item')).toHaveText('姓名');
  await expect(drawer.getByTestId('request-history')).toContainText('提供方审批中');
  await drawer.getByTestId('decision-choice').getByText('不予同意', { exact: true }).click();
  await drawer.getByTestId('decision-submit').click();
  await expect(field(page, 'reason')).toContainText('不予同意须说明具体理由');
  expect(await outbox()).toEqual([]);
  expect((await wb.call('requests.get', { id: 'r-late' })).state).toBe('providerReview');

  // Too short: the same, as the officer types.
  await input(page, 'reason').fill('信息不全');
  await expect(field(page, 'reason')).toContainText('理由过短');
  await drawer.getByTestId('decision-submit').click();
  await expect(field(page, 'reason')).toContainText('理由过短');
  await wb.screenshot('decisions-reject-too-short');
  expect(await outbox()).toEqual([]);
  expect((await wb.call('requests.get', { id: 'r-late' })).state).toBe('providerReview');

  // A specific reason: rejected and queued.
  const reason = '申请用途与所需信息项不对应，请补充具体业务场景后重新申请';
  await input(page, 'reason').fill(reason);
  await expect(field(page, 'reason')).not.toContainText('理由过短');
  await drawer.getByTestId('decision-submit').click();
  await expect(drawer.getByTestId('decision-taken')).toHaveAttribute('data-decision', 'reject');
  await expect(drawer.getByTestId('decision-summary')).toContainText(reason);
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
  expect((await outbox()).map((o) => [o.kind, o.entityId, (o.payload as { decision: string }).decision])).toEqual([['request.decide', 'r-late', 'reject']]);
  expect((await wb.call('requests.get', { id: 'r-late' })).state).toBe('rejected');
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  // Another one approved with conditions, desensitisation and a period.
  await page.getByTestId('decision-open-r-soon').click();
  // Nothing is chosen for the officer: submitting without a choice is refused at the field, nothing queued.
  await expect(drawer.getByTestId('decision-choice').getByRole('radio', { name: '同意共享' })).not.toBeChecked();
  await expect(drawer.getByTestId('decision-choice').getByRole('radio', { name: '不予同意' })).not.toBeChecked();
  await drawer.getByTestId('decision-submit').click();
  await expect(field(page, 'decision')).toContainText('请选择同意共享或不予同意');
  expect(await outbox()).toHaveLength(1);
  expect((await wb.call('requests.get', { id: 'r-soon' })).state).toBe('providerReview');
  await drawer.getByTestId('decision-choice').getByText('同意共享', { exact: true }).click();
  await input(page, 'conditions').fill('仅限低保审核使用，不得向第三方提供');
  await input(page, 'desensitisation').fill('身份证号中间八位脱敏');
  await input(page, 'validUntil').fill('2026-12-31');
  await wb.screenshot('decisions-approve');
  await drawer.getByTestId('decision-submit').click();
  await expect(drawer.getByTestId('decision-taken')).toHaveAttribute('data-decision', 'approve');
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '2');
  expect(await wb.call('requests.get', { id: 'r-soon' })).toMatchObject({
    state: 'approved',
    validUntil: '2026-12-31',
    decision: { decision: 'approve', conditions: '仅限低保审核使用，不得向第三方提供', desensitisation: '身份证号中间八位脱敏' },
  });
  expect((await outbox()).map((o) => [o.entityId, (o.payload as { decision: string }).decision])).toEqual([
    ['r-late', 'reject'],
    ['r-soon', 'approve'],
  ]);

  // Approved: the provider records how the data is delivered; nothing is queued while the address is wrong.
  await expect(drawer.getByTestId('delivery-form')).toBeVisible();
  await drawer.getByTestId('delivery-submit').click();
  await expect(field(page, 'url')).toContainText('请填写该交付方式所需的信息');
  await drawer.getByTestId('delivery-url').fill('不是地址');
  await drawer.getByTestId('delivery-submit').click();
  await expect(field(page, 'url')).toContainText('接口地址应为 http:// 或 https:// 开头的网址');
  expect(await outbox()).toHaveLength(2);
  await drawer.getByTestId('delivery-url').fill('https://dsp.example.gov.cn/api/v1/dibao');
  await drawer.getByTestId('delivery-note').fill('账号向数据局申领');
  await drawer.getByTestId('delivery-submit').click();
  await expect(drawer.getByTestId('delivery-shown-url')).toHaveText('https://dsp.example.gov.cn/api/v1/dibao');
  expect(await wb.call('requests.get', { id: 'r-soon' })).toMatchObject({ state: 'active', delivery: { method: 'interface', url: 'https://dsp.example.gov.cn/api/v1/dibao', note: '账号向数据局申领' } });
  expect((await outbox()).map((o) => [o.kind, o.entityId])).toEqual([
    ['request.decide', 'r-late'],
    ['request.decide', 'r-soon'],
    ['request.deliver', 'r-soon'],
  ]);
  await drawer.locator('.ant-drawer-close').click();
  // Only the undecided one is left to decide.
  await expect.poll(() => rowKeys(page)).toEqual(['r-later']);

  // Authorisations: the grant unused since November is flagged (伊川: more than 3 months), unless the requester declared seasonal use.
  await page.getByTestId('decisions-tabs').getByText('授权管理', { exact: true }).click();
  const auth = page.getByTestId('authorisations-table');
  await expect(auth.getByTestId('unused-g-idle')).toHaveText('超过 3 个月未使用，可收回');
  await expect(auth.getByTestId('unused-g-busy')).toHaveCount(0);
  // Seasonal use is the requester's declaration: the provider has no switch, and sees the declaration the platform brings.
  await expect(page.getByTestId('seasonal-g-idle')).toHaveCount(0);
  const idle = { ...mine, id: 'g-idle', entryName: '企业登记信息', state: 'active' as const, validUntil: '2027-03-01', ...received('2025-11-03') };
  await pullChanges(wb.dir, [{ kind: 'request.incoming', request: platformRequest({ ...idle, revision: 3, seasonal: { reason: '汛期防汛调度使用', declaredAt: NOW } }) }]);
  await page.reload();
  await page.getByTestId('decisions-tabs').getByText('授权管理', { exact: true }).click();
  await expect(auth.getByTestId('unused-g-idle')).toHaveText('季节性需求，不计闲置');
  await expect(auth.getByTestId('seasonal-reason-g-idle')).toHaveText('季节性需求：汛期防汛调度使用');
  await pullChanges(wb.dir, [{ kind: 'request.incoming', request: platformRequest({ ...idle, revision: 4 }) }]);
  await page.reload();
  await page.getByTestId('decisions-tabs').getByText('授权管理', { exact: true }).click();
  await expect(auth.getByTestId('unused-g-idle')).toHaveText('超过 3 个月未使用，可收回');
  // Usage is what the platform reports, never typed here.
  await expect(page.getByTestId('mark-used-g-busy')).toHaveCount(0);
  await pullChanges(wb.dir, [{ kind: 'authorisation.usage', usage: { requestId: 'g-busy', days: [{ day: '2026-03-09', calls: 120 }], lastUsedOn: '2026-03-09', totalCalls: 300 } }]);
  await page.reload();
  await page.getByTestId('decisions-tabs').getByText('授权管理', { exact: true }).click();
  await expect(auth.getByTestId('usage-g-busy')).toContainText('2026-03-09');
  await expect(auth.getByTestId('usage-g-busy')).toContainText('近 30 日 120 次 · 共 300 次调用');
  await wb.screenshot('decisions-authorisations');

  // Revoked with a reason; without one the field says so and nothing changes.
  await page.getByTestId('revoke-g-idle').click();
  await page.getByTestId('revoke-modal-ok').click();
  await expect(field(page, 'reason')).toContainText('必填');
  expect((await wb.call('requests.get', { id: 'g-idle' })).state).toBe('active');
  await page.getByTestId('revoke-modal-reason').fill('超过三个月未调用接口，业务已停止');
  await page.getByTestId('revoke-modal-ok').click();
  await expect(page.getByTestId('revoke-modal')).toBeHidden();
  await expect(auth.locator('.ant-table-row[data-row-key="g-idle"]')).toHaveCount(0);
  expect((await wb.call('requests.get', { id: 'g-idle' })).state).toBe('revoked');
  const revoked = (await wb.call('requests.history', { id: 'g-idle' })).events.at(-1);
  expect(revoked).toMatchObject({ type: 'revoke', to: 'revoked', note: '超过三个月未调用接口，业务已停止' });
});

test('in English: a deadline in a year without a published calendar says so, the reason message is at the field; an escalated refusal is listed under disputes', async ({ openWorkbench }) => {
  // Monday 2026-12-28: five working days run into 2027, whose holidays are not published yet.
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: fixedTime('2026-12-28T02:00:00.000Z'), reminders: { intervalMs: 0 } },
    prefs: { locale: 'en' },
  });
  const { page } = wb;
  await pullChanges(wb.dir, [{ kind: 'request.incoming', request: platformRequest({ ...mine, id: 'r-new-year', ...received('2026-12-28') }) }]);

  // Our own request for another department's entry, refused by the platform and escalated (what the requester screen's DisputeButton calls).
  await pullIntoWorkspace(wb.dir, [sharedEntry('e2', { name: '法人基础信息', shareType: 'unconditional' })]);
  await wb.call('basket.add', { entryId: 'e2', items: [] });
  const fields = { items: [], purpose: '企业资质核验', scenario: '政府采购供应商审核', basisKind: 'law' as const, basisText: '《政府采购法》第二十二条', shareMethod: 'interface' as const, periodFrom: '2026-12-01', periodTo: '2027-12-31', contactName: '张三', contactPhone: '0379-68312345' };
  const own = await wb.call('requests.create', { entryId: 'e2', fields });
  await wb.call('requests.submit', { id: own.id });
  await answerNext(wb.dir, (opId) => ({ opId, status: 'accepted', revision: 1, appliedAt: '2026-12-21T03:00:00.000Z' }));
  const base = { id: own.id, entryId: 'e2', entryName: '法人基础信息', shareType: 'unconditional' as const, requesterCode: DEPARTMENT.code, providerCode: OTHER };
  await pullChanges(wb.dir, [
    { kind: 'request.status', request: platformRequest({ ...base, revision: 1, state: 'platformCheck', ...received('2026-12-21') }) },
    { kind: 'request.status', request: platformRequest({ ...base, revision: 2, state: 'rejected', ...received('2026-12-22'), decision: { decision: 'reject', reason: '不符合', by: 'platform', decidedAt: '2026-12-22T01:00:00.000Z', overdue: false } }) },
  ]);
  await wb.call('disputes.escalate', { id: own.id, reason: 'The refusal gives no ground in law' });

  await page.getByTestId('nav').getByText('To decide', { exact: true }).click();
  const row = page.getByTestId('decisions-table').locator('.ant-table-row[data-row-key="r-new-year"]');
  await expect(row.getByTestId('deadline-uncovered')).toHaveText(/2027/);
  await expect(row.getByTestId('deadline-days-left')).toHaveText('5 working days left');

  await page.getByTestId('decision-open-r-new-year').click();
  const drawer = page.getByTestId('decision-drawer');
  await drawer.getByTestId('decision-choice').getByText('Reject', { exact: true }).click();
  await drawer.getByTestId('decision-submit').click();
  await expect(field(page, 'reason')).toContainText('A refusal must give its reason');
  await input(page, 'reason').fill('Too vague');
  await expect(field(page, 'reason')).toContainText('The reason is too short');
  await wb.screenshot('decisions-reject-en');
  // The refusal was not queued (the escalation above is: request.escalate).
  expect((await wb.call('outbox.list', {})).ops.map((o) => o.kind)).toEqual(['request.escalate']);
  await drawer.locator('.ant-drawer-close').click();

  await page.getByTestId('decisions-tabs').getByText('Disputes', { exact: true }).click();
  const dispute = page.getByTestId('disputes-table').locator('.ant-table-row');
  await expect(dispute).toHaveCount(1);
  await expect(dispute).toContainText('法人基础信息');
  await expect(dispute).toContainText('The refusal gives no ground in law');
  await wb.screenshot('decisions-disputes');
});
