import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShareRequest } from '@shared/protocol/index';
import { pullChanges } from '../../../tests/helpers/requests';
import { AUTHORISATION_RULES } from '@shared/domain/authorisation-rules';
import { call, DEPARTMENT, fixedTime, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { runCli } from '../main';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const incoming = (id: string, submittedAt: string): ShareRequest => ({
  id,
  revision: 1,
  state: 'providerReview',
  entryId: 'own-1',
  entryName: '婚姻登记信息',
  shareType: 'conditional',
  requesterCode: '11410329MB0000001X',
  requesterName: '伊川县公安局',
  providerCode: DEPARTMENT.code,
  providerName: DEPARTMENT.name,
  items: [],
  purpose: '核验',
  attachments: [],
  submittedAt,
  updatedAt: submittedAt,
});

describe('cli requests list', () => {
  let dir: string;
  let cleanup: () => void;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    const core = await initialisedCore(dir, { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false } });
    await core.close();
    // One received long ago (overdue whenever the test runs), one far in the future.
    await pullChanges(dir, [{ kind: 'request.incoming', request: incoming('old', '2026-01-05T01:00:00.000Z') }, { kind: 'request.incoming', request: incoming('new', '2099-01-05T01:00:00.000Z') }]);
  });
  afterEach(() => cleanup());

  it('prints the requests with their clocks; --overdue keeps the late ones', async () => {
    const all = await cli(['requests', 'list', '--role', 'provider', '--workspace', dir]);
    expect(all.err).toBe('');
    expect(all.code).toBe(0);
    const body = JSON.parse(all.out) as { requests: { id: string; overdue: boolean; calendarCovered: boolean; deadlines: { step: string; due: string }[] }[] };
    expect(body.requests.map((r) => r.id)).toEqual(['old', 'new']);
    expect(body.requests[0]!.deadlines).toEqual([expect.objectContaining({ step: 'providerDecision', due: '2026-01-12', status: 'overdue' })]);
    // 2099 has no published schedule: counted Monday–Friday, and said so.
    expect(body.requests[1]!.calendarCovered).toBe(false);
    const late = JSON.parse((await cli(['requests', 'list', '--overdue', '--workspace', dir])).out) as { requests: { id: string }[] };
    expect(late.requests.map((r) => r.id)).toEqual(['old']);
    expect((await cli(['requests', 'list', '--role', 'boss', '--workspace', dir])).code).toBe(1);
  });
});

describe('cli authorisations list --expiring', () => {
  let dir: string;
  let cleanup: () => void;
  // Days in China from today (the CLI runs on the real clock).
  const chinaDay = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const grant = (id: string, validUntil: string): ShareRequest => ({
    ...incoming(id, '2026-01-05T01:00:00.000Z'),
    revision: 3,
    state: 'active',
    validUntil,
    deliveredAt: '2026-01-09T01:00:00.000Z',
    updatedAt: '2026-01-09T01:00:00.000Z',
  });
  const original = AUTHORISATION_RULES.yichuan;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    const core = await initialisedCore(dir, { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false } });
    await core.close();
    // Ending in 3 weeks (about 15 working days) and in 3 months.
    await pullChanges(dir, [{ kind: 'request.incoming', request: grant('weeks', chinaDay(21)) }, { kind: 'request.incoming', request: grant('months', chinaDay(90)) }]);
  });
  afterEach(() => {
    AUTHORISATION_RULES.yichuan = original;
    cleanup();
  });

  const expiring = async () => {
    const r = await cli(['authorisations', 'list', '--expiring', '--workspace', dir]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.out) as { authorisations: { id: string; expiring: boolean; expiryReminderFrom: string }[] }).authorisations;
  };

  it("counts the workspace profile's reminder lead, as the reminders do", async () => {
    // 伊川's lead (5 working days): neither is near its end.
    expect(await expiring()).toEqual([]);
    // A profile reminding 30 working days ahead: the one ending in three weeks is expiring, from the day the reminder starts.
    AUTHORISATION_RULES.yichuan = { ...original, expiryReminderWorkingDays: 30 };
    const listed = await expiring();
    expect(listed.map((a) => [a.id, a.expiring])).toEqual([['weeks', true]]);
    expect(listed[0]!.expiryReminderFrom <= chinaDay(0)).toBe(true);
    // The core's reminder says the same of it.
    const core = await initialisedCore(dir, { timeSource: { now: () => new Date() }, sync: { auto: false }, reminders: { intervalMs: 0 } });
    try {
      const all = await call(core, 'authorisations.list', {});
      expect(all.authorisations.filter((a) => a.expiresSoon).map((a) => [a.request.id, a.expiryReminderFrom])).toEqual([['weeks', listed[0]!.expiryReminderFrom]]);
    } finally {
      await core.close();
    }
  });
});
