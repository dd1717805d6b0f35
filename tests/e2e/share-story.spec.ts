// Issue 11's story on both sides and the authority's, in Chromium against ONE reference platform on
// loopback (丽水's rules on the platform: scenario grants; sealed forms required), real cores and
// real SQLite: B requests with scenario, basis and sealed form; A opens the drawer, sees all of it,
// opens the sealed form, approves with conditions and records delivery; B sees the delivery; the
// authority sees the request's history and suspends and lifts the authorisation; the clock moves
// to the authorisation's last week, both are reminded, B renews; the authority registers a scenario
// through its form and a request under it is granted at once; a refused request is escalated and
// the authority rules with the history in view; the authority issues a notice and reopens the
// answer. Every new drawer and form takes focus, gives it back, and passes axe.
import AxeBuilder from '@axe-core/playwright';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { memoryKeyStore } from '../../electron/core/types';
import { isValidUscc } from '../../shared/ids/uscc';
import type { DemoAccount } from '../../platform/seed/demo';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { call, coreFor, disposeAll, query, REQUEST_FIELDS, type TestCore } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { field } from './harness/ui';
import type { Workbench } from './harness/workbench';

const DAY = 86_400_000;

interface Shared {
  id: string;
  name: string;
  departmentCode: string;
  shareType: string;
  items: { name: string }[];
}

/** National workspaces (no local form rule) on the platform's moving clock; sync when the story says. */
function options(p: TestPlatform, a: DemoAccount) {
  const department = a.role === 'officer' ? { departmentName: a.department, departmentCode: a.departmentCode } : { departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code };
  return {
    init: { profileId: 'national' as const, ...department },
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false }, timeSource: p.clock },
  };
}

const nav = (page: Page, label: string) => page.getByTestId('nav').getByText(label, { exact: true });
const tab = (page: Page, tabs: string, label: string) => page.getByTestId(tabs).getByText(label, { exact: true }).click();

async function axe(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${what}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
  expect(serious).toEqual([]);
}

