// Issue 4's story end to end: two departments and a platform reviewer, three workbenches (real
// cores, real SQLite) against ONE reference platform on loopback with the demo seed, all in
// Chromium. A submits → the reviewer returns it with a field comment → A sees the comment at the
// field, fixes and resubmits → the reviewer approves → B finds it in 共享目录, requests it → A
// decides in 待我审批 → B sees the decision in 我的申请. Screenshots per step: artifacts/story-*.png.
import type { Page } from '@playwright/test';
import { signedIn, startTestPlatform, type TestPlatform } from '../helpers/platform';
import type { SubmittedEntry } from '@shared/protocol/records';
import { detectSensitive } from '@shared/quality/sensitive';
import type { DemoAccount } from '../../platform/seed/demo';
import { memoryKeyStore } from '../../electron/core/types';
import { entryOf, type TestCore } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { choose, field, input, row } from './harness/ui';
import type { Workbench } from './harness/workbench';

const NAME = '个体工商户登记信息';

/** The workspace of an account's department, its core pointed at the platform by the administrator's policy. */
function options(p: TestPlatform, a: DemoAccount, profileId: 'yichuan' | 'national' = 'yichuan') {
  const department = a.role === 'officer' ? { departmentName: a.department, departmentCode: a.departmentCode } : { departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code };
  return {
    init: { profileId, ...department },
    // Sync runs when the story says so ("sync now"), so each screenshot shows one known state.
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false } },
  };
}

