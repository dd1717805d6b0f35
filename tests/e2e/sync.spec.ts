// Sync as the officer sees it, against the REAL reference platform on loopback (demo seed, its
// own SQLite) and a real core: sign-in through the dialog, the header's state told truthfully
// (syncing → idle, offline with the reason while the platform is down, the outbox kept), and a
// conflict settled field by field in the side-by-side view.
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { Client, signedIn, startTestPlatform, type TestPlatform } from '../helpers/platform';
import type { DemoAccount } from '../../platform/seed/demo';
import { memoryKeyStore, type KeyStore } from '../../electron/core/types';
import type { CoreOptions } from '../../electron/core/index';
import { entryOf, type TestCore } from '../integration/sync-helpers';
import { expect, test } from './harness/fixtures';
import { row } from './harness/ui';
import type { Workbench } from './harness/workbench';

const THEIR_SUMMARY = '另一工作站提交的摘要：全县在册企业的登记信息';
const MY_SUMMARY = '本工作站修改后的摘要：企业名称与统一社会信用代码';

/** A free loopback port, so the platform can be stopped and started again at the same address. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A key store in memory whose contents the test can see (the shell's is safeStorage). */
function visibleKeyStore(): KeyStore & { secrets: Map<string, string> } {
  const secrets = new Map<string, string>();
  return { secrets, get: async (k) => secrets.get(k), set: async (k, v) => void secrets.set(k, v), delete: async (k) => void secrets.delete(k) };
}

/** The officer's workspace, its core pointed at the platform by the administrator's policy. */
function workspaceOf(p: TestPlatform, a: DemoAccount, sync: CoreOptions['sync'], keyStore: KeyStore = memoryKeyStore()) {
  return {
    init: { profileId: 'yichuan' as const, departmentName: a.department, departmentCode: a.departmentCode },
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore, sync },
  };
}

const asCore = (a: DemoAccount) => ({ department: { name: a.department, code: a.departmentCode } }) as TestCore;

function nav(page: Page, label: string) {
  return page.getByTestId('nav').getByText(label, { exact: true });
}

/**
 * Every value the header's `data-state` takes from now on, in order, and whether pull progress
 * was shown (a MutationObserver in the page: what the officer could have seen, not the events).
 */
async function recordStates(page: Page): Promise<() => Promise<{ states: string[]; progress: string[] }>> {
  await page.evaluate(() => {
    const seen = { states: [] as string[], progress: [] as string[] };
    (window as unknown as { syncSeen: typeof seen }).syncSeen = seen;
    const look = () => {
      const s = document.querySelector('[data-testid="header-sync"]')?.getAttribute('data-state');
      if (s && seen.states[seen.states.length - 1] !== s) seen.states.push(s);
      const p = document.querySelector('[data-testid="header-sync-progress"]')?.textContent;
      if (p && seen.progress[seen.progress.length - 1] !== p) seen.progress.push(p);
    };
    look();
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { syncSeen: { states: string[]; progress: string[] } }).syncSeen);
}

async function signIn(wb: Workbench, a: DemoAccount, password = a.password): Promise<void> {
  const dialog = wb.page.getByTestId('signin-dialog');
  if (!(await dialog.isVisible())) await wb.page.getByTestId('signin-open').click();
  await dialog.getByTestId('signin-user').fill(a.user);
  await dialog.getByTestId('signin-password').fill(password);
  await wb.page.getByTestId('signin-submit').click();
}

/** "Sync now" in the header; resolves once a run ended without a failure (a new last success). */
async function syncNow(wb: Workbench): Promise<void> {
  const last = wb.page.getByTestId('header-sync-last');
  const before = (await last.count()) ? await last.getAttribute('data-at') : null;
  await wb.page.getByTestId('sync-now').click();
  await expect(last).not.toHaveAttribute('data-at', before ?? '');
  await expect(wb.page.getByTestId('header-sync')).toHaveAttribute('data-state', 'idle');
}

