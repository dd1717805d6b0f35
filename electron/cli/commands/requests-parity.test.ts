import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@shared/ipc/channels/requests';
import { signedIn, startTestPlatform, type TestPlatform } from '../../../tests/helpers/platform';
import { tempDir } from '../../../tests/helpers/core';
import { runCli } from '../main';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A workspace set up, signed in and synced through the CLI alone. */
async function workspace(p: TestPlatform, officer: (typeof p.accounts)[number]) {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const ws = ['--workspace', t.dir];
  expect((await cli(['init', '--profile', 'national', '--department-name', officer.department, '--department-code', officer.departmentCode, ...ws])).code).toBe(0);
  const passwordFile = join(t.dir, 'password.txt');
  writeFileSync(passwordFile, `${officer.password}\n`);
  expect((await cli(['login', '--platform', p.url, '--user', officer.user, '--password-file', passwordFile, ...ws])).code).toBe(0);
  expect((await cli(['sync', ...ws])).code).toBe(0);
  return { dir: t.dir, ws };
}

const FIELDS = {
  purpose: '企业开办一件事：核验法人信息',
  scenario: '企业开办联办',
  basisKind: 'businessMatter',
  basisText: '企业开办一件事办理规程',
  shareMethod: 'interface',
  periodFrom: '2026-03-02',
  periodTo: '2027-12-31',
  contactName: '王五',
  contactPhone: '13912345678',
};

/** The day in China `days` from now. */
const chinaDay = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('cli requests add, submit, show, decide and authorisations list', () => {
  it('files, sends, decides and lists a grant through the CLI, against the platform on loopback', async () => {
    // The CLI's cores keep the real time, so the platform does too.
    const p = await startTestPlatform({ seedShared: 36, requireSealedForm: false, profile: 'national', clock: () => new Date() });
    cleanups.push(() => p.dispose());
    const [, requesterAccount] = p.accounts.filter((a) => a.role === 'officer');
    const b = await workspace(p, requesterAccount!);
    const catalogue = (await (await signedIn(p, requesterAccount!.user)).pullAll('0')).changes
      .filter((c) => c.kind === 'sharedEntry.upsert')
      .map((c) => c.entry as { id: string; departmentCode: string; shareType: string });
    const target = catalogue.find((e) => e.shareType === 'conditional' && e.departmentCode !== requesterAccount!.departmentCode)!;
    const providerAccount = p.accounts.find((a) => a.departmentCode === target.departmentCode)!;

    // add: the requests.create input from a file; a bad file or input is refused with exit 2, a missing flag with 1.
    const file = join(b.dir, 'request.json');
    writeFileSync(file, JSON.stringify({ entryId: target.id, fields: FIELDS }));
    const added = await cli(['requests', 'add', '--json-file', file, '--json', ...b.ws]);
    expect(added.code).toBe(0);
    const draft = JSON.parse(added.out) as RequestView;
    expect(draft).toMatchObject({ state: 'draft', entryId: target.id, fields: expect.objectContaining({ purpose: FIELDS.purpose, contactName: '王五' }) });
    writeFileSync(file, JSON.stringify({ entryId: target.id, fields: { ...FIELDS, periodTo: '2026-01-01' } }));
    const reversed = await cli(['requests', 'add', '--json-file', file, '--json', ...b.ws]);
    expect(reversed.code).toBe(2);
    expect((JSON.parse(reversed.out) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('fields.periodTo');
    writeFileSync(file, '{ not json');
    expect((await cli(['requests', 'add', '--json-file', file, ...b.ws])).code).toBe(2);
    expect((await cli(['requests', 'add', ...b.ws])).code).toBe(1);

    // submit queues it; the CLI's sync sends it to the platform.
    const submitted = await cli(['requests', 'submit', draft.id, '--json', ...b.ws]);
    expect([submitted.code, (JSON.parse(submitted.out) as RequestView).state]).toEqual([0, 'pendingSync']);
    expect(JSON.parse((await cli(['sync', ...b.ws])).out)).toMatchObject({ accepted: 1, rejected: 0 });

    // show: everything of the request with its history, as JSON.
    const shown = JSON.parse((await cli(['requests', 'show', draft.id, ...b.ws])).out) as { request: RequestView; history: { type: string }[] };
    expect(shown.request).toMatchObject({ id: draft.id, state: 'providerReview', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fields: expect.objectContaining({ scenario: '企业开办联办' }) });
    expect(shown.history.map((e) => e.type)).toEqual(['create', 'submit', 'accepted', 'platform.providerReview']);
    const unknown = await cli(['requests', 'show', 'no-such-request', ...b.ws]);
    expect([unknown.code, unknown.err]).toEqual([3, expect.stringMatching(/^NOT_FOUND/)]);

    // decide, on the provider's side: a refusal needs its reason (exit 1 without, 2 too short), one of --approve/--refuse (exit 1).
    const a = await workspace(p, providerAccount);
    expect((await cli(['requests', 'decide', draft.id, '--refuse', '--json', ...a.ws])).code).toBe(1);
    const short = await cli(['requests', 'decide', draft.id, '--refuse', '--reason', '不行', '--json', ...a.ws]);
    expect([short.code, JSON.parse(short.out)]).toEqual([2, { errors: [expect.objectContaining({ path: 'reason', code: 'validation.requestReasonTooShort' })] }]);
    expect((await cli(['requests', 'decide', draft.id, '--approve', '--refuse', ...a.ws])).code).toBe(1);
    expect((await cli(['requests', 'decide', draft.id, '--approve', '--reason', 'x', ...a.ws])).code).toBe(1);
    const validUntil = chinaDay(2);
    const approved = await cli(['requests', 'decide', draft.id, '--approve', '--conditions', '仅限企业开办联办使用', '--valid-until', validUntil, '--json', ...a.ws]);
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.out)).toMatchObject({ state: 'approved', decision: { decision: 'approve', conditions: '仅限企业开办联办使用', validUntil } });
    expect(JSON.parse((await cli(['sync', ...a.ws])).out)).toMatchObject({ accepted: 1, rejected: 0 });

    // The platform records the delivery; the requester's grant expires within 5 working days.
    const reviewer = await signedIn(p, 'yc-reviewer');
    expect((await reviewer.send('POST', `/review/requests/${draft.id}/deliver`, { json: { revision: 2 } })).status).toBe(200);
    expect((await cli(['sync', ...b.ws])).code).toBe(0);
    const expiring = JSON.parse((await cli(['authorisations', 'list', '--expiring', ...b.ws])).out) as { authorisations: { id: string; state: string; expiresAt: string; expiring: boolean }[] };
    expect(expiring.authorisations).toEqual([expect.objectContaining({ id: draft.id, state: 'active', expiresAt: expect.stringMatching(new RegExp(`^${validUntil}`)), expiring: true })]);
    expect(JSON.parse((await cli(['authorisations', 'list', '--role', 'provider', ...b.ws])).out)).toMatchObject({ authorisations: [] });
    expect((await cli(['authorisations', 'list', '--role', 'boss', ...b.ws])).code).toBe(1);
  }, 120_000);
});