/** Opens an overlay from `opener`: focus goes in (to `first` when given), axe passes; Escape closes it and focus returns. */
async function overlayChecks(page: Page, what: string, opener: Locator, overlay: Locator, first?: Locator): Promise<void> {
  await opener.focus();
  await opener.click();
  await expect(overlay).toBeVisible();
  if (first) await expect(first).toBeFocused();
  else await expect.poll(() => overlay.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.waitForTimeout(350);
  await axe(page, what);
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect.poll(() => opener.evaluate((el) => el.contains(document.activeElement))).toBe(true);
}

/** B files a request with its sealed form (and a scenario, if named) and syncs it to the platform. */
async function file(b: Workbench, entry: Shared, items: string[], scenarioId?: string, renews?: string): Promise<string> {
  const draft = renews ? await b.call('requests.renew', { id: renews }) : await b.call('requests.create', { entryId: entry.id, fields: { ...REQUEST_FIELDS, items } });
  const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% sealed demand form\n'), randomBytes(1024)]);
  await b.call('attachments.add', { owner: { type: 'request', id: draft.id }, role: 'sealedForm', fileName: '共享需求单.pdf', source: { base64: scan.toString('base64') } });
  if (scenarioId) await b.call('requests.useScenario', { id: draft.id, scenarioId });
  await b.call('requests.submit', { id: draft.id });
  expect(await b.call('sync.run', {})).toMatchObject({ rejected: 0 });
  return draft.id;
}

/**
 * Picks an option of an antd select by typing (its list is virtual) and pressing Enter; a list that
 * stays open (several values) is closed by a click on `away`, never by Escape, which closes the drawer.
 */
async function pick(page: Page, select: Locator, text: string, away?: Locator): Promise<void> {
  await select.click();
  await page.keyboard.type(text);
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toContainText(text);
  await page.keyboard.press('Enter');
  if (away) await away.click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

const queued = async (wb: Workbench) => (await wb.call('outbox.list', {})).ops.length;

test('the share story on both sides and the authority’s: request, decision, delivery, expiry and renewal, scenario grant, dispute ruling, notice', async ({ openWorkbench, context }) => {
  test.setTimeout(240_000);
  // Sessions outlive the days the story moves the clock by.
  const p = await startTestPlatform({ requireSealedForm: true, profile: 'lishui', tokenTtlMs: 400 * DAY });
  try {
    const officers = p.accounts.filter((a) => a.role === 'officer');
    const ob = officers[1]!;
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const b = await openWorkbench(options(p, ob), await context.newPage());
    await b.call('sync.signIn', { user: ob.user, password: ob.password });
    await b.call('sync.run', {});
    const shared = (await query<{ body: string }>({ dir: b.dir } as TestCore, 'SELECT body FROM shared_catalogue_entries')).map((r) => JSON.parse(r.body) as Shared);
    const conditional = shared.filter((e) => e.departmentCode !== ob.departmentCode && e.shareType === 'conditional' && e.items.length >= 2);
    const target = conditional[0]!;
    // A second resource of the same provider for the scenario and the dispute, else another's.
    const second = conditional.find((e) => e.id !== target.id && e.departmentCode === target.departmentCode) ?? conditional.find((e) => e.id !== target.id)!;
    const oa = officers.find((o) => o.departmentCode === target.departmentCode)!;

    // 1. B requests with scenario, basis, method, period, contact and the sealed form.
    const items = target.items.slice(0, 2).map((i) => i.name);
    // A's and the authority's workbenches start meanwhile; the authority's copy of the shared catalogue feeds its forms.
    const [first, a, r] = await Promise.all([
      file(b, target, items),
      (async () => {
        const w = await openWorkbench(options(p, oa));
        await w.call('sync.signIn', { user: oa.user, password: oa.password });
        return w;
      })(),
      (async () => {
        const w = await openWorkbench(options(p, reviewer), await context.newPage());
        await w.call('sync.signIn', { user: reviewer.user, password: reviewer.password });
        await w.call('sync.run', {});
        return w;
      })(),
    ]);
    const sealed = (await b.call('requests.get', { id: first })).attachments.find((x) => x.role === 'sealedForm')!;

    // 2. A opens the drawer: every field, the sealed form opened; approves with conditions; records delivery.
    await a.call('sync.run', {});
    await nav(a.page, '待我审批').click();
    await a.page.getByTestId(`decision-open-${first}`).click();
    const decision = a.page.getByTestId('decision-drawer');
    const details = decision.getByTestId('request-details');
    for (const text of [REQUEST_FIELDS.purpose, REQUEST_FIELDS.scenario, REQUEST_FIELDS.basisText, REQUEST_FIELDS.contactName, ...items, ob.department]) await expect(details).toContainText(text);
    await expect(details).not.toContainText('未提供');
    await decision.getByTestId(`attachment-open-${sealed.sha256.slice(0, 12)}`).click();
    await expect.poll(() => a.shell.openedPaths.length).toBe(1);
    expect(createHash('sha256').update(readFileSync(a.shell.openedPaths[0]!)).digest('hex')).toBe(sealed.sha256);
    await decision.getByTestId('decision-choice').getByText('同意共享').click();
    await decision.getByTestId('decision-conditions').fill('仅限企业开办联办使用，不得向第三方提供');
    await decision.getByTestId('decision-validUntil').fill('2026-03-13');
    await decision.getByTestId('decision-submit').click();
    await expect.poll(() => queued(a)).toBe(1);
    expect(await a.call('sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    await a.call('sync.run', {});
    await decision.getByTestId('delivery-url').fill('https://dsp.lishui.example.gov.cn/api/v1/enterprise');
    await decision.getByTestId('delivery-submit').click();
    await expect.poll(() => queued(a)).toBe(1);
    expect(await a.call('sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    await a.page.keyboard.press('Escape');

    // 3. B sees the delivery.
    await b.call('sync.run', {});
    await nav(b.page, '我的申请').click();
    await b.page.getByTestId(`request-row-${first}`).click();
    await expect(b.page.getByTestId('delivery-summary')).toContainText('https://dsp.lishui.example.gov.cn/api/v1/enterprise');
    await b.page.keyboard.press('Escape');

    // 4. The authority: the authorisation with its history; suspension needs a reason, both sides see it; then lifted.
    const rp = r.page;
    await nav(rp, '审核').click();
    await tab(rp, 'review-tabs', '授权监管');
    const authRow = rp.getByTestId(`authorisation-row-${first}`);
    const authDrawer = rp.getByTestId('authorisation-drawer');
    await overlayChecks(rp, 'authorisation drawer', rp.getByTestId(`authorisation-open-${first}`), authDrawer);
    await authRow.click();
    const timeline = authDrawer.getByTestId('request-timeline');
    await expect(timeline.getByTestId('request-event')).toHaveText([/提交申请/, /同意共享 提供方/, /完成交付 提供方/]);
    await authDrawer.getByTestId('authorisation-suspend').click();
    const suspend = rp.getByTestId('suspend-modal');
    await expect(suspend.getByTestId('suspend-modal-reason')).toBeFocused();
    await axe(rp, 'suspend dialog');
    await suspend.getByTestId('suspend-modal-ok').click();
    await expect(field(rp, 'reason')).toContainText('必填');
    await suspend.getByTestId('suspend-modal-reason').fill('将数据提供给第三方，超范围使用');
    await suspend.getByTestId('suspend-modal-ok').click();
    await expect(suspend).toBeHidden();
    await expect(authDrawer.getByTestId('authorisation-suspension')).toContainText('将数据提供给第三方，超范围使用');
    await expect(timeline.getByTestId('request-event').last()).toContainText('暂停授权');
    await b.call('sync.run', {});
    expect((await b.call('authorisations.list', {})).authorisations.find((x) => x.request.id === first)).toMatchObject({ suspended: true });
    await authDrawer.getByTestId('authorisation-lift').click();
    await rp.getByTestId('lift-modal-note').fill('已整改');
    await rp.getByTestId('lift-modal-ok').click();
    await expect(authDrawer.getByTestId('authorisation-suspension')).toHaveCount(0);
    await expect(rp.locator('.ant-modal-wrap:visible')).toHaveCount(0);
    await r.screenshot('share-story-authorisation');
    await rp.keyboard.press('Escape');
    await expect(authDrawer).toBeHidden();

    // 5. Monday 2026-03-09, the last working week (reminders from Friday 03-06, five working days before): both are reminded; B renews.
    p.clock.advance(7 * DAY);
    await Promise.all(
      [a, b].map(async (t) => {
        await t.call('sync.run', {});
        await nav(t.page, '待我审批').click();
        await tab(t.page, 'decisions-tabs', '授权管理');
        await expect(t.page.getByTestId(`expires-soon-${first}`)).toHaveText('即将到期');
        expect((await t.call('reminders.week', {})).items).toContainEqual(expect.objectContaining({ id: first, step: 'authorisationExpiry', due: '2026-03-13' }));
      }),
    );
    const renewal = await file(b, target, items, undefined, first);
    await a.call('sync.run', {});
    await expect(a.page.getByTestId(`renewed-by-${first}`)).toHaveText('已申请续期');
    expect((await b.call('requests.get', { id: renewal })).state).not.toBe('draft');

    // 6. The authority registers a scenario through its form; a request under it is granted at once.
    await tab(rp, 'review-tabs', '应用场景');
    const scenarioDrawer = rp.getByTestId('scenario-drawer');
    await overlayChecks(rp, 'scenario drawer', rp.getByTestId('scenario-register'), scenarioDrawer, rp.getByTestId('scenario-name'));
    await rp.getByTestId('scenario-register').click();
    await scenarioDrawer.getByTestId('scenario-submit').click();
    for (const path of ['name', 'basis', 'resources.0.entryId', 'departments', 'validFrom', 'validUntil']) await expect(field(rp, path)).toContainText('必填');
    await scenarioDrawer.getByTestId('scenario-name').fill('企业开办一件事');
    await scenarioDrawer.getByTestId('scenario-basis').fill('企业开办“一件事”联办工作方案');
    await pick(rp, scenarioDrawer.getByTestId('scenario-entry-0'), second.name);
    const covered = second.items[0]!.name;
    const away = scenarioDrawer.locator('.ant-drawer-title');
    await pick(rp, scenarioDrawer.getByTestId('scenario-items-0'), covered, away);
    await scenarioDrawer.getByTestId('scenario-departments').click();
    await rp.keyboard.type(ob.departmentCode.slice(0, 10));
    await rp.keyboard.press('Enter');
    await expect(field(rp, 'departments')).toContainText('统一社会信用代码应为 18 位');
    await field(rp, 'departments').locator('.ant-select-selection-item-remove').click();
    await scenarioDrawer.getByTestId('scenario-departments').click();
    await rp.keyboard.type(ob.departmentCode);
    await rp.keyboard.press('Enter');
    await away.click();
    await expect(field(rp, 'departments')).not.toContainText('应为 18 位');
    await scenarioDrawer.getByTestId('scenario-validFrom').fill('2026-03-01');
    await scenarioDrawer.getByTestId('scenario-validUntil').fill('2026-02-01');
    await expect(field(rp, 'validUntil')).toContainText('结束日期早于开始日期');
    await scenarioDrawer.getByTestId('scenario-validUntil').fill('2026-12-31');
    // A well-formed code of a department the platform does not know: the platform's refusal shows at the field.
    const unknownDepartment = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].map((c) => `91330000MA2${'0'.repeat(6)}${c}`).find(isValidUscc)!;
    await scenarioDrawer.getByTestId('scenario-departments').click();
    await rp.keyboard.type(unknownDepartment);
    await rp.keyboard.press('Enter');
    await away.click();
    await scenarioDrawer.getByTestId('scenario-submit').click();
    await expect(field(rp, 'departments')).toContainText('请选择列表中的值');
    await expect(rp.locator('.ant-message')).toContainText('平台拒绝了请求');
    await expect(scenarioDrawer).toBeVisible();
    await field(rp, 'departments').locator('.ant-select-selection-item', { hasText: unknownDepartment }).locator('.ant-select-selection-item-remove').click();
    await away.click();
    await expect(field(rp, 'departments')).not.toContainText('请选择列表中的值');
    await scenarioDrawer.getByTestId('scenario-submit').click();
    await expect(scenarioDrawer).toBeHidden();
    await expect(rp.getByTestId('review-scenarios').locator('.ant-table-row', { hasText: '企业开办一件事' })).toContainText(covered);
    const scenario = (await r.call('authority.scenarios', {})).scenarios.find((s) => s.name === '企业开办一件事')!;
    expect(scenario).toMatchObject({ departments: [ob.departmentCode], resources: [{ entryId: second.id, items: [covered] }], validFrom: '2026-03-01', validUntil: '2026-12-31' });
    await b.call('sync.run', {});
    const granted = await file(b, second, [covered], scenario.id);
    await b.call('sync.run', {});
    expect(await b.call('requests.get', { id: granted })).toMatchObject({ state: 'approved', lifecycle: { scenario: { name: '企业开办一件事' } } });

    // 7. A refused request is escalated; the authority rules with both sides and the history in view.
    const provider2 = officers.find((o) => o.departmentCode === second.departmentCode)!;
    const a2 = provider2.user === oa.user ? undefined : await coreFor(p, provider2.user, { profileId: 'national' });
    const decide = (channel: 'requests.decide' | 'disputes.statement' | 'sync.run', input: unknown) => (a2 ? call(a2.core, channel, input as never) : a.call(channel, input as never));
    const refused = await file(b, second, second.items.map((i) => i.name));
    await decide('sync.run', {});
    await decide('requests.decide', { id: refused, decision: 'reject', reason: '申请的信息项超出本部门共享范围' });
    await decide('sync.run', {});
    await b.call('sync.run', {});
    await b.call('disputes.escalate', { id: refused, reason: '申请依据充分，请求协调处理' });
    await b.call('sync.run', {});
    await decide('sync.run', {});
    await decide('disputes.statement', { id: refused, statement: '含敏感信息，须脱敏后共享' });
    await decide('sync.run', {});
    await tab(rp, 'review-tabs', '争议协调');
    await rp.getByTestId('review-disputes-refresh').click();
    await rp.getByTestId('review-disputes').locator('.ant-table-row', { hasText: '申请依据充分，请求协调处理' }).click();
    const ruling = rp.getByTestId('ruling-drawer');
    await expect(ruling.getByTestId('request-event')).toHaveText([/提交申请/, /不予共享 提供方申请的信息项超出本部门共享范围/, /提请协调 需求方申请依据充分/, /提供方陈述 提供方含敏感信息/]);
    await ruling.getByTestId('ruling-outcome').getByText('责令提供方共享').click();
    await ruling.getByTestId('ruling-reasoning').fill('申请符合共享依据，脱敏后共享');
    await ruling.getByTestId('ruling-submit').click();
    await expect(ruling).toBeHidden();
    await b.call('sync.run', {});
    expect(await b.call('requests.get', { id: refused })).toMatchObject({ state: 'approved' });

    // 8. The authority issues an anomaly notice through its form and reopens the department's answer.
    await tab(rp, 'review-tabs', '异常通报');
    const issueDrawer = rp.getByTestId('notice-issue-drawer');
    await overlayChecks(rp, 'notice drawer', rp.getByTestId('notice-issue'), issueDrawer);
    await rp.getByTestId('notice-issue').click();
    await issueDrawer.getByTestId('notice-submit').click();
    for (const path of ['entryId', 'kind', 'evidence']) await expect(field(rp, path)).toContainText('必填');
    await pick(rp, issueDrawer.getByTestId('notice-entry'), target.name);
    await issueDrawer.getByTestId('notice-kind').getByText('运行异常').click();
    await issueDrawer.getByTestId('notice-evidence').fill('3 月 5 日接口中断 2 小时');
    await issueDrawer.getByTestId('notice-submit').click();
    await expect(issueDrawer).toBeHidden();
    const notice = (await r.call('notices.all', {})).notices.find((n) => n.entryId === target.id)!;
    await expect(rp.getByTestId(`notice-row-${notice.id}`).getByTestId('notice-state')).toHaveAttribute('data-state', 'issued');
    await a.call('sync.run', {});
    await a.call('notices.answer', { id: notice.id, rectification: '已增加接口监控并恢复服务' });
    await a.call('sync.run', {});
    await rp.getByTestId('review-notices-refresh').click();
    await rp.getByTestId(`notice-row-${notice.id}`).click();
    const noticeDrawer = rp.getByTestId('notice-drawer');
    await expect(noticeDrawer.getByTestId('notice-answer')).toContainText('已增加接口监控并恢复服务');
    await noticeDrawer.getByTestId('notice-result').getByText('退回重新整改').click();
    await noticeDrawer.getByTestId('notice-conclude').click();
    await expect(field(rp, 'note')).toContainText('必填');
    await noticeDrawer.getByTestId('notice-note').fill('仍有间歇性中断');
    await noticeDrawer.getByTestId('notice-conclude').click();
    await expect(rp.getByTestId(`notice-row-${notice.id}`).getByTestId('notice-state')).toHaveAttribute('data-state', 'reopened');
    await r.screenshot('share-story-notices');
  } finally {
    await disposeAll();
    await p.dispose();
  }
});
