// The provider decides on everything the requester filed: B (伊川) requests with scenario, basis,
// method, period, contact and the sealed form over the real platform on loopback; A's decision
// drawer shows every field (none "未提供"), chooses no decision for the officer, and opens the
// sealed form, which A's core downloads, checks against its sha256 and keeps in the workspace.
import { formatPhone } from '../../renderer/src/format/phone';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { memoryKeyStore } from '../../electron/core/types';
import type { DemoAccount } from '../../platform/seed/demo';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { query, REQUEST_FIELDS, type TestCore } from '../integration/sync-helpers';
import { expect, test } from './harness/fixtures';
import { field } from './harness/ui';

function options(p: TestPlatform, a: DemoAccount) {
  return {
    init: { profileId: 'yichuan' as const, departmentName: a.department, departmentCode: a.departmentCode },
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false } },
  };
}

test('待我审批: the drawer shows every field the requester filed, preselects no decision and opens the sealed form', async ({ openWorkbench, context }) => {
  test.setTimeout(120_000);
  const p = await startTestPlatform({ clock: () => new Date(), requireSealedForm: true });
  try {
    const officers = p.accounts.filter((a) => a.role === 'officer');
    const ob = officers[1]!;
    const b = await openWorkbench(options(p, ob), await context.newPage());
    await b.call('sync.signIn', { user: ob.user, password: ob.password });
    await b.call('sync.run', {});
    const target = (await query<{ body: string }>({ dir: b.dir } as TestCore, 'SELECT body FROM shared_catalogue_entries'))
      .map((r) => JSON.parse(r.body) as { id: string; departmentCode: string; shareType: string; items: { name: string }[] })
      .find((e) => e.departmentCode !== ob.departmentCode && e.shareType === 'conditional')!;
    const fields = { ...REQUEST_FIELDS, items: target.items.slice(0, 2).map((i) => i.name) };
    const draft = await b.call('requests.create', { entryId: target.id, fields });
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% sealed demand form scan\n'), randomBytes(2048)]);
    const sha256 = createHash('sha256').update(scan).digest('hex');
    await b.call('attachments.add', { owner: { type: 'request', id: draft.id }, role: 'sealedForm', fileName: '共享需求单.pdf', source: { base64: scan.toString('base64') } });
    await b.call('requests.submit', { id: draft.id });
    expect(await b.call('sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });

    const oa = officers.find((o) => o.departmentCode === target.departmentCode)!;
    const a = await openWorkbench(options(p, oa));
    await a.call('sync.signIn', { user: oa.user, password: oa.password });
    await a.call('sync.run', {});
    const { page } = a;
    await page.getByTestId('nav').getByText('待我审批', { exact: true }).click();
    await page.getByTestId(`decision-open-${draft.id}`).click();
    const drawer = page.getByTestId('decision-drawer');
    const details = drawer.getByTestId('request-details');
    for (const text of [fields.purpose, fields.scenario, fields.basisText, '业务事项', '接口', fields.periodFrom, fields.periodTo, fields.contactName, formatPhone(fields.contactPhone), ...fields.items, ob.department]) {
      await expect(details).toContainText(text);
    }
    await expect(details).not.toContainText('未提供');
    await expect(details.getByTestId('request-attachment')).toContainText(sha256.slice(0, 8));

    // No decision chosen for the officer; submitting without one is refused at the field.
    await expect(drawer.getByTestId('decision-choice').getByRole('radio', { checked: true })).toHaveCount(0);
    await drawer.getByTestId('decision-submit').click();
    await expect(field(page, 'decision')).toContainText('请选择同意共享或不予同意');
    expect((await a.call('outbox.list', {})).ops).toEqual([]);

    // The sealed form opens: downloaded, checked, kept in A's workspace, opened from there.
    await drawer.getByTestId(`attachment-open-${sha256.slice(0, 12)}`).click();
    await expect.poll(() => a.shell.openedPaths.length).toBe(1);
    const opened = a.shell.openedPaths[0]!;
    expect(opened.startsWith(a.dir)).toBe(true);
    expect(createHash('sha256').update(readFileSync(opened)).digest('hex')).toBe(sha256);
    await expect(details.getByTestId('request-attachment')).toContainText(/共享需求单-[0-9a-f]{8}\.pdf（PDF，3 KB）/);
    await a.screenshot('incoming-request-drawer');
  } finally {
    await p.dispose();
  }
});
