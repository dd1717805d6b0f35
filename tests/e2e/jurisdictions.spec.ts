// One story per jurisdiction in Chromium: each test runs under its profile and walks that profile's
// own duties through the screens, with set-up that is not the duty under test done through the core.
// Due days are counted by hand on the 2026 calendar (Monday–Friday, less the State Council's 2026
// holidays, plus its make-up working days; the day the clock starts is not counted) and checked
// against the workbench's own calendar as well. Screenshots: artifacts/jurisdiction-*.png.
import type { Locator, Page } from '@playwright/test';
import { profileCalendar } from '@shared/calendar/index';
import { findDeadlineRule, type DeadlineStep } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/types';
import { memoryKeyStore } from '../../electron/core/types';
import type { DemoAccount } from '../../platform/seed/demo';
import { fixedTime, sampleEntry } from '../helpers/core';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { platformObjection, pullChanges } from '../helpers/requests';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { publishAsSync } from '../helpers/zero-updates';
import { entryOf, type TestCore } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { exportedWorkbook } from './harness/exports';
import { choose, field, finishWizardShared, input, raiseObjectionOn, row } from './harness/ui';
import type { Workbench } from './harness/workbench';

const nav = (page: Page, label: string) => page.getByTestId('nav').getByText(label, { exact: true }).click();

/** The rule behind a deadline, as its tooltip cites it: the regulation's title and article. */
async function expectCited(page: Page, tag: Locator, profile: ProfileId, step: DeadlineStep, article: string) {
  const { source } = findDeadlineRule(profile, step)!;
  expect(source.article).toBe(article);
  await tag.locator('.ant-tag').hover();
  const tip = page.locator('.ant-tooltip:visible');
  await expect(tip).toContainText(source.title);
  await expect(tip).toContainText(article);
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
}

/** Opens an entry of 目录编制 in its drawer. */
async function openEntry(page: Page, name: string): Promise<Locator> {
  await nav(page, '目录编制');
  await row(page, name).getByTestId('row-edit').click();
  const drawer = page.getByTestId('entry-drawer');
  await expect(drawer).toBeVisible();
  return drawer;
}

function platformOptions(p: TestPlatform, a: DemoAccount, profileId: ProfileId, timeSource?: { now(): Date }) {
  const department = a.role === 'officer' ? { departmentName: a.department, departmentCode: a.departmentCode } : { departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code };
  return {
    init: { profileId, ...department },
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false }, reminders: { intervalMs: 0 }, ...(timeSource ? { timeSource } : {}) },
  };
}

/** What every profile's quality rules ask of an entry before it is declared ready. */
const COMPLETE = {
  classification: { scheme: 'national1272', category: '1', item: '01' },
  usageRequirements: '仅用于法定职责范围内的业务办理',
  responsibleParty: '信息科',
  updateTimeLimit: '每月 5 日前',
} as const;

async function signIn(wb: Workbench, a: DemoAccount) {
  await wb.call('sync.signIn', { user: a.user, password: a.password });
}