test('sign in through the dialog, pull the shared catalogue, send an edit, and tell the truth while the platform is down', async ({ openWorkbench }) => {
  test.setTimeout(180_000);
  // 1,500 shared entries pulled 100 a page: a first pull long enough to be seen syncing, with progress.
  const platformOptions = { clock: () => new Date(), port: await freePort(), seedShared: 1500 };
  let p = await startTestPlatform(platformOptions);
  try {
    const officer = p.accounts.find((a) => a.role === 'officer')!;
    // Automatic runs on: sign-in starts one. Changes and retries wait a minute, so each state holds still to be checked.
    const keys = visibleKeyStore();
    const wb = await openWorkbench(workspaceOf(p, officer, { debounceMs: 60_000, retryBaseMs: 60_000, pullLimit: 100 }, keys));
    const { page } = wb;
    const header = page.getByTestId('header-sync');
    await expect(header).toHaveAttribute('data-state', 'signedOut');
    await expect(page.getByTestId('sync-now')).toBeDisabled();

    // The address is the administrator's: shown, locked. A wrong password is said first.
    await page.getByTestId('signin-open').click();
    const dialog = page.getByTestId('signin-dialog');
    await expect(dialog.getByTestId('signin-url')).toHaveValue(p.url);
    await expect(dialog.getByTestId('signin-url')).toBeDisabled();
    await expect(dialog.getByTestId('signin-url-locked')).toContainText('由管理员设置');
    await page.getByTestId('signin-submit').click();
    await expect(dialog.locator('[data-field="user"]')).toContainText('必填');
    await signIn(wb, officer, 'not-the-password');
    await expect(dialog.getByTestId('signin-error')).toContainText('用户名或密码错误');
    await expect(dialog.getByTestId('signin-password')).toHaveValue('');
    await wb.screenshot('sync-01-wrong-password');
    expect((await wb.call('sync.account', {})).account).toBeUndefined();

    // The right password: signed in, and the first sync pulls the shared catalogue.
    const states = await recordStates(page);
    await signIn(wb, officer);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('header-account')).toHaveAttribute('data-user', officer.user);
    await expect(page.getByTestId('header-account')).toContainText('部门经办人');
    // The token is in the key store only: never in the page, never in the workspace.
    expect([...keys.secrets.values()]).toHaveLength(1);
    await expect(header).toHaveAttribute('data-state', 'idle');
    await expect(page.getByTestId('header-sync-last')).toBeVisible();
    const seen = await states();
    expect(seen.states[0]).toBe('signedOut');
    expect(seen.states).toContain('syncing');
    expect(seen.states.lastIndexOf('idle')).toBeGreaterThan(seen.states.indexOf('syncing'));
    expect(seen.states.at(-1)).toBe('idle');
    // A long first pull (pages of 100) shows how far it got.
    expect(seen.progress.length, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.progress.at(-1)).toMatch(/已接收 [1-9]\d* 条/);
    await wb.screenshot('sync-02-signed-in-idle');

    await nav(page, '共享目录').click();
    const browse = page.getByTestId('shared-browse');
    await expect(browse.locator('.ant-table-row').first()).toBeVisible();
    await expect(browse.locator('.ant-table-row')).toHaveCount(20);

    // An edit goes out: a ready entry submitted in the editor is queued, then "sync now" sends it.
    const entry = await wb.call('catalogue.create', { entry: entryOf(asCore(officer), '市场主体登记信息') });
    await nav(page, '目录编制').click();
    await row(page, '市场主体登记信息').getByTestId('row-edit').click();
    const drawer = page.getByTestId('entry-drawer');
    await drawer.getByTestId('state-ready').click();
    await drawer.getByTestId('entry-submit').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
    await nav(page, '同步').click();
    await page.getByTestId('sync-tab-outbox').click();
    await expect(page.getByTestId(`outbox-row-${entry.id}`)).toContainText('市场主体登记信息');
    await expect(page.getByTestId(`outbox-row-${entry.id}`)).toContainText('提交目录');
    await wb.screenshot('sync-03-outbox');
    await syncNow(wb);
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('outbox-table')).toContainText('没有待发送的操作');
    await page.getByTestId('sync-tab-answers').click();
    await expect(page.getByTestId('answers-table').locator('.ant-table-row', { hasText: entry.id })).toContainText('已接受');

    // The platform goes away. A second submission waits; the header says why, and never "synced".
    await p.close();
    const second = await wb.call('catalogue.create', { entry: entryOf(asCore(officer), '企业年报信息') });
    const ready = await wb.call('catalogue.setState', { id: second.id, revision: second.revision, state: 'ready' });
    await wb.call('catalogue.submit', { id: ready.id, revision: ready.revision });
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
    await page.getByTestId('sync-now').click();
    await expect(header).toHaveAttribute('data-state', 'offline');
    await expect(page.getByTestId('header-sync-error')).toContainText('无法连接平台');
    await expect(page.getByTestId('sync-state-error')).toContainText('无法连接平台');
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
    expect((await wb.call('outbox.list', { limit: 10 })).ops.map((o) => o.entityId)).toEqual([second.id]);
    await page.getByTestId('sync-tab-outbox').click();
    await expect(page.getByTestId(`outbox-status-${second.id}`)).toContainText('无法连接平台');
    // The last success's toast has gone: the screenshot shows the header as it stays.
    await expect(page.locator('.ant-message-notice')).toHaveCount(0);
    await wb.screenshot('sync-04-platform-down');

    // Back at the same address: the next run sends it and the reason goes away with the success.
    p = await startTestPlatform(platformOptions, p.dataDir);
    await syncNow(wb);
    await expect(page.getByTestId('header-sync-error')).toHaveCount(0);
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');

    // The platform revokes the session (expired, or signed out elsewhere): sync stops and asks for a new sign-in.
    const [token] = [...keys.secrets.values()];
    expect((await new Client(p.url).send('POST', '/auth/logout', { token })).status).toBe(200);
    await page.getByTestId('sync-now').click();
    await expect(header).toHaveAttribute('data-state', 'error');
    await expect(page.getByTestId('header-sync-error')).toContainText('平台登录已失效');
    await page.getByTestId('header-signin-again').click();
    await signIn(wb, officer);
    await expect(page.getByTestId('signin-dialog')).toBeHidden();
    await syncNow(wb);
    await expect(page.getByTestId('header-signin-again')).toHaveCount(0);
    expect([...keys.secrets.values()]).not.toContain(token);

    // Sign-out forgets the account and the token.
    await page.getByTestId('header-account').click();
    await expect(page.getByTestId('account-popover')).toContainText(officer.department);
    await page.getByTestId('account-popover').getByTestId('signout').click();
    await expect(header).toHaveAttribute('data-state', 'signedOut');
    await expect(page.getByRole('banner').getByTestId('signin-open')).toBeVisible();
    expect(keys.secrets.size).toBe(0);
    expect(await wb.call('sync.state', {})).toMatchObject({ signedIn: false });
  } finally {
    await p.dispose();
  }
});

