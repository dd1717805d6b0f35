import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, type Change, type Operation } from '@shared/protocol/index';
import type { Client} from '../tests/helpers/platform';
import { opId, sampleEntry, signedIn, startTestPlatform, type TestPlatform, REQUEST_DETAILS } from '../tests/helpers/platform';

const SHARED = 36;
let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform({ seedShared: SHARED, tombstoneRetentionMs: 7 * 86_400_000 });
});
afterAll(() => p.dispose());

/** Submits an entry of the officer's department and has the reviewer approve it. */
async function publish(officer: Client, reviewer: Client, id: string, name: string): Promise<void> {
  const op: Operation = { opId: opId(), kind: 'catalogue.submit', entityId: id, baseRevision: 0, payload: { code: `X/${id}`, entry: sampleEntry(name) } };
  expect((await officer.push([op])).body.results[0]).toMatchObject({ status: 'accepted' });
  expect((await reviewer.send('POST', `/review/entries/${id}/approve`, { json: { revision: 1 } })).status).toBe(200);
}

describe('pull', () => {
  it('pages through the feed with rising cursors, each change once, every page valid', async () => {
    const c = await signedIn(p, 'yc-transport');
    const seen: string[] = [];
    let cursor = '0';
    let pages = 0;
    for (;;) {
      const r = await c.pull(cursor, 5);
      expect(r.status).toBe(200);
      const page = pullResponseSchema.parse(r.body);
      expect(page.resyncRequired).toBe(false);
      expect(page.changes.length).toBeLessThanOrEqual(5);
      if (page.changes.length) expect(Number(page.nextCursor)).toBeGreaterThan(Number(cursor));
      for (const ch of page.changes as Change[]) if (ch.kind === 'sharedEntry.upsert') seen.push(ch.entry.id);
      cursor = page.nextCursor;
      pages++;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(Math.ceil(SHARED / 5));
    expect(new Set(seen).size).toBe(SHARED);
    expect(seen.length).toBe(SHARED);
    // at the end of the feed: an empty page that keeps the cursor
    expect(Number(cursor)).toBeGreaterThan(0);
    const end = await c.pull(cursor, 5);
    expect(end.body).toMatchObject({ changes: [], nextCursor: cursor, hasMore: false });
  });

  it('shows one change per thing: a republished entry replaces its older change', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const reviewer = await signedIn(p, 'yc-reviewer');
    const before = (await edu.pullAll()).cursor;
    await publish(edu, reviewer, 'pull-repub', '校舍安全信息');
    await edu.push([{ opId: opId(), kind: 'catalogue.submit', entityId: 'pull-repub', baseRevision: 1, payload: { code: 'X/2', entry: sampleEntry('校舍安全信息') } }]);
    await reviewer.send('POST', '/review/entries/pull-repub/approve', { json: { revision: 2 } });
    const other = await signedIn(p, 'yc-agri');
    const all = (await other.pullAll('0')).changes as Change[];
    const upserts = all.filter((ch) => ch.kind === 'sharedEntry.upsert' && ch.entry.id === 'pull-repub');
    expect(upserts).toHaveLength(1);
    expect(upserts[0]).toMatchObject({ entry: { revision: 2, departmentName: '伊川县教育局' } });
    expect(Number((await other.pullAll(before)).cursor)).toBeGreaterThan(Number(before));
  });

  it('asks for a resync when the cursor is older than the retained removals, or from another database', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const reviewer = await signedIn(p, 'yc-reviewer');
    const reader = await signedIn(p, 'yc-finance');
    const old = (await reader.pullAll()).cursor;
    await publish(edu, reviewer, 'pull-gone', '校外培训机构名录');
    await edu.push([{ opId: opId(), kind: 'catalogue.retire', entityId: 'pull-gone', baseRevision: 1, payload: {} }]);
    const tail = (await reader.pullAll(old)).changes as Change[];
    expect(tail.at(-1)).toEqual({ kind: 'sharedEntry.remove', entryId: 'pull-gone', revision: 2 });

    expect(await p.compactFeed()).toBe(0); // too recent to drop
    p.clock.advance(8 * 86_400_000);
    expect(await p.compactFeed()).toBe(1);
    const again = await signedIn(p, 'yc-finance');
    expect((await again.pull(old)).body).toMatchObject({ changes: [], resyncRequired: true, nextCursor: '0', hasMore: false });
    const full = await again.pullAll('0');
    expect((full.changes as Change[]).some((ch) => ch.kind === 'sharedEntry.upsert' && ch.entry.id === 'pull-gone')).toBe(false);
    // the full pull ends past the dropped marker: the next pull is an ordinary one, not another resync
    expect((await again.pull(full.cursor)).body).toMatchObject({ changes: [], resyncRequired: false, nextCursor: full.cursor });
    expect((await again.pull('999999999')).body).toMatchObject({ resyncRequired: true });
  });

  it('carries calendar overrides and profile updates to every department, the latest per year', async () => {
    const c = await signedIn(p, 'yc-market');
    const from = (await c.pullAll()).cursor;
    const days = [{ name: '春节', date: '2027-02-06', isOffDay: true }];
    await p.announce({ kind: 'calendar.override', calendar: { year: 2027, days: [] } });
    await p.announce({ kind: 'calendar.override', calendar: { year: 2027, days } });
    await p.announce({ kind: 'profile.update', profileId: 'yichuan', settings: { requireSealedForm: true } });
    const got = (await c.pullAll(from)).changes;
    expect(got).toEqual([
      { kind: 'calendar.override', calendar: { year: 2027, days } },
      { kind: 'profile.update', profileId: 'yichuan', settings: { requireSealedForm: true } },
    ]);
    await expect(p.announce({ kind: 'calendar.override', calendar: { year: 2027, days: [{ name: 'x', date: '2026-13-01', isOffDay: true }] } })).rejects.toThrow();
  });

  it('validates the query strictly', async () => {
    const c = await signedIn(p, 'yc-edu');
    for (const q of ['cursor=abc', 'limit=0', 'limit=5001', 'cursor=1&cursor=2', 'since=3', 'limit=1.5']) {
      const r = await c.send<{ error: { code: string } }>('GET', `/sync/pull?${q}`);
      expect([q, r.status, r.body.error.code]).toEqual([q, 400, 'VALIDATION']);
    }
  });
});

