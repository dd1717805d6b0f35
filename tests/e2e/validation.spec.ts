import type { Input } from '@shared/ipc/contract';
import { expect, test } from './harness/fixtures';
import { choose, field, input } from './harness/ui';

test('the entry form shows each problem at its field, in Chinese and then in English', async ({ workbench }) => {
  const { page } = workbench;
  await page.getByTestId('entry-new').click();

  // Typing then clearing a required field marks it at once.
  await input(page, 'name').fill('x');
  await input(page, 'name').fill('');
  await expect(field(page, 'name')).toContainText('必填');

  // Linked fields: a not-shared resource needs its legal basis, under that label.
  await choose(page, 'shareType', '不予共享');
  await expect(field(page, 'shareCondition')).toContainText('不予共享依据');

  // Saving an incomplete form shows every problem and writes nothing.
  await page.getByTestId('entry-save').click();
  await expect(field(page, 'summary')).toContainText('必填');
  await expect(field(page, 'formatClass')).toContainText('必填');
  await expect(field(page, 'updateCycle')).toContainText('必填');
  await expect(field(page, 'openType')).toContainText('必填');
  await expect(field(page, 'shareCondition')).toContainText('不予共享须注明法律、法规或政策依据');
  expect((await workbench.call('catalogue.list', {})).total).toBe(0);

  // A database resource needs data items, and a format type of its class.
  await choose(page, 'formatClass', '数据库');
  await choose(page, 'formatType', 'Oracle');
  await expect(page.locator('[data-field="items"]')).toContainText('数据库和电子表格类资源至少需要一个信息项');
  await choose(page, 'formatClass', '电子表格');
  // The linked dropdown dropped a type the new class does not offer.
  await expect(field(page, 'formatType')).toContainText('必填');
  await expect(field(page, 'formatType')).not.toContainText('Oracle');
  await workbench.screenshot('entry-validation-zh');

  // The same problems in English once the officer switches language.
  await page.getByTestId('entry-drawer').getByRole('button', { name: '取 消' }).or(page.getByTestId('entry-drawer').getByRole('button', { name: '取消' })).click();
  await page.locator('.ant-modal-confirm .ant-btn-dangerous').click();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('entry-new')).toHaveText('New entry');
  await page.getByTestId('entry-new').click();
  await choose(page, 'shareType', 'Not shared');
  await page.getByTestId('entry-save').click();
  await expect(field(page, 'name')).toContainText('Required');
  await expect(field(page, 'shareCondition')).toContainText('Legal basis for not sharing');
  await expect(field(page, 'shareCondition')).toContainText('Not sharing needs the law, regulation or policy that forbids it');
  await workbench.screenshot('entry-validation-en');
  await expect.poll(() => workbench.shell.prefs.locale).toBe('en');
});

test('an edit made elsewhere meanwhile is a conflict, shown clearly, and the officer keeps their changes', async ({ workbench }) => {
  const { page } = workbench;
  const entry: Input<'catalogue.create'>['entry'] = {
    name: '企业登记信息',
    provider: '伊川县数据局',
    summary: '企业名称、统一社会信用代码、登记状态',
    formatClass: 'spreadsheet',
    formatType: 'xlsx',
    shareType: 'unconditional',
    openType: 'none',
    updateCycle: 'monthly',
    items: [{ name: '企业名称', type: 'C', length: '200' }],
  };
  const saved = await workbench.call('catalogue.create', { entry });
  await page.getByTestId('catalogue-table').locator('.ant-table-row', { hasText: '企业登记信息' }).getByTestId('row-edit').click();
  await expect(input(page, 'name')).toHaveValue('企业登记信息');

  await workbench.call('catalogue.update', { id: saved.id, revision: saved.revision, entry: { ...entry, summary: '另一处的修改' } });
  await input(page, 'name').fill('企业登记信息（我的修改）');
  await page.getByTestId('entry-save').click();

  await expect(page.getByTestId('entry-conflict')).toContainText('该记录已被修改（当前版本 2）');
  await expect(input(page, 'name')).toHaveValue('企业登记信息（我的修改）');
  const stored = await workbench.call('catalogue.get', { id: saved.id });
  expect([stored.name, stored.summary, stored.revision]).toEqual(['企业登记信息', '另一处的修改', 2]);
  await workbench.screenshot('entry-conflict');
});