// ---------------------------------------------------------------------------------------------
// 拱墅: a non-data resource (《拱墅区政务数字资源共建共享管理办法》第二条) and a restricted-share
// entry, submitted by the officer, reviewed and published by the reviewer.
test('拱墅: an application and a restricted-share entry are submitted, reviewed by the authority and published', async ({ openWorkbench, context }) => {
  test.setTimeout(180_000);
  const p = await startTestPlatform({ clock: () => new Date(), profile: 'gongshu', seedShared: 0 });
  try {
    const officer = p.accounts.find((a) => a.role === 'officer')!;
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const o = await openWorkbench(platformOptions(p, officer, 'gongshu'));
    await signIn(o, officer);
    const department = { name: officer.department, code: officer.departmentCode } as TestCore['department'];
    const APP = '拱墅区一网通办应用';
    const DATA = '企业登记信息';
    const { page } = o;

    // The application catalogued through the wizard: its kind first (the rule cited), then its own fields.
    await page.getByTestId('wizard-new').click();
    const wizard = page.getByTestId('wizard');
    await expect(wizard).toContainText('《拱墅区政务数字资源共建共享管理办法》第二条');
    await wizard.getByTestId('kind-choice').getByRole('radio', { name: /^应用（场景） — / }).check();
    await page.getByTestId('wizard-next').click();
    await input(page, 'name').fill(APP);
    await input(page, 'summary').fill('面向全区办事群众和政务单位的一网通办应用，提供事项申报、进度查询和证照调用');
    await choose(page, 'formatClass', '服务接口');
    await choose(page, 'formatType', 'REST');
    await page.getByTestId('wizard-next').click();
    await expect(wizard.locator('[data-step="items"][data-kind="application"]')).toBeVisible();
    await input(page, 'appUrl').fill('https://ywtb.gongshu.gov.cn');
    await field(page, 'onGovCloud').getByText('是', { exact: true }).click();
    await choose(page, 'protectionLevel', '第三级');
    await input(page, 'appUsers').fill('全区政务单位及办事群众');
    await page.getByTestId('wizard-next').click();
    await finishWizardShared(page);

    // Set-up: the restricted-share entry as the officer compiled it (a data entry, not the duty under test).
    await o.call('catalogue.create', { entry: { ...entryOf({ department } as TestCore, DATA), dataGrade: 'L2', shareType: 'conditional', shareCondition: '仅限市场监管、税务业务使用' } });

    // The officer submits each from its drawer (the data entry declared ready first).
    for (const name of [APP, DATA]) {
      const drawer = await openEntry(page, name);
      if (name === DATA) await drawer.getByTestId('state-ready').click();
      await expect(drawer.getByTestId('entry-submit')).toBeEnabled();
      await drawer.getByTestId('entry-submit').click();
      await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
    }
    expect(await o.call('sync.run', {})).toMatchObject({ accepted: 2, rejected: 0 });

    // The reviewer sees the application's kind and fields and the restricted entry's condition, and approves both.
    const r = await openWorkbench(platformOptions(p, reviewer, 'gongshu'), await context.newPage());
    await signIn(r, reviewer);
    await nav(r.page, '审核');
    await r.page.getByTestId('review-refresh').click();
    const queue = r.page.getByTestId('review-queue');
    const review = r.page.getByTestId('review-drawer');
    await queue.locator('.ant-table-row', { hasText: APP }).click();
    await expect(review.getByTestId('review-fields').locator('[data-field-view="kind"]')).toContainText('应用（场景）');
    await expect(review.getByTestId('review-fields').locator('[data-field-view="appUrl"]')).toContainText('https://ywtb.gongshu.gov.cn');
    await expect(review.getByTestId('review-fields').locator('[data-field-view="protectionLevel"]')).toContainText('第三级');
    await review.getByTestId('review-approve').click();
    await expect(review).toBeHidden();
    await queue.locator('.ant-table-row', { hasText: DATA }).click();
    // 拱墅 calls conditional sharing 受限共享.
    await expect(review.getByTestId('review-fields')).toContainText('共享类型受限共享');
    await expect(review.getByTestId('review-fields')).toContainText('仅限市场监管、税务业务使用');
    await r.screenshot('jurisdiction-gongshu-review');
    await review.getByTestId('review-approve').click();
    await expect(review).toBeHidden();
    await expect(queue.locator('.ant-table-row', { hasText: DATA })).toHaveCount(0);

    // Published: the officer's catalogue shows both after a sync.
    await o.call('sync.run', {});
    await nav(page, '目录编制');
    await expect(row(page, APP).getByTestId('entry-state')).toHaveAttribute('data-state', 'published');
    await expect(row(page, DATA).getByTestId('entry-state')).toHaveAttribute('data-state', 'published');
    await o.screenshot('jurisdiction-gongshu-published');
  } finally {
    await p.dispose();
  }
});

