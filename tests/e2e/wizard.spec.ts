import { expect, test, DEPARTMENT } from './harness/fixtures';
import { choose, field, input, row } from './harness/ui';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';

const DDL = `-- 人员基础表（达梦 / MySQL 风格）
CREATE TABLE t_person (
  id VARCHAR(32) NOT NULL COMMENT '人员编号',
  xm VARCHAR(50) COMMENT '姓名',
  sfzh CHAR(18) COMMENT '公民身份号码',
  csrq DATE COMMENT '出生日期',
  zb SDO_GEORASTER COMMENT '住址坐标',
  PRIMARY KEY (id)
);`;

test('the wizard walks a new entry from what it is to review, with a fixed error, DDL docking, advice and a refused then accepted "ready"', async ({ workbench }) => {
  const { page } = workbench;
  // Another department already shares 出生日期: 一数一源 should say so.
  await pullIntoWorkspace(workbench.dir, [
    sharedEntry('s-birth', { name: '出生医学证明信息', provider: '伊川县卫生健康委员会', departmentName: '伊川县卫生健康委员会', items: [{ name: '出生日期', type: 'D', length: '8' }] }),
  ]);

  await page.getByTestId('wizard-new').click();
  const wizard = page.getByTestId('wizard');
  await expect(wizard).toBeVisible();
  await expect(input(page, 'provider')).toHaveValue(DEPARTMENT.name);

  // Step 1: "next" on an empty step shows what is missing and stays.
  await page.getByTestId('wizard-next').click();
  await expect(field(page, 'name')).toContainText('必填');
  await expect(wizard.getByTestId('wizard-step-issues')).toContainText('本步还有 5 处需要改正');
  await expect(wizard.locator('[data-step="what"]')).toBeVisible();
  await input(page, 'name').fill('户籍人员基础信息');
  await expect(field(page, 'name')).not.toContainText('必填');
  await input(page, 'summary').fill('本县户籍人员的编号、姓名、公民身份号码、出生日期等基础信息');
  await field(page, 'classification').locator('.ant-select').click();
  await page.locator('.ant-cascader-menu-item[title="1272 指南资源属性分类"]').click();
  await page.locator('.ant-cascader-menu-item[title="基础信息资源"]').click();
  await page.locator('.ant-cascader-menu-item[title="人口"]').click();
  await page.keyboard.press('Escape');
  await choose(page, 'formatClass', '数据库');
  await choose(page, 'formatType', 'KingbaseES');
  // The English name is in view; the optional extensions are folded under "more (optional)".
  await input(page, 'nameEn').fill('Registered residents');
  await expect(field(page, 'timeRange')).toBeHidden();
  await wizard.getByTestId('wizard-more').locator('.ant-collapse-header').click();
  await input(page, 'timeRange').fill('2015年至今');
  await workbench.screenshot('wizard-1-what');
  await page.getByTestId('wizard-next').click();

  // Step 2: a database resource needs items; build them from a CREATE TABLE script.
  await expect(wizard.locator('[data-step="items"]')).toBeVisible();
  // With no items yet, the table-structure panel is open.
  await page.getByTestId('ddl-text').fill(DDL);
  await page.getByTestId('ddl-read').click();
  const preview = page.getByTestId('ddl-preview');
  await expect(preview.locator('.ant-table-row')).toHaveCount(5);
  await expect(preview).toContainText('公民身份号码');
  // The unknown type is reported at its line and still read (as character).
  await expect(page.getByTestId('ddl-problems')).toContainText('第 7 行');
  await expect(page.getByTestId('ddl-problems')).toContainText('SDO_GEORASTER');
  await page.getByTestId('ddl-add').click();
  await expect(input(page, 'items.2.name')).toHaveValue('公民身份号码');
  await expect(input(page, 'items.2.length')).toHaveValue('18');
  await expect(input(page, 'items.4.name')).toHaveValue('住址坐标');

  // Advice: sensitive items with the suggestion, and the item another department already shares.
  const advice = page.getByTestId('item-advice');
  await expect(advice).toContainText('公民身份号码');
  await expect(advice).toContainText('伊川县卫生健康委员会');
  await workbench.screenshot('wizard-2-items');
  const idRow = advice.getByTestId('item-advice-row').filter({ hasText: '公民身份号码' });
  await idRow.getByTestId('apply-suggestion').click();
  await expect(advice.getByTestId('item-advice-row').filter({ hasText: '公民身份号码' })).toHaveCount(0);
  // A database resource needs every item's length: the unknown column has none yet.
  await page.getByTestId('wizard-next').click();
  await expect(field(page, 'items.4.length')).toContainText('必填');
  await input(page, 'items.4.length').fill('64');
  await page.getByTestId('wizard-next').click();

  // Step 3: conditional sharing without its condition is refused until it is written.
  await expect(wizard.locator('[data-step="sharing"]')).toBeVisible();
  await choose(page, 'shareType', '有条件共享');
  await page.getByTestId('wizard-next').click();
  await expect(field(page, 'shareCondition')).toContainText('须写明共享条件');
  await input(page, 'shareCondition').fill('仅限公安、民政、人社部门依法履职使用');
  await expect(field(page, 'shareCondition')).not.toContainText('须写明共享条件');
  // A database resource is shared as a database or an interface, never as a file.
  await expect(page.getByTestId('method-hint')).toContainText('数据库、接口');
  await field(page, 'shareMethodType').locator('.ant-select').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText(['数据库', '接口']);
  await page.keyboard.press('Escape');
  await choose(page, 'shareMethodType', '接口');
  await page.getByTestId('wizard-next').click();

  // Step 4 and 5.
  await choose(page, 'openType', '不予开放');
  await page.getByTestId('wizard-next').click();
  await expect(wizard.locator('[data-step="cycle"]')).toBeVisible();
  await choose(page, 'updateCycle', '每日');
  // A problem in a folded field unfolds its panel and lands there.
  const more = wizard.getByTestId('wizard-more');
  await more.locator('.ant-collapse-header').click();
  await input(page, 'publishedOn').fill('2026/1/5');
  await more.locator('.ant-collapse-header').click();
  await expect(field(page, 'publishedOn')).toBeHidden();
  await page.getByTestId('wizard-next').click();
  await expect(field(page, 'publishedOn')).toBeInViewport();
  await expect(input(page, 'publishedOn')).toBeFocused();
  await input(page, 'publishedOn').fill('2026-01-05');
  // The profile (伊川) requires 安全级别 and 使用要求: "next" waits for them like any required field.
  await page.getByTestId('wizard-next').click();
  await expect(field(page, 'dataGrade')).toContainText('必填');
  await expect(field(page, 'usageRequirements')).toContainText('必填');
  await expect(wizard.locator('[data-step="cycle"]')).toBeVisible();
  // The step bar still leads to the review.
  await page.getByTestId('wizard-steps').getByText('检查', { exact: true }).click();

  // Review: they are listed as errors there too, each with a link.
  const review = page.getByTestId('wizard-review');
  await expect(review).toBeVisible();
  const gradeIssue = review.locator('[data-testid="quality-issue"][data-path="dataGrade"]');
  await expect(gradeIssue).toContainText('错误');
  await expect(review.locator('[data-testid="quality-issue"][data-path="usageRequirements"]')).toBeVisible();
  await expect(review.locator('[data-testid="quality-issue"][data-code="alreadyProvided"]')).toContainText('伊川县卫生健康委员会');
  await workbench.screenshot('wizard-6-review');

  // "Ready" is refused while errors remain; the draft is saved all the same.
  await page.getByTestId('wizard-ready').click();
  await expect(page.getByTestId('ready-refused')).toContainText('质量错误');
  const [saved] = (await workbench.call('catalogue.list', {})).rows;
  expect(saved?.state).toBe('draft');
  await workbench.screenshot('wizard-ready-refused');

  // The link jumps to the field on its step.
  await gradeIssue.getByTestId('quality-jump').click();
  await expect(wizard.locator('[data-step="cycle"]')).toBeVisible();
  await choose(page, 'dataGrade', '一般数据');
  await input(page, 'usageRequirements').fill('不得用于与履职无关的用途');
  await page.getByTestId('wizard-next').click();
  await expect(review.locator('[data-testid="quality-issue"][data-path="dataGrade"]')).toHaveCount(0);
  await page.getByTestId('wizard-ready').click();
  await expect(wizard).toBeHidden();

  const created = row(page, '户籍人员基础信息');
  await expect(created).toContainText('待提交');
  const stored = await workbench.call('catalogue.get', { id: saved!.id });
  expect(stored.state).toBe('ready');
  expect(stored.classification).toMatchObject({ scheme: 'national1272', category: '1', item: '01' });
  expect(stored.items.map((i) => [i.name, i.nameEn, i.type, i.length])).toEqual([
    ['人员编号', 'id', 'C', '32'],
    ['姓名', 'xm', 'C', '50'],
    ['公民身份号码', 'sfzh', 'C', '18'],
    ['出生日期', 'csrq', 'D', '8'],
    ['住址坐标', 'zb', 'C', '64'],
  ]);
  expect(stored.items[2]).toMatchObject({ sensitive: true, shareType: 'conditional', openType: 'none' });
  expect(stored.items[2]!.desensitisation).toBeTruthy();
  expect(stored).toMatchObject({ shareType: 'conditional', shareMethodType: 'interface', openType: 'none', updateCycle: 'daily', dataGrade: 'general' });
  expect(stored).toMatchObject({ nameEn: 'Registered residents', timeRange: '2015年至今', publishedOn: '2026-01-05' });
  await workbench.screenshot('wizard-done');

  // The entry editor reads back what the wizard's new fields saved.
  await created.getByTestId('row-edit').click();
  await expect(page.getByTestId('entry-drawer')).toBeVisible();
  await expect(input(page, 'nameEn')).toHaveValue('Registered residents');
  await expect(input(page, 'timeRange')).toHaveValue('2015年至今');
});

