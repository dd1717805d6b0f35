// A dispute in Chromium: B's conditional request is refused by A, B escalates it; the reviewer,
// acting as the authority, sees both sides' statements in 审核 › 争议协调 and orders A to share with
// its reasoning; B's request drawer then shows the grounds, A's statement and the ruling. Real cores,
// real SQLite, the reference platform on loopback.
import type { Page } from '@playwright/test';
import { startTestPlatform } from '../helpers/platform';
import type { DemoAccount } from '../../platform/seed/demo';
import { memoryKeyStore } from '../../electron/core/types';
import { call, coreFor, disposeAll, REQUEST_FIELDS } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import type { Workbench } from './harness/workbench';
import type { TestPlatform } from '../helpers/platform';

function options(p: TestPlatform, a: DemoAccount) {
  const department = a.role === 'officer' ? { departmentName: a.department, departmentCode: a.departmentCode } : { departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code };
  return { init: { profileId: 'national' as const, ...department }, core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false } } };
}

async function signIn(wb: Workbench, a: DemoAccount): Promise<void> {
  const { page } = wb;
  await page.getByTestId('signin-open').click();
  const dialog = page.getByTestId('signin-dialog');
  await dialog.getByTestId('signin-user').fill(a.user);
  await dialog.getByTestId('signin-password').fill(a.password);
  await page.getByTestId('signin-submit').click();
  await expect(dialog).toBeHidden();
}

const nav = (page: Page, label: string) => page.getByTestId('nav').getByText(label, { exact: true });

test('the authority rules on an escalated request with both sides’ statements in view; the requester sees the ruling', async ({ openWorkbench, context }) => {
  test.setTimeout(180_000);
  const p = await startTestPlatform({ clock: () => new Date(), requireSealedForm: false, profile: 'national' });
  try {
    const ob = p.accounts.filter((a) => a.role === 'officer')[1]!;
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const b = await openWorkbench(options(p, ob));
    await signIn(b, ob);
    await b.call('sync.run', {});
    const { rows } = await b.call('search.sharedList', { limit: 200 });
    const target = rows.find((e) => e.shareType === 'conditional' && e.provider !== ob.department)!;
    const provider = p.accounts.find((a) => a.department === target.provider)!;

    // B requests, A refuses, B escalates; A states its side (cores: their screens have their own tests).
    const draft = await b.call('requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
    await b.call('requests.submit', { id: draft.id });
    await b.call('sync.run', {});
    const a = await coreFor(p, provider.user, { profileId: 'national' });
    await call(a.core, 'sync.run', {});
    await call(a.core, 'requests.decide', { id: draft.id, decision: 'reject', reason: '申请用途超出本部门共享范围，不予共享' });
    await call(a.core, 'sync.run', {});
    await b.call('sync.run', {});
    await b.call('disputes.escalate', { id: draft.id, reason: '申请依据充分，请求协调处理' });
    await b.call('sync.run', {});
    await call(a.core, 'sync.run', {});
    await call(a.core, 'disputes.statement', { id: draft.id, statement: '该资源含个人敏感信息，须脱敏后方可共享' });
    await call(a.core, 'sync.run', {});

    // The reviewer: 审核 › 争议协调 lists it; the drawer shows both sides; the ruling needs outcome and reasoning.
    const r = await openWorkbench(options(p, reviewer), await context.newPage());
    await signIn(r, reviewer);
    await nav(r.page, '审核').click();
    await r.page.getByTestId('review-tabs').getByText('争议协调', { exact: true }).click();
    const row = r.page.getByTestId('review-disputes').locator('.ant-table-row', { hasText: ob.department });
    await expect(row).toContainText('申请依据充分，请求协调处理');
    await row.click();
    const drawer = r.page.getByTestId('ruling-drawer');
    await expect(drawer.getByTestId('ruling-grounds')).toHaveText('申请依据充分，请求协调处理');
    await expect(drawer.getByTestId('ruling-statement')).toHaveText('该资源含个人敏感信息，须脱敏后方可共享');
    await expect(drawer).toContainText('申请用途超出本部门共享范围，不予共享');
    await expect(drawer.getByTestId('ruling-submit')).toBeDisabled();
    await drawer.getByTestId('ruling-outcome').getByText('责令提供方共享').click();
    await expect(drawer.getByTestId('ruling-submit')).toBeDisabled();
    await drawer.getByTestId('ruling-reasoning').fill('申请符合共享依据，脱敏后共享');
    await r.screenshot('disputes-ruling');
    await drawer.getByTestId('ruling-submit').click();
    await expect(drawer).toBeHidden();
    await expect(r.page.getByTestId('review-disputes').locator('.ant-table-row')).toHaveCount(0);

    // B syncs: approved by the ruling; its drawer shows the dispute with A's statement and the ruling.
    await b.call('sync.run', {});
    await nav(b.page, '我的申请').click();
    const mine = b.page.getByTestId(`request-row-${draft.id}`);
    await expect(mine.getByTestId('request-state')).toHaveAttribute('data-state', 'approved');
    await mine.click();
    const summary = b.page.getByTestId('dispute-summary');
    await expect(summary.getByTestId('dispute-grounds')).toHaveText('申请依据充分，请求协调处理');
    await expect(summary.getByTestId('dispute-statement')).toHaveText('该资源含个人敏感信息，须脱敏后方可共享');
    await expect(summary.getByTestId('dispute-ruling')).toContainText('责令提供方共享');
    await expect(summary.getByTestId('dispute-ruling')).toContainText('申请符合共享依据，脱敏后共享');
    await b.screenshot('disputes-requester-sees-ruling');
  } finally {
    await disposeAll();
    await p.dispose();
  }
});