/** Signs in through the header's dialog; the platform address is the policy's. */
async function signIn(wb: Workbench, a: DemoAccount): Promise<void> {
  const { page } = wb;
  await page.getByTestId('signin-open').click();
  const dialog = page.getByTestId('signin-dialog');
  await dialog.getByTestId('signin-user').fill(a.user);
  await dialog.getByTestId('signin-password').fill(a.password);
  await page.getByTestId('signin-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('header-account')).toHaveAttribute('data-user', a.user);
}

/** "Sync now" in the header, then waits for a run that ended without a failure. */
async function syncNow(wb: Workbench): Promise<void> {
  const { page } = wb;
  const last = page.getByTestId('header-sync-last');
  const before = (await last.count()) ? await last.getAttribute('data-at') : null;
  await page.getByTestId('sync-now').click();
  await expect(last).not.toHaveAttribute('data-at', before ?? '');
  await expect(page.getByTestId('header-sync')).toHaveAttribute('data-state', 'idle');
}

function nav(page: Page, label: string) {
  return page.getByTestId('nav').getByText(label, { exact: true });
}

test('A submits, the reviewer returns it with a comment, A resubmits, the reviewer approves, B finds and requests it, A decides, B sees the decision', async ({ openWorkbench, context }) => {
  test.setTimeout(300_000);
  // 伊川's sealed demand form needs its scan uploaded to the platform, and sync does not upload
  // attachments yet: B works under the national profile (no form) and the platform does not ask
  // for one — as tests/integration/requests-flow.test.ts does.
  const p = await startTestPlatform({ clock: () => new Date(), requireSealedForm: false });
  try {
    const [oa, ob] = p.accounts.filter((a) => a.role === 'officer');
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const a = await openWorkbench(options(p, oa!));
    const b = await openWorkbench(options(p, ob!, 'national'), await context.newPage());
    const r = await openWorkbench(options(p, reviewer), await context.newPage());

    // A's catalogue has a complete draft entry.
    const draft = await a.call('catalogue.create', { entry: entryOf({ department: { name: oa!.department, code: oa!.departmentCode } } as TestCore, NAME) });
    await signIn(a, oa!);
    await expect(nav(a.page, '审核')).toHaveCount(0);

    // 1. A marks it ready and submits it in the editor: queued in the outbox.
    await row(a.page, NAME).getByTestId('row-edit').click();
    const drawer = a.page.getByTestId('entry-drawer');
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'draft');
    await drawer.getByTestId('state-ready').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'ready');
    await drawer.getByTestId('entry-submit').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');
    await expect(drawer.getByTestId('entry-save')).toHaveCount(0);
    await expect(a.page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
    await a.screenshot('story-01-a-submitted');
    await a.page.keyboard.press('Escape');
    await syncNow(a);
    await expect(a.page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');
    await expect(row(a.page, NAME).getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');

    // 2. The reviewer sees only the review screens, and the entry in the queue with its quality report.
    await signIn(r, reviewer);
    await nav(r.page, '审核').click();
    await expect(nav(r.page, '目录编制')).toHaveCount(0);
    const queue = r.page.getByTestId('review-queue');
    await r.page.getByTestId('review-refresh').click();
    await queue.locator('.ant-table-row', { hasText: NAME }).click();
    const review = r.page.getByTestId('review-drawer');
    await expect(review.getByTestId('review-fields')).toContainText(`${NAME}：名称、统一社会信用代码等`);
    await expect(review.getByTestId('review-quality')).toBeVisible();
    await expect(review.getByTestId('review-score')).toHaveAttribute('data-score', /^\d+$/);
    // Returning needs a comment on a field.
    await expect(review.getByTestId('review-return')).toBeDisabled();
    await review.locator('[data-testid="pick-field"][data-path="summary"]').click();
    await review.getByTestId('comment-text').fill('摘要应说明数据范围（全县在册个体工商户）');
    await review.getByTestId('comment-add').click();
    await expect(review.locator('[data-field-view="summary"]').getByTestId('review-comment')).toContainText('摘要应说明数据范围');
    // A data item's column, chosen in the field list rather than by its button.
    await review.getByTestId('comment-field').click();
    await r.page.keyboard.type('第 2 个信息项 · 数据长度');
    await r.page.keyboard.press('Enter');
    await review.getByTestId('comment-text').fill('请核对统一社会信用代码的长度');
    await review.getByTestId('comment-add').click();
    await expect(review.locator('[data-field-view="items.1.length"]').getByTestId('review-comment')).toContainText('请核对统一社会信用代码的长度');
    // An item's own attribute, which the officer's form keeps in the item's folded row.
    await review.getByTestId('comment-field').click();
    await r.page.keyboard.type('第 2 个信息项 · 敏感属性');
    await r.page.keyboard.press('Enter');
    await review.getByTestId('comment-text').fill('信用代码不属于个人信息，无需标为敏感');
    await review.getByTestId('comment-add').click();
    await expect(review.locator('[data-field-view="items.1.sensitive"]').getByTestId('review-comment')).toContainText('无需标为敏感');
    await expect(review.getByTestId('review-return')).toContainText('3 条意见');
    await review.getByTestId('review-note').fill('请补充后重新提交');
    await r.screenshot('story-02-reviewer-returns');
    await review.getByTestId('review-return').click();
    await expect(review).toBeHidden();
    await expect(queue.locator('.ant-table-row', { hasText: NAME })).toHaveCount(0);

    // 3. A syncs and sees the comment at the field, distinct from validation, with a summary on top.
    await syncNow(a);
    await expect(row(a.page, NAME).getByTestId('entry-state')).toHaveAttribute('data-state', 'returned');
    await row(a.page, NAME).getByTestId('row-edit').click();
    await expect(drawer.getByTestId('review-summary')).toContainText('请补充后重新提交');
    const summary = field(a.page, 'summary');
    await expect(summary.getByTestId('review-comment')).toContainText('摘要应说明数据范围（全县在册个体工商户）');
    await expect(summary.locator('.ant-form-item-explain-error')).toHaveCount(0);
    await expect(field(a.page, 'items.1.length').getByTestId('review-comment')).toContainText('请核对统一社会信用代码的长度');
    // The item's row unfolded by itself to show the comment on its attribute.
    await expect(field(a.page, 'items.1.sensitive').getByTestId('review-comment')).toContainText('无需标为敏感');
    await expect(drawer.getByTestId('review-summary-comment')).toHaveCount(3);
    await a.screenshot('story-03-a-sees-comment');

    // 4. A fixes the summary, saves, marks it ready and submits again.
    await input(a.page, 'summary').fill('全县在册个体工商户的登记信息：名称、统一社会信用代码、经营者、经营场所');
    await expect(drawer.getByTestId('state-ready')).toBeDisabled();
    await drawer.getByTestId('entry-save').click();
    await expect(drawer).toBeHidden();
    await row(a.page, NAME).getByTestId('row-edit').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'draft');
    // Still beside the field until it goes back to the platform.
    await expect(field(a.page, 'summary').getByTestId('review-comment')).toBeVisible();
    await drawer.getByTestId('state-ready').click();
    await drawer.getByTestId('entry-submit').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');
    await expect(drawer.getByTestId('review-summary')).toHaveCount(0);
    await a.page.keyboard.press('Escape');
    await syncNow(a);

    // 5. The reviewer sees the second submission and approves it.
    await r.page.getByTestId('review-refresh').click();
    const resubmitted = queue.locator('.ant-table-row', { hasText: NAME });
    await expect(resubmitted).toContainText('第 2 次');
    await resubmitted.click();
    await expect(review.getByTestId('review-fields')).toContainText('全县在册个体工商户的登记信息');
    await r.screenshot('story-04-reviewer-approves');
    await review.getByTestId('review-approve').click();
    await expect(review).toBeHidden();
    await expect(queue.locator('.ant-table-row', { hasText: NAME })).toHaveCount(0);

    // A's entry is published; the state machine offers a change.
    await syncNow(a);
    await expect(row(a.page, NAME).getByTestId('entry-state')).toHaveAttribute('data-state', 'published');
    await row(a.page, NAME).getByTestId('row-edit').click();
    await expect(drawer.getByTestId('entry-save')).toHaveCount(0);
    await a.screenshot('story-05-a-published');
    // Starting a change makes it editable again; the published version stays shared meanwhile.
    await drawer.getByTestId('state-changing').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'changing');
    await expect(drawer.getByTestId('entry-save')).toBeVisible();
    await a.page.keyboard.press('Escape');

    // 6. B syncs and finds it in 共享目录.
    await signIn(b, ob!);
    await syncNow(b);
    await nav(b.page, '共享目录').click();
    await b.page.getByTestId('search-input').locator('input').fill(NAME);
    await b.page.getByTestId('search-input').locator('input').press('Enter');
    const result = b.page.getByTestId('search-result').filter({ hasText: oa!.department }).first();
    await expect(result).toHaveAttribute('data-name', NAME);
    await b.screenshot('story-06-b-finds');

    // 7. B puts the whole entry in the request basket and requests it; sync sends the request.
    await result.click();
    await b.page.getByTestId('basket-add').click();
    await expect(b.page.getByTestId('basket-count')).toHaveAttribute('data-count', '1');
    // The basket message sits over the drawer's close button and stays while the pointer rests on
    // it (antd pauses it on hover): move away and let it go first.
    await b.page.mouse.move(0, 0);
    await expect(b.page.locator('.ant-message-notice')).toHaveCount(0);
    await b.page.getByTestId('details-drawer').locator('.ant-drawer-close').click();
    await b.page.getByTestId('basket-open').click();
    await b.page.getByTestId(`basket-request-${draft.id}`).click();
    const form = b.page.getByTestId('request-drawer');
    await expect(form.getByTestId('request-form-entry')).toContainText(oa!.department);
    await input(b.page, 'purpose').fill('个体工商户年报核验');
    await input(b.page, 'scenario').fill('年报公示前核对登记事项');
    await choose(b.page, 'basisKind', '三定职责');
    await input(b.page, 'basisText').fill(`${ob!.department}三定方案第二条`);
    await choose(b.page, 'shareMethod', '接口');
    await input(b.page, 'contactName').fill('李四');
    await input(b.page, 'contactPhone').fill('0379-68312345');
    await input(b.page, 'periodTo').fill('2030-12-31');
    await b.page.getByTestId('request-save').click();
    const view = form.getByTestId('request-details');
    await expect(view.getByTestId('request-state')).toHaveAttribute('data-state', 'draft');
    await view.getByTestId('request-submit').click();
    await expect(view.getByTestId('request-state')).not.toHaveAttribute('data-state', 'draft');
    await b.screenshot('story-07-b-requests');
    await form.locator('.ant-drawer-close').first().click();
    await b.page.getByTestId('basket-drawer').locator('.ant-drawer-close').click();
    await syncNow(b);
    const [request] = (await b.call('requests.list', { role: 'requester' })).requests;
    expect(request).toMatchObject({ entryId: draft.id, state: 'providerReview' });

    // 8. A syncs; the request is in 待我审批, and A approves it with a condition.
    await syncNow(a);
    await nav(a.page, '待我审批').click();
    await a.page.getByTestId(`decision-open-${request!.id}`).click();
    const decision = a.page.getByTestId('decision-drawer');
    await expect(decision.getByTestId('request-details')).toContainText('个体工商户年报核验');
    await decision.getByTestId('decision-choice').getByText('同意共享', { exact: true }).click();
    await input(a.page, 'conditions').fill('仅限年报核验使用，不得向第三方提供');
    await input(a.page, 'validUntil').fill('2030-12-31');
    await a.screenshot('story-08-a-decides');
    await decision.getByTestId('decision-submit').click();
    await expect(decision.getByTestId('decision-taken')).toHaveAttribute('data-decision', 'approve');
    await decision.locator('.ant-drawer-close').click();
    await syncNow(a);
    await expect(a.page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');

    // 9. B syncs and sees the decision in 我的申请.
    await syncNow(b);
    await nav(b.page, '我的申请').click();
    const mine = b.page.getByTestId(`request-row-${request!.id}`);
    await expect(mine.getByTestId('request-state')).toHaveAttribute('data-state', 'approved');
    await mine.click();
    await expect(b.page.getByTestId('request-drawer')).toContainText('仅限年报核验使用，不得向第三方提供');
    await b.screenshot('story-09-b-sees-decision');
  } finally {
    await p.dispose();
  }
});

/** Entries the platform holds in `state`, as its reviewer lists them (straight from the platform: test set-up). */
async function platformEntries(p: TestPlatform, state: 'published' | 'submitted'): Promise<SubmittedEntry[]> {
  const client = await signedIn(p, p.accounts.find((a) => a.role === 'reviewer')!.user);
  const reply = await client.send<{ entries: SubmittedEntry[] }>('GET', `/review/entries?state=${state}&limit=500`);
  return reply.body.entries;
}

test('a submission the platform refuses comes back returned with the platform’s reason in the editor', async ({ openWorkbench }) => {
  test.setTimeout(120_000);
  const p = await startTestPlatform({ clock: () => new Date() });
  try {
    const oa = p.accounts.find((a) => a.role === 'officer')!;
    // The department already has this name on the platform (a seeded entry): DUPLICATE_NAME.
    const taken = (await platformEntries(p, 'published')).find((e) => e.departmentCode === oa.departmentCode)!;
    const a = await openWorkbench(options(p, oa));
    const created = await a.call('catalogue.create', { entry: entryOf({ department: { name: oa.department, code: oa.departmentCode } } as TestCore, taken.entry.name) });
    const ready = await a.call('catalogue.setState', { id: created.id, revision: created.revision, state: 'ready' });
    await a.call('catalogue.submit', { id: ready.id, revision: ready.revision });
    await signIn(a, oa);
    await syncNow(a);

    // The list follows the run's answers (no feed change announces a refusal). The department's
    // published entry of that name came with the pull; the refused one is back, returned.
    const named = row(a.page, taken.entry.name);
    await expect(named.locator('[data-testid="entry-state"][data-state="published"]')).toHaveCount(1);
    const refused = named.filter({ has: a.page.locator('[data-testid="entry-state"][data-state="returned"]') });
    await expect(refused).toHaveCount(1);
    await refused.getByTestId('row-edit').click();
    const refusal = a.page.getByTestId('platform-refusal');
    await expect(refusal).toHaveAttribute('data-code', 'DUPLICATE_NAME');
    await expect(refusal).toContainText(taken.entry.name);
    await expect(a.page.getByTestId('review-summary')).toHaveCount(0);
    await a.screenshot('story-refused');
  } finally {
    await p.dispose();
  }
});

test('the reviewer approves one unconditional request and rejects another with its reason; the requester sees both decisions', async ({ openWorkbench, context }) => {
  test.setTimeout(180_000);
  const p = await startTestPlatform({ clock: () => new Date(), requireSealedForm: false });
  try {
    const ob = p.accounts.filter((a) => a.role === 'officer')[1]!;
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const [target, other] = (await platformEntries(p, 'published')).filter((e) => e.departmentCode !== ob.departmentCode && e.entry.shareType === 'unconditional');

    // B requests the unconditional entry (its request screens have their own tests) and syncs it out.
    const b = await openWorkbench(options(p, ob, 'national'));
    await signIn(b, ob);
    await syncNow(b);
    const today = new Date().toISOString().slice(0, 10);
    const fields = { purpose: '企业开办一件事：核验登记信息', scenario: '企业开办联办', basisKind: 'businessMatter' as const, basisText: '企业开办一件事办理规程', shareMethod: 'interface' as const, periodFrom: today, periodTo: '2030-12-31', contactName: '王五', contactPhone: '13912345678' };
    const request = await b.call('requests.create', { entryId: target!.id, fields });
    await b.call('requests.submit', { id: request.id });
    const refused = await b.call('requests.create', { entryId: other!.id, fields: { ...fields, purpose: '用途不明确的申请' } });
    await b.call('requests.submit', { id: refused.id });
    await syncNow(b);
    expect((await b.call('requests.get', { id: request.id })).state).toBe('platformCheck');

    // The reviewer approves it in 审核 › 无条件共享申请.
    const r = await openWorkbench(options(p, reviewer), await context.newPage());
    await signIn(r, reviewer);
    await nav(r.page, '审核').click();
    await r.page.getByTestId('review-tabs').getByText('无条件共享申请', { exact: true }).click();
    const pending = r.page.getByTestId('review-requests').locator('.ant-table-row', { hasText: target!.entry.name });
    await expect(pending).toContainText(ob.department);
    await expect(pending).toContainText('企业开办一件事：核验登记信息');
    await r.screenshot('story-reviewer-requests');
    await pending.getByTestId('request-approve').click();
    // The whole entry is requested: releasing its sensitive items, if it has any, is confirmed first.
    if (target!.entry.items.some((i) => i.sensitive === true || detectSensitive(i) !== undefined)) await r.page.getByTestId('review-sensitive-ok').click();
    await expect(pending).toHaveCount(0);
    // A refusal needs its reason: the button waits for one.
    const toRefuse = r.page.getByTestId('review-requests').locator('.ant-table-row', { hasText: other!.entry.name });
    await toRefuse.getByTestId('request-reject').click();
    const ok = r.page.locator('.ant-modal').getByRole('button', { name: '不同意' });
    await expect(ok).toBeDisabled();
    await r.page.getByTestId('request-reason').fill('用途与申请资源无关，请说明具体业务');
    await ok.click();
    await expect(toRefuse).toHaveCount(0);

    // B syncs: approved by the platform, in 我的申请.
    await syncNow(b);
    await nav(b.page, '我的申请').click();
    await expect(b.page.getByTestId(`request-row-${request.id}`).getByTestId('request-state')).toHaveAttribute('data-state', 'approved');
    expect((await b.call('requests.get', { id: request.id })).decision).toMatchObject({ decision: 'approve', by: 'platform' });
    await expect(b.page.getByTestId(`request-row-${refused.id}`).getByTestId('request-state')).toHaveAttribute('data-state', 'rejected');
    expect((await b.call('requests.get', { id: refused.id })).decision).toMatchObject({ decision: 'reject', by: 'platform', reason: '用途与申请资源无关，请说明具体业务' });
  } finally {
    await p.dispose();
  }
});