test('the quality report links to the field of an entry, the wizard fixes it, and history shows the differences and restores', async ({ workbench }) => {
  const { page } = workbench;
  const entry = {
    name: '企业信用信息',
    provider: DEPARTMENT.name,
    summary: '本县企业的信用评价结果和失信记录',
    formatClass: 'spreadsheet' as const,
    formatType: 'xlsx',
    shareType: 'unconditional' as const,
    openType: 'none' as const,
    updateCycle: 'monthly' as const,
    classification: { scheme: 'national1272' as const, category: '1', item: '04' },
    items: [{ name: '企业名称', type: 'C' as const, length: '100' }],
  };
  const created = await workbench.call('catalogue.create', { entry });
  await workbench.call('catalogue.update', { id: created.id, revision: created.revision, entry: { ...entry, summary: '本县企业的信用评价结果、失信记录和红黑名单' } });
  await page.reload();

  // The catalogue's score, and the report: 伊川 requires 安全级别 and 使用要求.
  await expect(page.getByTestId('quality-bar')).toContainText('1 个条目有错误');
  await page.getByTestId('quality-open').click();
  const report = page.getByTestId('quality-drawer');
  await expect(report.getByTestId('quality-entry')).toHaveText(/企业信用信息/);
  await expect(report).toBeInViewport({ ratio: 1 });
  await workbench.screenshot('quality-report');
  await report.locator('[data-testid="quality-issue"][data-path="dataGrade"]').getByTestId('quality-jump').click();

  // The wizard opens on the entry, at the step and field of the finding.
  const wizard = page.getByTestId('wizard');
  await expect(wizard).toContainText('企业信用信息');
  await expect(wizard.locator('[data-step="cycle"]')).toBeVisible();
  await expect(page.getByTestId('quality-drawer')).toBeHidden();
  await choose(page, 'dataGrade', '重要数据');
  await input(page, 'usageRequirements').fill('仅用于信用监管');
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('wizard-review').getByTestId('quality-issue').filter({ hasText: '错误' })).toHaveCount(0);
  await page.getByTestId('wizard-save').click();
  await expect(wizard).toBeHidden();
  expect((await workbench.call('catalogue.get', { id: created.id })).revision).toBe(3);

  // History: three revisions, newest first, each with its field-level differences.
  await row(page, '企业信用信息').getByTestId('row-history').click();
  const history = page.getByTestId('history-drawer');
  const revisions = history.getByTestId('history-revision');
  await expect(revisions).toHaveCount(3);
  await expect(revisions.nth(0)).toContainText('重要数据');
  await expect(revisions.nth(0)).toContainText('仅用于信用监管');
  await expect(revisions.nth(1)).toContainText('本县企业的信用评价结果和失信记录');
  await expect(revisions.nth(1)).toContainText('红黑名单');
  await workbench.screenshot('history');

  // Restoring revision 1 asks first, then saves it as revision 4.
  await revisions.nth(2).getByTestId('history-restore').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('恢复第 1 版');
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect(revisions).toHaveCount(4);
  const restored = await workbench.call('catalogue.get', { id: created.id });
  expect(restored).toMatchObject({ revision: 4, summary: entry.summary });
  expect(restored.dataGrade).toBeUndefined();
});