test('a conflict shows with a badge, side by side, and is settled field by field', async ({ openWorkbench }) => {
  test.setTimeout(180_000);
  const p = await startTestPlatform({ clock: () => new Date() });
  try {
    const officer = p.accounts.find((a) => a.role === 'officer')!;
    const wb = await openWorkbench(workspaceOf(p, officer, { auto: false }));
    const { page } = wb;
    const core = asCore(officer);
    await signIn(wb, officer);
    await expect(page.getByTestId('header-account')).toHaveAttribute('data-user', officer.user);

    // Submitted and returned by the reviewer; another workstation of the department resubmits first (r2).
    const created = await wb.call('catalogue.create', { entry: entryOf(core, '企业登记信息') });
    const ready = await wb.call('catalogue.setState', { id: created.id, revision: created.revision, state: 'ready' });
    const entry = await wb.call('catalogue.submit', { id: ready.id, revision: ready.revision });
    await syncNow(wb);
    const reviewer = await signedIn(p, p.accounts.find((a) => a.role === 'reviewer')!.user);
    const returned = await reviewer.send('POST', `/review/entries/${entry.id}/return`, { json: { revision: 1, comments: [{ field: 'summary', comment: '请补充范围' }] } });
    expect(returned.status).toBe(200);
    await syncNow(wb);
    const other = await signedIn(p, officer.user);
    const theirs = { ...entryOf(core, '企业登记信息（全县）'), summary: THEIR_SUMMARY };
    const pushed = await other.push([{ opId: 'other-ws-1', kind: 'catalogue.submit', entityId: entry.id, baseRevision: 1, payload: { code: entry.code, entry: theirs } }]);
    expect(pushed.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });

    // This workstation fixes the summary and submits on r1: the platform answers conflict.
    const local = await wb.call('catalogue.get', { id: entry.id });
    const mine = await wb.call('catalogue.update', { id: entry.id, revision: local.revision, entry: { ...entryOf(core, '企业登记信息'), summary: MY_SUMMARY } });
    const again = await wb.call('catalogue.setState', { id: mine.id, revision: mine.revision, state: 'ready' });
    await wb.call('catalogue.submit', { id: again.id, revision: again.revision });
    await syncNow(wb);
    await expect(page.getByTestId('header-conflicts')).toHaveAttribute('data-count', '1');

    // The badge opens the Sync screen on its conflicts; side by side, the differing fields first and marked, in the catalogue's words.
    await page.getByTestId('header-conflicts').click();
    await expect(page.getByTestId('sync-screen')).toBeVisible();
    const card = page.getByTestId(`conflict-${entry.id}`);
    await expect(card.getByTestId('conflict-mine-summary')).toHaveText(MY_SUMMARY);
    await expect(card.getByTestId('conflict-theirs-summary')).toHaveText(THEIR_SUMMARY);
    await expect(card.getByTestId('conflict-mine-name')).toHaveText('企业登记信息');
    await expect(card.getByTestId('conflict-theirs-name')).toHaveText('企业登记信息（全县）');
    const diffRows = card.locator('tr.conflict-diff');
    await expect(diffRows).toHaveCount(2);
    await expect(diffRows.first()).toContainText('信息资源名称');
    await expect(diffRows.nth(1)).toContainText('信息资源摘要');
    await wb.screenshot('sync-05-conflict');

    // Taking theirs asks first; cancelling changes nothing.
    await card.getByTestId('conflict-take-theirs').click();
    await expect(page.locator('.ant-modal-confirm')).toContainText('采用平台的版本？');
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /取\s*消/ }).click();
    await expect(page.locator('.ant-modal-confirm')).toHaveCount(0);
    expect((await wb.call('sync.conflicts', {})).conflicts).toHaveLength(1);
    expect((await wb.call('catalogue.get', { id: entry.id })).summary).toBe(MY_SUMMARY);

    // Merge: their summary, my name.
    await card.getByTestId('conflict-pick-summary').getByText('平台的').click();
    await wb.screenshot('sync-06-merge-choice');
    await card.getByTestId('conflict-merge').click();
    await expect(page.getByTestId('conflicts-empty')).toBeVisible();
    await expect(page.getByTestId('header-conflicts')).toHaveCount(0);
    expect(await wb.call('catalogue.get', { id: entry.id })).toMatchObject({ summary: THEIR_SUMMARY, name: '企业登记信息', state: 'submitted' });
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
    await syncNow(wb);
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');

    // The platform holds the merge as revision 3.
    const onPlatform = await reviewer.send<{ entry: { revision: number; entry: { name: string; summary: string } } }>('GET', `/review/entries/${entry.id}`);
    expect(onPlatform.body.entry).toMatchObject({ revision: 3, entry: { name: '企业登记信息', summary: THEIR_SUMMARY } });
  } finally {
    await p.dispose();
  }
});

