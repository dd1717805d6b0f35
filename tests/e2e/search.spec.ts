import { expect, test } from './harness/fixtures';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { generateSharedEntries } from '../generators/shared-entries';
import { FLUSH_MAX } from '../../electron/core/search/shared-index';

/** The shared catalogue the platform would have published, as sync caches it. */
const SHARED = [
  sharedEntry('p1', {
    name: '人口基础信息',
    summary: '全县常住人口的姓名、公民身份号码等基础信息',
    items: [
      { name: '姓名', type: 'C', length: '50' },
      { name: '公民身份号码', type: 'C', length: '18' },
      { name: '户籍地址', type: 'C', length: '200' },
    ],
  }),
  sharedEntry('p2', {
    name: '常住人口统计',
    provider: '伊川县统计局',
    departmentName: '伊川县统计局',
    departmentCode: '11410329MB0000002X',
    summary: '按乡镇统计的常住人口数',
    shareType: 'unconditional',
    shareCondition: undefined,
    formatClass: 'spreadsheet',
    formatType: 'xlsx',
    items: [{ name: '人口数', type: 'N', length: '10' }],
  }),
  sharedEntry('p3', {
    name: '企业法人登记信息',
    provider: '伊川县市场监督管理局',
    departmentName: '伊川县市场监督管理局',
    departmentCode: '11410329MB0000003X',
    summary: '法人单位的登记事项',
    classification: { scheme: 'national1272', category: '1', item: '02' },
    items: [{ name: '统一社会信用代码', type: 'C', length: '18' }],
  }),
];

test('search in 2-character Chinese and pinyin initials, with facets, highlights and details of shared entries', async ({ workbench }) => {
  const { page } = workbench;
  await pullIntoWorkspace(workbench.dir, SHARED);
  await workbench.call('catalogue.create', {
    entry: {
      name: '流动人口登记信息',
      provider: '伊川县数据局',
      summary: '来伊人员的居住登记信息',
      formatClass: 'database',
      formatType: 'KingbaseES',
      shareType: 'conditional',
      shareCondition: '仅限政务服务使用',
      openType: 'none',
      updateCycle: 'monthly',
      items: [{ name: '姓名', type: 'C', length: '50' }],
    },
  });

  await page.getByTestId('nav').getByText('共享目录', { exact: true }).click();
  const panel = page.getByTestId('search-panel');
  // Before any query: the cached shared catalogue to browse, and how to search it.
  await expect(page.locator('.shared-catalogue-screen')).toContainText('rkjc');
  const browse = page.getByTestId('shared-browse');
  await expect(browse.locator('.ant-table-row')).toHaveCount(3);
  await expect(browse.locator('.ant-table-row', { hasText: '企业法人登记信息' })).toContainText('伊川县市场监督管理局');
  await workbench.screenshot('shared-browse');

  // Two Chinese characters: both shared entries that mention 人口, the match marked.
  await panel.getByTestId('search-input').locator('input').fill('人口');
  await panel.getByTestId('search-input').locator('input').press('Enter');
  const results = panel.getByTestId('search-result');
  await expect(results).toHaveCount(2);
  await expect(panel.getByTestId('search-total')).toContainText('共 2 条结果');
  await expect(results.filter({ hasText: '人口基础信息' }).locator('mark').first()).toHaveText('人口');
  await expect(results.filter({ hasText: '企业法人' })).toHaveCount(0);

  // Facets count the match set; ticking one filters it.
  const shareFacet = panel.locator('.facet[data-facet="shareType"]');
  await expect(shareFacet).toContainText('有条件共享');
  await expect(shareFacet).toContainText('无条件共享');
  await expect(panel.locator('.facet[data-facet="provider"]')).toContainText('伊川县统计局');
  await workbench.screenshot('search-shared-renkou');
  await shareFacet.locator('[data-value="unconditional"]').click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('常住人口统计');
  await shareFacet.locator('[data-value="unconditional"]').click();
  await expect(results).toHaveCount(2);

  // Pinyin initials find 人口基础信息, whose name is marked.
  await panel.getByTestId('search-input').locator('input').fill('rkjc');
  await panel.getByTestId('search-input').locator('input').press('Enter');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveAttribute('data-name', '人口基础信息');
  await expect(results.first().locator('mark')).not.toHaveCount(0);
  await workbench.screenshot('search-shared-pinyin');

  // A shared result opens with its data items.
  await results.first().click();
  const details = page.getByTestId('details-drawer');
  await expect(details).toBeVisible();
  await expect(details.getByTestId('details-items').locator('.ant-table-row')).toHaveCount(3);
  await expect(details.getByTestId('details-items')).toContainText('公民身份号码');
  await expect(details).toContainText('伊川县公安局');
  await workbench.screenshot('search-shared-details');
  await details.locator('.ant-drawer-close').click();
  await expect(details).toBeHidden();

  // "All" adds the department's own entries.
  await panel.getByTestId('search-input').locator('input').fill('人口');
  await panel.getByTestId('search-input').locator('input').press('Enter');
  await panel.getByTestId('search-scope').getByText('全部').click();
  await expect(results).toHaveCount(3);
  await expect(results.filter({ hasText: '流动人口登记信息' })).toContainText('本部门');

  // The catalogue screen searches the own catalogue.
  await page.getByTestId('nav').getByText('目录编制', { exact: true }).click();
  const own = page.getByTestId('search-panel');
  await own.getByTestId('search-input').locator('input').fill('人口');
  await own.getByTestId('search-input').locator('input').press('Enter');
  await expect(own.getByTestId('search-result')).toHaveCount(1);
  await expect(own.getByTestId('search-result').first()).toHaveAttribute('data-name', '流动人口登记信息');
  await workbench.screenshot('search-own');
});

test('right after a large pull, search says results may be incomplete and refreshes once the index is built', async ({ workbench }) => {
  const { page } = workbench;
  // Three times what one query indexes itself: the rest is left to the background indexer.
  const entries = generateSharedEntries(FLUSH_MAX * 3, { seed: 7 });
  await pullIntoWorkspace(workbench.dir, entries);
  const expected = entries.filter((e) => e.items.some((i) => i.name === '公民身份号码')).length;

  await page.getByTestId('nav').getByText('共享目录', { exact: true }).click();
  const panel = page.getByTestId('search-panel');
  await panel.getByTestId('search-input').locator('input').fill('公民身份号码');
  await panel.getByTestId('search-input').locator('input').press('Enter');
  await expect(panel.getByTestId('search-pending')).toContainText('正在建立索引');
  await workbench.screenshot('search-pending');
  // No new query from the officer: the core's 'indexed' event brings the whole answer.
  await expect(panel.getByTestId('search-pending')).toBeHidden({ timeout: 120_000 });
  await expect(panel.getByTestId('search-total')).toContainText(`共 ${expected.toLocaleString('zh-CN')} 条结果`);

  // Every summary says where its data is 形成: past 10,000 the page's count stops ("超过 10,000"),
  // and the exact total follows with the facets.
  const formed = entries.filter((e) => `${e.name}${e.summary}${e.items.map((i) => i.name).join('')}`.includes('形成')).length;
  expect(formed).toBeGreaterThan(10_000);
  await panel.getByTestId('search-input').locator('input').fill('形成');
  await panel.getByTestId('search-input').locator('input').press('Enter');
  await expect(panel.getByTestId('search-total')).toContainText(`共 ${formed.toLocaleString('zh-CN')} 条结果`);
  await expect(panel.getByTestId('search-result')).toHaveCount(20);
});