test('the wizard is consistent: every step blocks on its own required fields with 必填 at each and one summary; the review sums up what was entered, format types by their labels', async ({ workbench }) => {
  const { page } = workbench;
  await page.getByTestId('wizard-new').click();
  const wizard = page.getByTestId('wizard');
  await expect(wizard).toBeVisible();
  const summary = wizard.getByTestId('wizard-step-issues');

  /** "Next" keeps the officer on `step`: each of `paths` says 必填 at its field, and the summary names exactly those. */
  const blocks = async (step: string, paths: string[]) => {
    await page.getByTestId('wizard-next').click();
    await expect(wizard.locator(`[data-step="${step}"]`)).toBeVisible();
    await expect(summary).toContainText(`本步还有 ${paths.length} 处需要改正`);
    expect((await summary.getByTestId('wizard-step-issue').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))).sort()).toEqual([...paths].sort());
    // Every field the step marks wrong is one of them, and says 必填.
    const marked = await wizard.locator('.ant-form-item-explain-error').evaluateAll((els) => els.map((e) => e.closest('[data-field]')?.getAttribute('data-field')));
    expect(marked.sort()).toEqual([...paths].sort());
    for (const p of paths) await expect(field(page, p).locator('.ant-form-item-explain-error')).toHaveText('必填');
    // A name in the summary leads to its field.
    await summary.getByTestId('wizard-step-issue').last().click();
    await expect(field(page, paths.at(-1)!).locator('input, textarea, .ant-select').first()).toBeInViewport();
  };

  await blocks('what', ['name', 'summary', 'classification', 'formatClass', 'formatType']);
  await input(page, 'name').fill('户籍人员基础信息');
  await input(page, 'summary').fill('本县户籍人员的姓名等基础信息');
  await field(page, 'classification').locator('.ant-select').click();
  await page.locator('.ant-cascader-menu-item[title="1272 指南资源属性分类"]').click();
  await page.locator('.ant-cascader-menu-item[title="基础信息资源"]').click();
  await page.locator('.ant-cascader-menu-item[title="人口"]').click();
  await page.keyboard.press('Escape');
  await choose(page, 'formatClass', '数据库');
  // Format types are offered and shown by their labels, never their stored codes.
  await field(page, 'formatType').locator('.ant-select').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options.filter({ hasText: '达梦' })).toHaveCount(1);
  expect(await options.allInnerTexts()).not.toContain('Dm');
  await page.keyboard.press('Escape');
  await choose(page, 'formatType', 'Sybase');
  await expect(field(page, 'formatType').locator('.ant-select-content, .ant-select-selection-item').first()).toHaveText('Sybase');
  // Everything the step asked for is there: the summary is gone.
  await expect(summary).toBeHidden();
  await page.getByTestId('wizard-next').click();

  // A database resource needs items: the list says so; an added item blocks on its own empty fields.
  await expect(wizard.locator('[data-step="items"]')).toBeVisible();
  await page.getByTestId('wizard-next').click();
  await expect(summary).toContainText('本步还有 1 处需要改正');
  await expect(wizard.locator('.items-issue')).toContainText('至少需要一个信息项');
  // (The summary follows what still blocks the step: the new item's empty fields now.)
  await page.getByTestId('add-item').click();
  await expect(summary).toContainText('本步还有 2 处需要改正');
  await blocks('items', ['items.0.name', 'items.0.length']);
  await input(page, 'items.0.name').fill('姓名');
  await input(page, 'items.0.length').fill('50');
  await page.getByTestId('wizard-next').click();

  // Sharing: only the share type is asked for until it says whether a condition is needed.
  await blocks('sharing', ['shareType']);
  await choose(page, 'shareType', '有条件共享');
  await page.getByTestId('wizard-next').click();
  await expect(field(page, 'shareCondition')).toContainText('须写明共享条件');
  await expect(summary).toContainText('本步还有 1 处需要改正');
  await input(page, 'shareCondition').fill('仅限民政部门依法履职使用');
  await page.getByTestId('wizard-next').click();

  await blocks('opening', ['openType']);
  await choose(page, 'openType', '不予开放');
  await page.getByTestId('wizard-next').click();

  // The cycle step blocks on the profile's required fields (伊川: 安全级别, 使用要求) as on its own.
  await blocks('cycle', ['updateCycle', 'dataGrade', 'usageRequirements']);
  await choose(page, 'updateCycle', '每日');
  await choose(page, 'dataGrade', '一般数据');
  await input(page, 'usageRequirements').fill('不得用于与履职无关的用途');
  await page.getByTestId('wizard-next').click();

  // Review: what was entered, in labels, beside the problems found.
  const review = page.getByTestId('wizard-review');
  const entered = wizard.getByTestId('wizard-summary');
  await expect(review).toBeVisible();
  await expect(entered).toBeVisible();
  for (const text of ['户籍人员基础信息', '基础信息资源 › 人口', '数据库 / Sybase', '1 项：姓名', '有条件共享；仅限民政部门依法履职使用', '不予开放', '每日', '一般数据', '不得用于与履职无关的用途']) await expect(entered).toContainText(text);
  const [left, right] = [await entered.boundingBox(), await review.boundingBox()];
  expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(40);
  await expect(wizard).not.toContainText(/sysbase|\bDm\b|sql server/);
  await workbench.screenshot('wizard-consistent-review');

  // Back to the first step for another format type: the review says it by its label too.
  await page.getByTestId('wizard-steps').getByText('资源是什么', { exact: true }).click();
  await choose(page, 'formatType', '达梦 DM');
  await page.getByTestId('wizard-steps').getByText('检查', { exact: true }).click();
  await expect(entered.getByTestId('wizard-summary-format')).toHaveText('数据库 / 达梦 DM');
  await expect(wizard).not.toContainText(/sysbase|\bDm\b|sql server/);
});

test('the wizard says Required and sums up a blocked step in English too', async ({ openWorkbench }) => {
  const wb = await openWorkbench({ init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code }, prefs: { locale: 'en' } });
  const { page } = wb;
  await page.getByTestId('wizard-new').click();
  await page.getByTestId('wizard-next').click();
  const summary = page.getByTestId('wizard-step-issues');
  await expect(summary).toContainText('5 problems on this step need correcting');
  await expect(summary.getByTestId('wizard-step-issue')).toHaveText(['Resource name', 'Summary', 'Format class', 'Format type', 'Classification'], { useInnerText: true });
  for (const p of ['name', 'summary', 'classification', 'formatClass', 'formatType']) await expect(field(page, p).locator('.ant-form-item-explain-error')).toHaveText('Required');
});