// ---------------------------------------------------------------------------------------------
// 伊川: the responsibility list reported to the authority and accepted; a change on a published
// entry starts 10 working days to request the update (第十四条), and the request starts the
// authority's 5 working days to review it.
test('伊川: the responsibility list is reported and accepted; a change gives 10 working days to request the update and the authority 5 to review it', async ({ openWorkbench, context }) => {
  test.setTimeout(180_000);
  // Thursday 2 April 2026, 10:00 in 伊川. Counted by hand, the start day not counted:
  // 10 working days: Fri 3 Apr (1); Sat 4 – Mon 6 Apr 清明 off; Tue 7 – Fri 10 (2–5); Mon 13 – Fri 17 (6–10) → 2026-04-17.
  // 5 working days from a request the same day: Fri 3 (1); 清明; Tue 7 – Fri 10 (2–5) → 2026-04-10.
  const START = '2026-04-02';
  const REQUEST_DUE = '2026-04-17';
  const REVIEW_DUE = '2026-04-10';
  const cal = profileCalendar('yichuan');
  expect([cal.addWorkingDays(START, 10), cal.addWorkingDays(START, 5)]).toEqual([REQUEST_DUE, REVIEW_DUE]);
  const time = fixedTime('2026-04-02T02:00:00.000Z');
  const p = await startTestPlatform({ clock: time.now, seedShared: 0 });
  try {
    const officer = p.accounts.find((a) => a.user === 'yc-edu')!;
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const o = await openWorkbench(platformOptions(p, officer, 'yichuan', time));
    await signIn(o, officer);
    const department = { name: officer.department, code: officer.departmentCode } as TestCore['department'];
    const NAME = '学校基本信息';
    const entry = await o.call('catalogue.create', { entry: entryOf({ department } as TestCore, NAME) });
    await o.call('responsibilities.update', {
      entryId: entry.id,
      revision: 0,
      responsibility: {
        responsiblePerson: '张三',
        legalBasis: '《中华人民共和国教育法》第二十三条',
        collectionResponsibility: '教育局负责采集全县学校信息',
        updateCommitment: '每月5日前更新上月数据',
        qualityResponsibility: '教育局对数据质量负责',
        objectionHandler: '李四',
      },
    });

    // The responsibility list (第十三、十四条) reported to the authority.
    const { page } = o;
    await nav(page, '责任清单');
    await page.getByTestId('list-submit-responsibilities').click();
    const state = page.getByTestId('list-state-responsibilities');
    await expect(state).toHaveText('待同步');
    expect(await o.call('sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    await expect(state).toHaveText('已报送，待审核');

    // The authority accepts it in 审核 → 清单.
    const r = await openWorkbench(platformOptions(p, reviewer, 'yichuan', time), await context.newPage());
    await signIn(r, reviewer);
    await nav(r.page, '审核');
    await r.page.getByTestId('review-tabs').getByText('清单', { exact: true }).click();
    await r.page.getByTestId('list-queue').locator('.ant-table-row', { hasText: '责任清单' }).click();
    const listReview = r.page.getByTestId('list-review-drawer');
    await expect(listReview.getByTestId('list-review-rows')).toContainText(NAME);
    await listReview.getByTestId('list-review-accept').click();
    await expect(r.page.getByTestId('list-queue').locator('.ant-table-row')).toHaveCount(0);
    await o.call('sync.run', {});
    await expect(state).toHaveText('已通过');
    await o.screenshot('jurisdiction-yichuan-list-accepted');

    // Set-up: the entry published (as a sync applies the authority's review).
    const current = await o.call('catalogue.get', { id: entry.id });
    await o.call('catalogue.setState', { id: entry.id, revision: current.revision, state: 'ready' });
    await publishAsSync(o.dir, [entry.id], time.now().toISOString());

    // The law changed: the officer starts a change on the published entry; 10 working days to request the update.
    const drawer = await openEntry(page, NAME);
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'published');
    await expect(drawer.getByTestId('entry-change-deadlines')).toHaveCount(0);
    await drawer.getByTestId('state-changing').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'changing');
    const deadlines = drawer.getByTestId('entry-change-deadlines');
    const request = deadlines.getByTestId('deadline-catalogueUpdateRequest');
    await expect(request).toHaveAttribute('data-status', 'running');
    await expect(request).toContainText(REQUEST_DUE);
    await expectCited(page, request, 'yichuan', 'catalogueUpdateRequest', '第十四条');

    // The update requested the same day (the changed entry submitted): the authority's 5 working days run.
    await drawer.getByTestId('state-ready').click();
    await drawer.getByTestId('entry-submit').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');
    await expect(request).toHaveAttribute('data-status', 'done');
    const reviewDeadline = deadlines.getByTestId('deadline-catalogueUpdateReview');
    await expect(reviewDeadline).toHaveAttribute('data-status', 'running');
    await expect(reviewDeadline).toContainText(REVIEW_DUE);
    await expectCited(page, reviewDeadline, 'yichuan', 'catalogueUpdateReview', '第十四条');
    await o.screenshot('jurisdiction-yichuan-change-deadlines');
  } finally {
    await p.dispose();
  }
});

