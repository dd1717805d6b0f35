// Conflicts over real HTTP: another workstation of the department resubmitted the entry first.
// Both versions are kept; keep mine, take theirs and a per-field merge each end as stated.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signedIn } from '../helpers/platform';
import { Connection } from '../../electron/core/db/connection';
import { call, callError, coreFor, disposeAll, entryOf, officers, platform, submitNew } from './sync-helpers';

afterEach(disposeAll);

const THEIR_SUMMARY = '另一工作站提交的摘要：全县在册企业的登记信息';
const MY_SUMMARY = '本工作站修改后的摘要：企业名称与统一社会信用代码';

/** A's entry is returned; another workstation resubmits it (r2); A resubmits on r1 → conflict. */
async function conflicted() {
  const p = await platform();
  const officer = officers(p)[0]!;
  const a = await coreFor(p, officer.user);
  const reviewer = await coreFor(p, 'yc-reviewer');
  const entry = await submitNew(a, '企业登记信息');
  await call(a.core, 'sync.run', {});
  await call(reviewer.core, 'review.return', { id: entry.id, revision: 1, comments: [{ field: 'summary', comment: '请补充范围' }] });
  await call(a.core, 'sync.run', {});

  const other = await signedIn(p, officer.user);
  const theirs = { ...entryOf(a, '企业登记信息（全县）'), summary: THEIR_SUMMARY };
  const pushed = await other.push([{ opId: 'other-ws-1', kind: 'catalogue.submit', entityId: entry.id, baseRevision: 1, payload: { code: entry.code, entry: theirs } }]);
  expect(pushed.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });

  const returned = await call(a.core, 'catalogue.get', { id: entry.id });
  const mine = await call(a.core, 'catalogue.update', { id: entry.id, revision: returned.revision, entry: { ...entryOf(a, '企业登记信息'), summary: MY_SUMMARY } });
  const ready = await call(a.core, 'catalogue.setState', { id: mine.id, revision: mine.revision, state: 'ready' });
  await call(a.core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ pushed: 1, conflicts: 1, failed: false });
  const [conflict] = (await call(a.core, 'sync.conflicts', {})).conflicts;
  return { p, a, entry, conflict: conflict! };
}

async function platformEntry(dataDir: string, id: string) {
  const conn = await Connection.open(join(dataDir, 'platform.db'), 'readonly');
  try {
    const row = await conn.get<{ revision: number; body: string }>('SELECT revision, body FROM entries WHERE id = ?', [id]);
    return { revision: row!.revision, entry: JSON.parse(row!.body) as { name: string; summary: string } };
  } finally {
    await conn.close();
  }
}

// Several real HTTP round trips per test: allow for a loaded machine.
describe('sync: conflicts', { timeout: 60_000 }, () => {
  it('keeps both versions, counts them and lists the differing fields', async () => {
    const { a, entry, conflict } = await conflicted();
    expect(conflict).toMatchObject({ kind: 'catalogue.submit', entityId: entry.id, baseRevision: 1, theirs: { revision: 2, state: 'submitted' } });
    expect(conflict.mine).toMatchObject({ entry: { summary: MY_SUMMARY } });
    expect(conflict.theirs.value).toMatchObject({ entry: { summary: THEIR_SUMMARY } });
    expect(conflict.fields).toEqual(['name', 'summary']);
    expect(await call(a.core, 'sync.state', {})).toMatchObject({ conflicts: 1, outbox: 0 });
    // Nothing was overwritten: the local entry still holds mine.
    expect((await call(a.core, 'catalogue.get', { id: entry.id })).summary).toBe(MY_SUMMARY);
  });

  it('keep mine: queued again on the platform revision and accepted', async () => {
    const { p, a, entry, conflict } = await conflicted();
    await call(a.core, 'sync.resolveConflict', { id: conflict.id, resolution: 'mine' });
    expect((await call(a.core, 'outbox.list', {})).ops).toMatchObject([{ kind: 'catalogue.submit', baseRevision: 2 }]);
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, conflicts: 0 });
    expect(await platformEntry(p.dataDir, entry.id)).toMatchObject({ revision: 3, entry: { summary: MY_SUMMARY, name: '企业登记信息' } });
    expect((await call(a.core, 'sync.state', {})).conflicts).toBe(0);
    expect((await callError(a.core, 'sync.resolveConflict', { id: conflict.id, resolution: 'mine' })).code).toBe('SYNC_CONFLICT_RESOLVED');
  });

  it('take theirs: the local entry is replaced (audited) and nothing is sent', async () => {
    const { a, entry, conflict } = await conflicted();
    await call(a.core, 'sync.resolveConflict', { id: conflict.id, resolution: 'theirs' });
    const local = await call(a.core, 'catalogue.get', { id: entry.id });
    expect(local).toMatchObject({ summary: THEIR_SUMMARY, name: '企业登记信息（全县）', state: 'draft' });
    expect((await call(a.core, 'sync.state', {})).outbox).toBe(0);
    const audit = await call(a.core, 'audit.list', { entityId: entry.id });
    expect(audit.rows.map((r) => r.action)).toContain('sync.conflict:theirs');
  });

  it('merge: the chosen field of each side goes out and is accepted', async () => {
    const { p, a, entry, conflict } = await conflicted();
    // A field the conflict does not have is refused, and the refusal leaves the conflict open.
    const bad = await callError(a.core, 'sync.resolveConflict', { id: conflict.id, resolution: 'merge', fields: { nope: 'mine' } });
    expect(bad.details?.issues).toMatchObject([{ path: 'fields.nope', code: 'validation.unknownField' }]);
    expect((await call(a.core, 'sync.state', {})).conflicts).toBe(1);
    await call(a.core, 'sync.resolveConflict', { id: conflict.id, resolution: 'merge', fields: { summary: 'theirs', name: 'mine' } });
    const local = await call(a.core, 'catalogue.get', { id: entry.id });
    expect(local).toMatchObject({ summary: THEIR_SUMMARY, name: '企业登记信息', state: 'submitted' });
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, conflicts: 0 });
    expect(await platformEntry(p.dataDir, entry.id)).toMatchObject({ revision: 3, entry: { summary: THEIR_SUMMARY, name: '企业登记信息' } });
  });
});
