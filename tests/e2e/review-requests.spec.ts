// The reviewer decides an unconditional request with its substance in view: the requester, the
// items with the sensitive ones marked, purpose, scenario, basis, method, period, contact and the
// request's times; approving the release of sensitive items asks for a confirmation first, and
// cancelling it decides nothing.
import { memoryKeyStore } from '../../electron/core/types';
import type { DemoAccount } from '../../platform/seed/demo';
import type { SubmittedEntry } from '@shared/protocol/records';
import { detectSensitive } from '@shared/quality/sensitive';
import { signedIn, startTestPlatform, type TestPlatform } from '../helpers/platform';
import { REQUEST_FIELDS } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';

function options(p: TestPlatform, a: DemoAccount) {
  const department = a.role === 'officer' ? { departmentName: a.department, departmentCode: a.departmentCode } : { departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code };
  return {
    init: { profileId: 'national' as const, ...department },
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false } },
  };
}

const isSensitive = (i: SubmittedEntry['entry']['items'][number]) => i.sensitive === true || detectSensitive(i) !== undefined;

test('审核 › 无条件共享申请: every field in view, sensitive items marked, their release confirmed before approval', async ({ openWorkbench, context }) => {
  test.setTimeout(120_000);
  const p = await startTestPlatform({ clock: () => new Date(), requireSealedForm: false });
  try {
    const ob = p.accounts.filter((a) => a.role === 'officer')[1]!;
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const client = await signedIn(p, reviewer.user);
    const entries = (await client.send<{ entries: SubmittedEntry[] }>('GET', '/review/entries?state=published&limit=500')).body.entries;
    const target = entries.find((e) => e.departmentCode !== ob.departmentCode && e.entry.shareType === 'unconditional' && e.entry.items.some(isSensitive) && e.entry.items.some((i) => !isSensitive(i)))!;
    const sensitive = target.entry.items.find(isSensitive)!.name;
    const plain = target.entry.items.find((i) => !isSensitive(i))!.name;

    const b = await openWorkbench(options(p, ob), await context.newPage());
    await b.call('sync.signIn', { user: ob.user, password: ob.password });
    await b.call('sync.run', {});
    const request = await b.call('requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [plain, sensitive] } });
    await b.call('requests.submit', { id: request.id });
    expect(await b.call('sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });

    const r = await openWorkbench(options(p, reviewer));
    await r.call('sync.signIn', { user: reviewer.user, password: reviewer.password });
    const { page } = r;
    await page.getByTestId('nav').getByText('审核', { exact: true }).click();
    await page.getByTestId('review-tabs').getByText('无条件共享申请', { exact: true }).click();
    const row = page.getByTestId('review-requests').locator('.ant-table-row', { hasText: target.entry.name });
    // 提交时间 in the workstation's zone (the page runs in China time), never the stored UTC digits.
    const submittedAt = (await r.call('review.requests', {})).requests.find((q) => q.id === request.id)!.submittedAt;
    const china = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(submittedAt));
    await expect(row).toContainText(china);
    await expect(row).not.toContainText(submittedAt.slice(0, 16).replace('T', ' '));
    await row.locator('td').first().click();
    const details = page.getByTestId('review-request-details');
    for (const text of [ob.department, REQUEST_FIELDS.purpose, REQUEST_FIELDS.scenario, REQUEST_FIELDS.basisText, '业务事项', '接口', REQUEST_FIELDS.periodFrom, REQUEST_FIELDS.periodTo, REQUEST_FIELDS.contactName, REQUEST_FIELDS.contactPhone]) {
      await expect(details).toContainText(text);
    }
    await expect(details).not.toContainText('未提供');
    await expect(details.getByTestId('review-item-sensitive')).toHaveText(`${sensitive}（敏感）`);
    await expect(details.getByTestId('review-item')).toHaveText(plain);
    await expect(details.getByTestId('review-request-history')).toContainText('提交');

    // Approve: a confirmation naming the sensitive item first; cancelled, nothing is decided.
    await row.getByTestId('request-approve').click();
    const confirm = page.locator('.ant-modal', { hasText: '确认同意共享敏感信息项' });
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText(sensitive);
    await r.screenshot('review-sensitive-confirm');
    await confirm.getByRole('button', { name: /取\s*消/ }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toHaveCount(1);
    expect((await r.call('review.requests', {})).requests.find((q) => q.id === request.id)?.state).toBe('platformCheck');

    // Confirmed: approved.
    await row.getByTestId('request-approve').click();
    await page.getByTestId('review-sensitive-ok').click();
    await expect(row).toHaveCount(0);
    await b.call('sync.run', {});
    expect((await b.call('requests.get', { id: request.id })).decision).toMatchObject({ decision: 'approve', by: 'platform' });
  } finally {
    await p.dispose();
  }
});