test('an unreachable address and a TLS failure are said in the dialog, and a typed address is used when no policy sets one', async ({ openWorkbench }) => {
  const p = await startTestPlatform({ clock: () => new Date() });
  try {
    const officer = p.accounts.find((a) => a.role === 'officer')!;
    const wb = await openWorkbench({
      init: { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode },
      core: { policy: { locked: new Set<never>() }, keyStore: memoryKeyStore(), sync: { auto: false } },
    });
    const { page } = wb;
    wb.shell.keyStorePlainText = true;
    await page.getByTestId('signin-open').click();
    const dialog = page.getByTestId('signin-dialog');
    await expect(dialog.getByTestId('keystore-warning')).toContainText('没有系统密钥环');
    const url = dialog.getByTestId('signin-url');
    await expect(url).toBeEnabled();
    await url.fill('dsj.example');
    await expect(dialog.locator('[data-field="platformUrl"]')).toContainText('地址须以 http:// 或 https:// 开头');
    await url.fill(`http://127.0.0.1:${await freePort()}`);
    await signIn(wb, officer);
    // What happened and what to do; the system's code only in the details line; the password kept.
    await expect(dialog.getByTestId('signin-error')).toContainText('平台地址上没有服务应答');
    await expect(dialog.getByTestId('signin-error')).toContainText('请核对地址中的主机和端口');
    await expect(dialog.getByTestId('signin-error-detail')).toContainText('ECONNREFUSED');
    await expect(dialog.getByTestId('signin-password')).not.toHaveValue('');
    await wb.screenshot('sync-07-unreachable');
    // HTTPS to a server that does not speak TLS: the handshake fails, said as a certificate problem.
    await url.fill(p.url.replace('http://', 'https://'));
    await signIn(wb, officer);
    await expect(dialog.getByTestId('signin-error')).toContainText('无法与平台建立安全连接');
    await expect(dialog.getByTestId('signin-error-detail')).toContainText('SYNC_TLS');
    await url.fill(p.url);
    await signIn(wb, officer);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('header-account')).toHaveAttribute('data-user', officer.user);
    expect((await wb.call('sync.account', {})).account).toMatchObject({ platformUrl: p.url, user: officer.user });
  } finally {
    await p.dispose();
  }
});

