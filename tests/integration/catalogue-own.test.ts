// The department's own catalogue from the platform over real HTTP: a fresh workspace of a
// department that already published entries starts with them (published, with the platform's
// revisions), can change them without a conflict, and is told before submission that a new
// entry's name is one the department already published.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Connection } from '../../electron/core/db/connection';
import { signedIn, type TestPlatform } from '../helpers/platform';
import { call, coreFor, disposeAll, entryOf, officers, platform, query } from './sync-helpers';

afterEach(disposeAll);

/** Reads the platform's database directly (read-only, beside the running platform). */
async function platformRows<T>(p: TestPlatform, sql: string, params: (string | number)[] = []): Promise<T[]> {
  const conn = await Connection.open(join(p.dataDir, 'platform.db'), 'readonly');
  try {
    return await conn.all<T>(sql, params);
  } finally {
    await conn.close();
  }
}

describe('catalogue: the department’s own published entries', { timeout: 60_000 }, () => {
  it('arrive in a fresh workspace as published entries with their platform revisions', async () => {
    const p = await platform();
    const [, ob] = officers(p);
    // What the platform has published for B's department, read over its own API.
    const theirs = await platformRows<{ id: string; code: string; name: string; revision: number }>(
      p,
      "SELECT id, code, name, revision FROM entries WHERE department_code = ? AND state = 'published' ORDER BY id",
      [ob!.departmentCode],
    );
    expect(theirs.length).toBeGreaterThan(1);
    const b = await coreFor(p, ob!.user);
    expect((await call(b.core, 'catalogue.list', {})).total).toBe(0);
    // The workstation pulls an hour after the entries were published.
    p.clock.advance(3_600_000);
    await call(b.core, 'sync.run', {});

    const list = await call(b.core, 'catalogue.list', { limit: 500 });
    expect(list.rows.map((r) => ({ id: r.id, code: r.code, name: r.name, state: r.state })).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      theirs.map((t) => ({ id: t.id, code: t.code, name: t.name, state: 'published' })),
    );
    const revisions = await query<{ entity_id: string; platform_revision: number }>(b, "SELECT entity_id, platform_revision FROM sync_entities WHERE entity_type = 'catalogue_entry' ORDER BY entity_id");
    expect(revisions).toEqual(theirs.map((t) => ({ entity_id: t.id, platform_revision: t.revision })));
    // Dated by their publication on the platform, not by the pull.
    const published = await platformRows<{ id: string; published_at: string }>(p, 'SELECT id, published_at FROM entries WHERE department_code = ? AND published_at IS NOT NULL ORDER BY id', [ob!.departmentCode]);
    const dated = await query<{ id: string; created_at: string; updated_at: string }>(b, 'SELECT id, created_at, updated_at FROM catalogue_entries ORDER BY id');
    expect(dated).toEqual(published.map((x) => ({ id: x.id, created_at: x.published_at, updated_at: x.published_at })));
    const audit = await query<{ n: number }>(b, "SELECT count(*) AS n FROM audit_log WHERE action = 'catalogue.pulled'");
    expect(audit[0]!.n).toBe(theirs.length);

    // Pulling again (and a full resync) changes nothing: the entries are the workspace's now.
    await call(b.core, 'sync.run', {});
    expect((await call(b.core, 'catalogue.list', { limit: 500 })).total).toBe(theirs.length);

    // The officer changes a pulled entry (filling what this profile asks for): its submission rests on the platform's revision, so the
    // platform accepts it instead of answering with a conflict.
    const first = await call(b.core, 'catalogue.get', { id: theirs[0]!.id });
    const changing = await call(b.core, 'catalogue.setState', { id: first.id, revision: first.revision, state: 'changing' });
    const { id: _id, code: _code, state: _state, revision: _revision, createdAt: _c, updatedAt: _u, ...values } = changing;
    const edited = await call(b.core, 'catalogue.update', { id: changing.id, revision: changing.revision, entry: { ...values, summary: `${values.summary}（已更新字段说明）`, dataGrade: entryOf(b, '').dataGrade, usageRequirements: '仅用于法定职责范围内的业务办理' } });
    const ready = await call(b.core, 'catalogue.setState', { id: edited.id, revision: edited.revision, state: 'ready' });
    await call(b.core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
    expect(await call(b.core, 'sync.run', {})).toMatchObject({ pushed: 1, accepted: 1, failed: false });
    const onPlatform = await platformRows<{ revision: number; state: string }>(p, 'SELECT revision, state FROM entries WHERE id = ?', [first.id]);
    expect(onPlatform[0]).toEqual({ revision: theirs[0]!.revision + 1, state: 'submitted' });
  });

  it('flags a new entry named like a published one before submission', async () => {
    const p = await platform();
    const [, ob] = officers(p);
    const b = await coreFor(p, ob!.user);
    await call(b.core, 'sync.run', {});
    const [published] = (await call(b.core, 'catalogue.list', { limit: 1 })).rows;
    // Same name with different punctuation and full-width forms: still the same name to the platform.
    const draft = { ...entryOf(b, `${published!.name}。`) };
    const unsaved = await call(b.core, 'catalogue.quality', { entry: draft });
    expect(unsaved.entries[0]!.issues).toContainEqual(expect.objectContaining({ code: 'publishedNameTaken', severity: 'error', path: 'name' }));
    const saved = await call(b.core, 'catalogue.create', { entry: draft });
    const check = await call(b.core, 'catalogue.quality', { id: saved.id });
    expect(check.entries[0]!.issues.find((i) => i.code === 'publishedNameTaken')?.message).toContain(published!.name);
    // An error blocks ready, so the platform never has to refuse the duplicate.
    await expect(call(b.core, 'catalogue.setState', { id: saved.id, revision: saved.revision, state: 'ready' })).rejects.toThrow();
  });

  it('does not bring a retired entry to a new workspace', async () => {
    const p = await platform();
    const [, ob] = officers(p);
    const [gone] = await platformRows<{ id: string }>(p, "SELECT id FROM entries WHERE department_code = ? AND state = 'published' ORDER BY id LIMIT 1", [ob!.departmentCode]);
    const client = await signedIn(p, ob!.user);
    const r = await client.push([{ opId: 'retire-own', kind: 'catalogue.retire' as const, entityId: gone!.id, baseRevision: 1, payload: {} }]);
    expect(r.body.results[0]!.status).toBe('accepted');
    const b = await coreFor(p, ob!.user);
    await call(b.core, 'sync.run', {});
    const ids = (await call(b.core, 'catalogue.list', { limit: 500 })).rows.map((x) => x.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(gone!.id);
  });
});
