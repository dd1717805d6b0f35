import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShareRequest } from '@shared/protocol/index';
import { pullChanges } from '../../../tests/helpers/requests';
import { DEPARTMENT, fixedTime, initialisedCore, tempDir } from '../../../tests/helpers/core';
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