test('settings show what the administrator fixed as locked, and the rest as the officer’s', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' },
    core: {
      policy: { path: '/etc/catalogue-workbench/policy.json', platformUrl: 'https://dsj.example.gov.cn', profileId: 'yichuan', locked: new Set(['updateFeedUrl'] as const) },
      keyStore: memoryKeyStore(),
      sync: { auto: false },
    },
  });
  const { page } = wb;
  await nav(page, '设置').click();
  const screen = page.getByTestId('settings-screen');
  await expect(screen.getByTestId('setting-platformUrl')).toContainText('https://dsj.example.gov.cn');
  await expect(screen.getByTestId('locked-platformUrl')).toContainText('由管理员设置');
  await expect(screen.getByTestId('locked-profileId')).toBeVisible();
  await expect(screen.getByTestId('settings-profile')).toContainText('河南省伊川县');
  // Locked by name though the policy gives no value.
  await expect(screen.getByTestId('locked-updateFeedUrl')).toBeVisible();
  // No CA bundle in the policy: the system's certificates, not locked.
  await expect(screen.getByTestId('setting-caBundle')).toHaveAttribute('data-locked', 'false');
  await expect(screen.getByTestId('settings-workspace')).toHaveText(wb.dir);
  await expect(screen.getByTestId('settings-policy-path')).toContainText('/etc/catalogue-workbench/policy.json');
  await wb.screenshot('sync-08-settings-locked');

  // The sign-in dialog from here shows the policy's address, locked.
  await screen.getByTestId('signin-open').click();
  await expect(page.getByTestId('signin-dialog').getByTestId('signin-url')).toHaveValue('https://dsj.example.gov.cn');
  await expect(page.getByTestId('signin-dialog').getByTestId('signin-url')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('signin-dialog')).toBeHidden();

  // The language is the officer's to change, here as in the header.
  await screen.getByTestId('language-switch').getByText('English').click();
  await expect(screen.getByTestId('locked-platformUrl')).toContainText('Set by your administrator');
  await expect(page.getByTestId('header-sync')).toContainText('Not signed in');
});

test('a pull that would empty most of the shared catalogue waits for the officer to confirm', async ({ openWorkbench }) => {
  test.setTimeout(180_000);
  const first = await startTestPlatform({ clock: () => new Date() });
  const second = await startTestPlatform({ clock: () => new Date(), seedShared: 10 });
  try {
    const officer = first.accounts.find((a) => a.role === 'officer')!;
    const wb = await openWorkbench({
      init: { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode },
      core: { policy: { locked: new Set<never>() }, keyStore: memoryKeyStore(), sync: { auto: false } },
    });
    const { page } = wb;
    await page.getByTestId('signin-open').click();
    await page.getByTestId('signin-url').fill(first.url);
    await signIn(wb, officer);
    await syncNow(wb);
    expect((await wb.call('search.sharedList', { offset: 0, limit: 1 })).total).toBe(36);

    // The workspace is pointed at another platform that publishes only ten entries.
    await page.getByTestId('header-account').click();
    await page.getByTestId('account-popover').getByTestId('signout').click();
    await page.getByRole('banner').getByTestId('signin-open').click();
    // The last address is offered again after a sign-out.
    await expect(page.getByTestId('signin-url')).toHaveValue(first.url);
    await page.getByTestId('signin-url').fill(second.url);
    await signIn(wb, second.accounts.find((a) => a.user === officer.user)!);
    await expect(page.getByTestId('signin-dialog')).toBeHidden();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('header-sync')).toHaveAttribute('data-state', 'error');
    await nav(page, '同步').click();
    const prompt = page.getByTestId('mass-delete');
    await expect(prompt).toContainText('删除 26 条（共 36 条）');
    expect((await wb.call('search.sharedList', { offset: 0, limit: 1 })).total).toBe(36);
    await wb.screenshot('sync-09-mass-delete');

    await prompt.getByTestId('mass-delete-confirm').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确认删除并继续同步' }).click();
    await expect(page.getByTestId('header-sync')).toHaveAttribute('data-state', 'idle');
    await expect(prompt).toHaveCount(0);
    expect((await wb.call('search.sharedList', { offset: 0, limit: 1 })).total).toBe(10);
  } finally {
    await first.dispose();
    await second.dispose();
  }
});
