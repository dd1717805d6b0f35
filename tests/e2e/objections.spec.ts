import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { profileCalendar } from '@shared/calendar/index';
import { test, expect, DEPARTMENT } from './harness/fixtures';
import { raiseObjectionOn } from './harness/ui';
import { fixedTime, sampleEntry } from '../helpers/core';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { OTHER, platformObjection as feedObjection, pullChanges } from '../helpers/requests';

// 伊川: an objection is answered within 10 working days of receipt, extendable once by 10 more.
const cal = profileCalendar('yichuan');
const RAISED_DAY = '2026-03-02';
const DUE = cal.addWorkingDays(RAISED_DAY, 10);
const EXTENDED_DUE = cal.addWorkingDays(DUE, 10);

/** The feed's objection, due as 伊川 counts it from the raising day. */
const platformObjection = (over: Parameters<typeof feedObjection>[0]) => feedObjection({ dueDate: DUE, ...over });

const nav = (page: Page, label: string) => page.getByTestId('nav').getByText(label, { exact: true }).click();

async function openObjection(page: Page, tab: 'raiser' | 'provider', id: string) {
  await nav(page, '数据疑义');
  await page.getByTestId(`objections-tab-${tab}`).click();
  await page.getByTestId(`objection-open-${id}`).click();
  const drawer = page.getByTestId('objection-drawer');
  await expect(drawer.getByTestId('objection-details')).toBeVisible();
  return drawer;
}

async function closeDrawer(page: Page) {
  const drawer = page.getByTestId('objection-drawer');
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
}