describe('department isolation', () => {
  it('feeds a request to its two departments only, and reviewers see only the shared catalogue', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const reviewer = await signedIn(p, 'yc-reviewer');
    await publish(edu, reviewer, 'iso-entry', '教育统计年报');
    const health = await signedIn(p, 'yc-health');
    const form = Buffer.from('%PDF-1.7 sealed demand form');
    const sha = createHash('sha256').update(form).digest('hex');
    expect((await health.send('PUT', `/attachments/${sha}`, { raw: form, contentType: 'application/octet-stream' })).status).toBe(200);
    const r = await health.push([
      { opId: opId(), kind: 'request.create', entityId: 'iso-req', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'iso-entry', purpose: '学生健康档案比对', attachments: [sha] } },
    ]);
    expect(r.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    const kinds = async (c: Client) =>
      ((await c.pullAll('0')).changes as Change[]).filter((ch) => ch.kind.startsWith('request.')).map((ch) => ch.kind);
    expect(await kinds(health)).toEqual(['request.status']);
    expect(await kinds(edu)).toEqual(['request.incoming']);
    expect(await kinds(await signedIn(p, 'yc-police'))).toEqual([]);
    expect(await kinds(reviewer)).toEqual([]);
    // the other department's own review results stay with it
    const police = ((await (await signedIn(p, 'yc-police')).pullAll('0')).changes as Change[]).map((ch) => ch.kind);
    expect(police).not.toContain('review.result');
  });
});
