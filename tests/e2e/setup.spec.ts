import { usccCheckChar } from '@shared/ids/uscc';
import { DEPARTMENT, expect, test } from './harness/fixtures';

const WRONG_CODE = DEPARTMENT.code.slice(0, 17) + (usccCheckChar(DEPARTMENT.code.slice(0, 17)) === 'A' ? 'B' : 'A');

test('first-run setup refuses a bad 统一社会信用代码 at the field and sets up the workspace with a good one', async ({ openWorkbench }) => {
  const wb = await openWorkbench();
  const { page } = wb;
  await expect(page.getByTestId('setup')).toBeVisible();

  // The chosen profile's own wording of the share types is previewed before committing to it.
  await page.getByText('上海市松江区', { exact: true }).click();
  await expect(page.getByTestId('profile-preview')).toContainText('普遍共享');
  await expect(page.getByTestId('profile-preview')).toContainText('按需共享');
  await page.getByText('河南省伊川县', { exact: true }).click();
  await expect(page.getByTestId('profile-preview')).toContainText('有条件共享');
  // The rule's source is the regulation's title, never a file name.
  await expect(page.getByTestId('profile-preview')).toContainText('《伊川县政务数据资源共享管理暂行办法》（伊政数〔2020〕9号）');
  await expect(page.getByTestId('profile-preview')).not.toContainText('.txt');

  await page.getByTestId('department-name').fill(DEPARTMENT.name);
  const code = page.getByTestId('department-code');
  const codeField = page.locator('[data-field="departmentCode"]');
  await code.fill(WRONG_CODE);
  await expect(codeField).toContainText('统一社会信用代码无效');
  await page.getByTestId('setup-submit').click();
  await expect(codeField).toContainText('统一社会信用代码无效');
  expect((await wb.call('workspace.status', {})).state).toBe('uninitialised');
  await wb.screenshot('setup-bad-code');

  // A message already on screen follows a language switch, and the choice is saved through the shell.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(codeField).toContainText('Invalid unified social credit code');
  await expect.poll(() => wb.shell.prefs.locale).toBe('en');
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(codeField).toContainText('统一社会信用代码无效');

  await code.fill(DEPARTMENT.code);
  await expect(codeField).not.toContainText('统一社会信用代码无效');
  await page.getByTestId('setup-submit').click();

  await expect(page.getByTestId('header-department')).toContainText(DEPARTMENT.name);
  await expect(page.getByTestId('header-department')).toContainText('12 320100 671322000 Q');
  const status = await wb.call('workspace.status', {});
  expect(status.state === 'ready' && status.workspace).toMatchObject({ profileId: 'yichuan', departmentCode: DEPARTMENT.code });
  await wb.screenshot('setup-done');
});