test('objection with evidence and the one 伊川 extension: raised, acknowledged, extended by 10 working days, corrected, confirmed; the week on the Overview', async ({ openWorkbench }) => {
  expect([DUE, EXTENDED_DUE]).toEqual(['2026-03-16', '2026-03-30']);
  const time = fixedTime('2026-03-02T02:00:00.000Z');
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  await pullIntoWorkspace(wb.dir, [sharedEntry('e1')]);
  const own = await wb.call('catalogue.create', { entry: sampleEntry('婚姻登记信息') });
  await pullChanges(wb.dir, [{ kind: 'objection.update', objection: platformObjection({ entryId: own.id }) }]);

  // Requester: raise on a data item and a record of a shared entry, with evidence.
  await nav(page, '共享目录');
  const modal = await raiseObjectionOn(page, '人口基础信息', '姓名');
  const details = page.getByTestId('details-drawer');
  await modal.getByTestId('raise-record-key').fill('410329199001011234');
  // Nothing said yet: the description is required and the form says so at the field.
  await page.getByTestId('raise-submit').click();
  await expect(modal.locator('[data-field="description"] .ant-form-item-explain')).toContainText('必填');
  await modal.getByTestId('raise-description').fill('姓名与户籍登记不一致，见截图');
  // A "PDF" that is not one is refused by content, with the file named.
  const fake = join(wb.dir, '截图.pdf');
  writeFileSync(fake, 'not a pdf at all');
  wb.shell.openFiles.push(fake);
  await modal.getByTestId('evidence-add').click();
  await expect(modal.getByTestId('evidence-error')).toContainText('截图.pdf');
  const pdf = join(wb.dir, '户籍截图.pdf');
  writeFileSync(pdf, '%PDF-1.4\n% evidence\n');
  wb.shell.openFiles.push(pdf);
  await modal.getByTestId('evidence-add').click();
  await expect(modal.getByTestId('evidence-list')).toContainText('户籍截图.pdf');
  await wb.screenshot('objections-raise');
  await page.getByTestId('raise-submit').click();
  await expect(modal).toBeHidden();
  await expect(details.getByTestId('entry-objection-tag')).toContainText('1');

  const raised = (await wb.call('objections.list', { role: 'raiser' })).objections;
  expect(raised).toHaveLength(1);
  const mine = raised[0]!;
  expect(mine).toMatchObject({ itemName: '姓名', recordKey: '410329199001011234', attachments: [expect.objectContaining({ fileName: '户籍截图.pdf', role: 'evidence' })] });
  expect((await wb.call('outbox.list', {})).ops.map((o) => o.kind)).toContain('objection.raise');
  await details.locator('.ant-drawer-close').click();

  let drawer = await openObjection(page, 'raiser', mine.id);
  await expect(drawer.getByTestId('deadline-objectionAnswer')).toContainText(DUE);
  await expect(drawer.getByTestId('objection-evidence')).toContainText('户籍截图.pdf');
  await expect(drawer.getByTestId('objection-actions').locator('button')).toHaveCount(0);
  await closeDrawer(page);

  // Our own entry shows the objection raised on it while it is open.
  await nav(page, '目录编制');
  await page.getByTestId('catalogue-table').locator('.ant-table-row', { hasText: '婚姻登记信息' }).getByTestId('row-edit').click();
  await expect(page.getByTestId('entry-drawer').getByTestId('entry-objection-tag')).toContainText('1');
  await page.getByTestId('entry-drawer').locator('.ant-drawer-close').click();

  // Provider: acknowledge, then the one extension.
  drawer = await openObjection(page, 'provider', 'o-in-1');
  await expect(drawer.getByTestId('deadline-objectionAnswer')).toContainText(DUE);
  await drawer.getByTestId('objection-acknowledge').click();
  await expect(drawer.getByTestId('objection-state')).toHaveAttribute('data-state', 'acknowledged');
  await drawer.getByTestId('objection-requestExtension').click();
  await page.getByTestId('note-text').fill('需调取原始档案核对，经负责人批准延期');
  await page.getByTestId('note-ok').click();
  await expect(drawer.getByTestId('objection-state')).toHaveAttribute('data-state', 'extensionRequested');
  await expect(drawer.getByTestId('objection-requestExtension')).toBeDisabled();
  await expect(drawer.getByTestId('extension-blocked')).toContainText('最多允许 1 次');

  // The platform grants it: the answer is now due 10 working days later.
  await pullChanges(wb.dir, [{ kind: 'objection.update', objection: platformObjection({ entryId: own.id, revision: 2, state: 'extended', dueDate: EXTENDED_DUE, updatedAt: '2026-03-03T01:00:00.000Z' }) }]);
  await page.reload();
  drawer = await openObjection(page, 'provider', 'o-in-1');
  await expect(drawer.getByTestId('objection-state')).toHaveAttribute('data-state', 'extended');
  await expect(drawer.getByTestId('deadline-objectionAnswer')).toContainText(EXTENDED_DUE);
  await expect(drawer.getByTestId('objection-requestExtension')).toBeDisabled();
  await expect(drawer.getByTestId('objection-extensions')).toContainText('已延期 1 次');
  // Nor does the core take a second one behind the button's back.
  const again = await wb.core.dispatch('objections.requestExtension', { id: 'o-in-1', note: '再延期' });
  expect(again.ok ? 'accepted' : again.error.code).toBe('OBJECTION_TRANSITION');
  await wb.screenshot('objections-extended');
  await closeDrawer(page);

  // Monday 16 March: our objection's answer is due today; the extended one is not this week.
  time.advance(14 * 24 * 3_600_000 - 3_600_000);
  await nav(page, '统计');
  const week = page.getByTestId('overview-week');
  await expect(week.getByTestId(`overview-day-${DUE}`).getByTestId('overview-item')).toHaveAttribute('data-id', mine.id);
  await expect(week.locator('[data-id="o-in-1"]')).toHaveCount(0);
  await expect(page.getByTestId('overview-objections')).toContainText('2');
  await wb.screenshot('objections-overview');

  // Provider answers; the change runs the reminder check, which announces our own objection due today.
  drawer = await openObjection(page, 'provider', 'o-in-1');
  await drawer.getByTestId('objection-answer').click();
  await page.getByTestId('note-text').fill('已按户籍档案更正');
  await page.getByTestId('note-ok').click();
  await expect(drawer.getByTestId('objection-state')).toHaveAttribute('data-state', 'answered');
  await expect(drawer.getByTestId('deadline-objectionAnswer')).toHaveAttribute('data-status', 'done');
  await expect(page.locator('.ant-notification-notice', { hasText: '人口基础信息' })).toContainText(DUE);
  expect((await wb.call('objections.openForEntry', { entryId: own.id })).objections).toEqual([]);
  expect((await wb.call('outbox.list', {})).ops.filter((o) => o.kind === 'objection.requestExtension' || o.kind === 'objection.answer').map((o) => [o.kind, o.payload])).toEqual([
    ['objection.requestExtension', { note: '需调取原始档案核对，经负责人批准延期' }],
    ['objection.answer', expect.objectContaining({ answer: 'corrected', note: '已按户籍档案更正' })],
  ]);
  await closeDrawer(page);

  // Requester: the provider's correction arrives; confirm it.
  await pullChanges(wb.dir, [
    {
      kind: 'objection.update',
      objection: platformObjection({
        id: mine.id,
        entryId: 'e1',
        entryName: '人口基础信息',
        raiserCode: DEPARTMENT.code,
        providerCode: OTHER,
        revision: 2,
        state: 'answered',
        answer: { answer: 'corrected', note: '已更正姓名', answeredAt: '2026-03-16T02:00:00.000Z', overdue: false },
        updatedAt: '2026-03-16T02:00:00.000Z',
      }),
    },
  ]);
  await page.reload();
  drawer = await openObjection(page, 'raiser', mine.id);
  await expect(drawer.getByTestId('objection-answer-given')).toContainText('已更正姓名');
  await drawer.getByTestId('objection-confirm').click();
  await expect(drawer.getByTestId('objection-state')).toHaveAttribute('data-state', 'confirmed');
  await wb.screenshot('objections-confirmed');
  expect((await wb.call('objections.get', { id: mine.id })).state).toBe('confirmed');
});

test('丽水: the objection is answered within 2 working days and cannot be extended; the button says why, in either language', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'lishui', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  const own = await wb.call('catalogue.create', { entry: sampleEntry('婚姻登记信息') });
  await pullChanges(wb.dir, [{ kind: 'objection.update', objection: platformObjection({ entryId: own.id, dueDate: '2026-03-04' }) }]);

  const drawer = await openObjection(page, 'provider', 'o-in-1');
  await expect(drawer.getByTestId('deadline-objectionAnswer')).toContainText(profileCalendar('lishui').addWorkingDays(RAISED_DAY, 2));
  await expect(drawer.getByTestId('objection-requestExtension')).toBeDisabled();
  await expect(drawer.getByTestId('extension-blocked')).toHaveText('本地规则不允许延长答复期限');
  await wb.screenshot('objections-lishui');
  await closeDrawer(page);
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('objection-open-o-in-1').click();
  await expect(drawer.getByTestId('extension-blocked')).toHaveText('The local rules do not allow extending the answer deadline');
  await expect(drawer.getByTestId('objection-acknowledge')).toHaveText('Acknowledge');
});