// ---------------------------------------------------------------------------------------------
// 丽水: the open list (第九、二十、二十一条) and an objection checked within 2 working days (第十三条).
test('丽水: the open list shows the open entries with one form each and exports them; an objection is due in 2 working days', async ({ openWorkbench }) => {
  test.setTimeout(120_000);
  // Thursday 30 April 2026. Counted by hand: Fri 1 – Tue 5 May 劳动节 off; Wed 6 May (1), Thu 7 May (2) → 2026-05-07.
  const RAISED = '2026-04-30';
  const DUE = '2026-05-07';
  expect(profileCalendar('lishui').addWorkingDays(RAISED, 2)).toBe(DUE);
  const time = fixedTime('2026-04-30T02:00:00.000Z');
  const wb = await openWorkbench({
    init: { profileId: 'lishui', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  // Set-up: three entries of the department, two of them open; one shared entry of another department.
  await wb.call('catalogue.create', { entry: { ...sampleEntry('公共场所名录'), openType: 'unconditional', openMethod: 'desensitised' } });
  await wb.call('catalogue.create', { entry: { ...sampleEntry('企业信用评价'), openType: 'conditional', openCondition: '经申请审核后开放', openMethod: 'query' } });
  await wb.call('catalogue.create', { entry: sampleEntry('婚姻登记信息') });
  await pullIntoWorkspace(wb.dir, [sharedEntry('e1')]);

  // 开放目录: only the open entries, one form each under 丽水.
  await nav(page, '开放目录');
  await expect(page.getByTestId('open-data-total')).toHaveText('共 2 条开放目录；每条最多 1 种开放方式');
  const table = page.getByTestId('open-data-table');
  await expect(table.locator('.ant-table-row')).toHaveCount(2);
  await expect(table.locator('.ant-table-row', { hasText: '婚姻登记信息' })).toHaveCount(0);
  const conditional = table.locator('.ant-table-row', { hasText: '企业信用评价' });
  // 丽水 names the open types in its own words (受限开放类 for conditional opening).
  await expect(conditional).toContainText('受限开放类');
  await expect(conditional).toContainText('经申请审核后开放');
  // One form per entry: a single choice, showing the entry's form.
  const forms = conditional.locator('[data-testid^="open-forms-select-"]');
  await expect(forms).toHaveText('查询');
  await expect(forms).not.toHaveClass(/ant-select-multiple/);
  await wb.screenshot('jurisdiction-lishui-open-list');
  const sheet = (await exportedWorkbook(wb, page, 'list-export-openData', '开放目录.xlsx')).getWorksheet('开放目录')!;
  expect(sheet.rowCount).toBe(3);
  expect([2, 3].map((r) => sheet.getRow(r).getCell(2).value).sort()).toEqual(['企业信用评价', '公共场所名录'].sort());
  // Reported to the authority with the next sync: the two open entries, queued.
  await page.getByTestId('list-submit-openData').click();
  await expect(page.getByTestId('list-state-openData')).toHaveText('待同步');
  const queued = (await wb.call('outbox.list', {})).ops.filter((op) => op.kind === 'openList.submit');
  expect(queued).toHaveLength(1);
  expect(JSON.stringify(queued[0]!.payload)).toContain('企业信用评价');
  expect(JSON.stringify(queued[0]!.payload)).not.toContain('婚姻登记信息');

  // An objection raised on another department's shared entry: checked within 2 working days.
  await nav(page, '共享目录');
  const modal = await raiseObjectionOn(page, '人口基础信息', '姓名');
  const details = page.getByTestId('details-drawer');
  await modal.getByTestId('raise-record-key').fill('331102199001011234');
  await modal.getByTestId('raise-description').fill('姓名与户籍登记不一致');
  await page.getByTestId('raise-submit').click();
  await expect(modal).toBeHidden();
  await details.locator('.ant-drawer-close').click();
  const [mine] = (await wb.call('objections.list', { role: 'raiser' })).objections;
  await nav(page, '数据疑义');
  await page.getByTestId('objections-tab-raiser').click();
  await page.getByTestId(`objection-open-${mine!.id}`).click();
  const drawer = page.getByTestId('objection-drawer');
  const answer = drawer.getByTestId('deadline-objectionAnswer');
  await expect(answer).toContainText(DUE);
  await expect(answer).toHaveAttribute('data-status', 'running');
  await expectCited(page, answer, 'lishui', 'objectionAnswer', '第十三条');
  await wb.screenshot('jurisdiction-lishui-objection');
  await drawer.locator('.ant-drawer-close').click();

  // As provider: one raised on our own entry the same day is answered in time, and cannot be extended.
  const own = (await wb.call('catalogue.list', {})).rows.find((r) => r.name === '婚姻登记信息')!;
  await pullChanges(wb.dir, [{ kind: 'objection.update', objection: platformObjection({ entryId: own.id, raisedAt: '2026-04-30T01:00:00.000Z', updatedAt: '2026-04-30T01:00:00.000Z', dueDate: DUE }) }]);
  await page.reload();
  await nav(page, '数据疑义');
  await page.getByTestId('objections-tab-provider').click();
  await page.getByTestId('objection-open-o-in-1').click();
  await expect(drawer.getByTestId('deadline-objectionAnswer')).toContainText(DUE);
  await expect(drawer.getByTestId('objection-requestExtension')).toBeDisabled();
  await drawer.getByTestId('objection-answer').click();
  await page.getByTestId('note-text').fill('已核对户籍档案并更正');
  await page.getByTestId('note-ok').click();
  await expect(drawer.getByTestId('objection-state')).toHaveAttribute('data-state', 'answered');
  await expect(drawer.getByTestId('deadline-objectionAnswer')).toHaveAttribute('data-status', 'done');
});

// ---------------------------------------------------------------------------------------------
// 雨花: several opening forms per open entry (第十九、二十条) and 15 working days to update the
// catalogue after a change (第十条).
test('雨花: an open entry takes several opening forms; a change gives 15 working days to update the catalogue', async ({ openWorkbench }) => {
  test.setTimeout(120_000);
  // Friday 18 September 2026. Counted by hand, the start day not counted: Sun 20 Sep make-up working day (1);
  // Mon 21 – Thu 24 (2–5); Fri 25 – Sun 27 中秋 off; Mon 28 – Wed 30 (6–8); 1 – 7 Oct 国庆 off; Thu 8, Fri 9 (9, 10);
  // Sat 10 Oct make-up working day (11); Mon 12 – Thu 15 (12–15) → 2026-10-15.
  const START = '2026-09-18';
  const DUE = '2026-10-15';
  expect(profileCalendar('yuhua').addWorkingDays(START, 15)).toBe(DUE);
  const time = fixedTime('2026-09-18T02:00:00.000Z');
  const wb = await openWorkbench({
    init: { profileId: 'yuhua', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  const NAME = '学校名录';
  const entry = await wb.call('catalogue.create', { entry: { ...sampleEntry(NAME), ...COMPLETE, openType: 'conditional', openCondition: '经申请授权后开放', openMethod: 'query' } });
  await wb.call('catalogue.setState', { id: entry.id, revision: entry.revision, state: 'ready' });
  await publishAsSync(wb.dir, [entry.id], time.now().toISOString());

  // 开放目录: several forms per entry under 雨花; query, verification and desensitised.
  await nav(page, '开放目录');
  await expect(page.getByTestId('open-data-total')).toContainText('共 1 条开放目录');
  const listed = page.getByTestId('open-data-table').locator('.ant-table-row', { hasText: NAME });
  const select = listed.locator('.ant-select');
  await expect(listed.locator('[data-testid^="open-forms-select-"]')).toHaveClass(/ant-select-multiple/);
  await expect(select.locator('.ant-select-selection-item')).toHaveText(['查询']);
  for (const form of ['核验', '脱敏']) {
    await select.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: form }).click();
    await page.keyboard.press('Escape');
  }
  await expect(select.locator('.ant-select-selection-item')).toHaveText(['查询', '核验', /脱敏/]);
  await expect(listed.locator('[data-testid^="open-forms-error-"]')).toHaveCount(0);
  await expect.poll(async () => (await wb.call('openData.list', {})).rows[0]?.openForms).toHaveLength(3);
  await wb.screenshot('jurisdiction-yuhua-open-forms');

  // The duties changed: a change on the published entry; the catalogue is updated within 15 working days.
  const drawer = await openEntry(page, NAME);
  await drawer.getByTestId('state-changing').click();
  await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'changing');
  const change = drawer.getByTestId('entry-change-deadlines').getByTestId('deadline-catalogueChange');
  await expect(change).toHaveAttribute('data-status', 'running');
  await expect(change).toContainText(DUE);
  await expectCited(page, change, 'yuhua', 'catalogueChange', '第十条');
  await wb.screenshot('jurisdiction-yuhua-change-deadline');
  await page.keyboard.press('Escape');
  await nav(page, '统计');
  await expect(page.getByTestId('overview-change-deadlines')).toContainText('1 个办理中，0 个已超期');
});

// ---------------------------------------------------------------------------------------------
// 松江: a system's tables docked again (the catalogue's elements changed) start 2 working days to
// update the catalogue (第十条); a zero update reported; the audit trail (第十六条) exported.
test('松江: re-docking a system’s tables starts 2 working days to update the catalogue; a zero update is reported; the audit trail is exported', async ({ openWorkbench }) => {
  test.setTimeout(120_000);
  // Thursday 18 June 2026. Counted by hand: Fri 19 – Sun 21 Jun 端午 off; Mon 22 (1), Tue 23 (2) → 2026-06-23.
  const START = '2026-06-18';
  const DUE = '2026-06-23';
  expect(profileCalendar('songjiang').addWorkingDays(START, 2)).toBe(DUE);
  const time = fixedTime('2026-06-18T02:00:00.000Z');
  const wb = await openWorkbench({
    init: { profileId: 'songjiang', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  const NAME = '企业用电信息';
  const entry = await wb.call('catalogue.create', {
    entry: {
      ...sampleEntry(NAME),
      ...COMPLETE,
      // 松江 classifies by its own classes (第七条) and asks how the system is docked.
      classification: { scheme: 'songjiang', category: '1', item: '02' },
      dockingMethod: 'pushData',
      updateCycle: 'monthly',
      items: [
        { name: '企业名称', nameEn: 'qymc', type: 'C', length: '100' },
        { name: '统一社会信用代码', nameEn: 'tyshxydm', type: 'C', length: '18' },
        { name: '用电量', nameEn: 'ydl', type: 'N', length: '12' },
      ],
    },
  });
  await wb.call('catalogue.setState', { id: entry.id, revision: entry.revision, state: 'ready' });
  await publishAsSync(wb.dir, [entry.id], time.now().toISOString());

  // This month nothing changed in the data: the zero update (零更新) is reported.
  await nav(page, '责任清单');
  await page.getByTestId('responsibilities-tabs').getByText('零更新', { exact: true }).click();
  await page.getByTestId(`zero-report-${entry.id}`).click();
  await page.getByTestId('zero-note').fill('本月数据无变化');
  await page.getByTestId('zero-report-ok').click();
  await expect(page.getByTestId('zero-table').locator('.ant-table-row', { hasText: NAME })).toContainText('已报送本期零更新');

  // The system's tables docked again: a column added; the difference is shown and the 2 working days start.
  const drawer = await openEntry(page, NAME);
  const panel = drawer.getByTestId('redock-panel');
  await panel.getByText('重新对接表结构').click();
  await panel
    .getByTestId('redock-text')
    .fill("CREATE TABLE t_yd (\n  qymc varchar(100) COMMENT '企业名称',\n  tyshxydm char(18) COMMENT '统一社会信用代码',\n  ydl decimal(12) COMMENT '用电量',\n  ydyf char(6) COMMENT '用电月份'\n);");
  await panel.getByTestId('redock-read').click();
  await expect(panel.getByTestId('redock-deadline')).toHaveAttribute('data-started', 'true');
  await expect(panel.getByTestId('redock-difference').locator('.ant-table-row', { hasText: '用电月份' })).toContainText('新增');
  // On the entry itself (the docking panel shows the same deadline beside the difference).
  const change = drawer.getByTestId('entry-change-deadlines').first().getByTestId('deadline-catalogueChange');
  await expect(change).toHaveAttribute('data-status', 'running');
  await expect(change).toContainText(DUE);
  await expectCited(page, change, 'songjiang', 'catalogueChange', '第十条');
  await wb.screenshot('jurisdiction-songjiang-redock');
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  // 操作日志: the entry's trail, filtered by its name, holds the zero update and the docking; exported to Excel.
  await nav(page, '操作日志');
  await page.getByTestId('audit-entity').locator('input').fill(NAME);
  await page.getByTestId('audit-entity').locator('input').press('Enter');
  const trail = page.getByTestId('audit-table').locator('.ant-table-row');
  // Actions in the officer's words, never the stored code.
  await expect(trail.filter({ hasText: '报送零更新' })).toContainText('本月数据无变化');
  await expect(trail.filter({ hasText: '发现资源变化' })).toContainText(NAME);
  await expect(trail.filter({ hasText: '初始化工作区' })).toHaveCount(0);
  const sheet = (await exportedWorkbook(wb, page, 'audit-export', '操作日志.xlsx')).worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, '序号', '时间', '操作人', '操作', '操作代码', '对象类型', '对象标识', '内容']);
  const actions: unknown[] = [];
  sheet.eachRow((r, n) => void (n > 1 && actions.push([r.getCell(4).value, r.getCell(5).value])));
  expect(actions).toEqual(expect.arrayContaining([['报送零更新', 'zeroUpdates.report'], ['发现资源变化', 'catalogue.changeDetected']]));
  expect(actions.map((a) => (a as unknown[])[1])).not.toContain('workspace.init');
  await wb.screenshot('jurisdiction-songjiang-audit');

  // Tuesday 23 June, the due day: still running; Wednesday 24 June: overdue, in 统计 and on the entry.
  time.advance(5 * 86_400_000);
  await wb.restartCore();
  await nav(page, '统计');
  await expect(page.getByTestId('overview-change-deadlines')).toContainText('1 个办理中，0 个已超期');
  time.advance(86_400_000);
  await wb.restartCore();
  await nav(page, '统计');
  await expect(page.getByTestId('overview-change-deadlines')).toContainText('0 个办理中，1 个已超期');
  const late = await openEntry(page, NAME);
  await expect(late.getByTestId('entry-change-deadlines').first().getByTestId('deadline-catalogueChange')).toHaveAttribute('data-status', 'overdue');
});
