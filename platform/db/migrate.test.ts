import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { changeSchema, objectionSchema, type Change } from '@shared/protocol/index';
import { migrate } from './migrate';
import { Db } from './sqlite';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const base = { revision: 2, entryId: 'e1', entryName: '在校学生名单', raiserCode: '12320100671322000Q', raiserName: '公安', providerCode: '91350100M000100Y43', providerName: '教育', description: 'd', attachments: [], raisedAt: '2026-03-02T01:00:00.000Z', updatedAt: '2026-03-03T01:00:00.000Z' };

it('rewrites objections of the earlier vocabulary: answered states, extensions out of the answer, in the table and the feed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-platform-migrate-'));
  dirs.push(dir);
  const db = await Db.open(join(dir, 'platform.db'));
  try {
    const first = readFileSync(new URL('./migrations/0001_platform.sql', import.meta.url), 'utf8');
    const old = [
      { ...base, id: 'o-noerror', state: 'noError', answer: { answer: 'noError', note: '无误', answeredAt: '2026-03-03T01:00:00.000Z', overdue: false } },
      { ...base, id: 'o-extended', state: 'extended', answer: { answer: 'extend', note: '需核实', answeredAt: '2026-03-03T01:00:00.000Z', overdue: false } },
      { ...base, id: 'o-open', state: 'open' },
    ];
    await db.transaction(async (tx) => {
      await tx.exec('CREATE TABLE _migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      await tx.exec(first);
      await tx.run("INSERT INTO _migrations VALUES ('0001_platform', 'then')");
      await tx.run("INSERT INTO departments (code, name) VALUES (?, '公安'), (?, '教育')", [base.raiserCode, base.providerCode]);
      await tx.run(
        "INSERT INTO entries (id, department_code, code, name, name_key, share_type, revision, state, body, submitted_at, updated_at) VALUES ('e1', ?, 'X/1', 'n', 'n', 'unconditional', 1, 'published', '{}', 'then', 'then')",
        [base.providerCode],
      );
      for (const o of old) {
        await tx.run('INSERT INTO objections (id, raiser_code, provider_code, entry_id, state, revision, body, updated_at) VALUES (?, ?, ?, ?, ?, 2, ?, ?)', [o.id, o.raiserCode, o.providerCode, 'e1', o.state, JSON.stringify(o), o.updatedAt]);
        await tx.run("INSERT INTO feed (audience, key, kind, body, created_at) VALUES (?, ?, 'objection.update', ?, 'then')", [o.raiserCode, `objection:${o.id}`, JSON.stringify({ kind: 'objection.update', objection: o })]);
      }
    });

    // Later migrations (of other tables) follow; these are the ones this test is about.
    expect((await migrate(db, 'now')).filter((m) => m <= '0004_published_version')).toEqual(['0002_objection_vocabulary', '0003_op_fingerprint', '0004_published_version']);

    const rows = await db.all<{ id: string; state: string; body: string }>('SELECT id, state, body FROM objections ORDER BY id');
    const byId = Object.fromEntries(rows.map((r) => [r.id, { state: r.state, body: objectionSchema.parse(JSON.parse(r.body)) }]));
    expect(byId['o-noerror']).toMatchObject({ state: 'answered', body: { state: 'answered', answer: { answer: 'noError', note: '无误' } } });
    expect(byId['o-extended']?.state).toBe('extended');
    expect(byId['o-extended']?.body).toMatchObject({ state: 'extended', extension: { note: '需核实', at: '2026-03-03T01:00:00.000Z' } });
    expect(byId['o-extended']?.body.answer).toBeUndefined();
    expect(byId['o-open']).toMatchObject({ state: 'open', body: { state: 'open' } });

    const feed = await db.all<{ body: string }>("SELECT body FROM feed WHERE kind = 'objection.update' ORDER BY key");
    const states = feed.map((f) => changeSchema.parse(JSON.parse(f.body)) as Change).map((c) => (c.kind === 'objection.update' ? [c.objection.id, c.objection.state, c.objection.extension?.note ?? null] : []));
    expect(states).toEqual([
      ['o-extended', 'extended', '需核实'],
      ['o-noerror', 'answered', null],
      ['o-open', 'open', null],
    ]);
  } finally {
    await db.close();
  }
});

const MIGRATIONS = join(__dirname, 'migrations');

it('keeps the version everyone received as the published one of an entry resubmitted before published versions were kept apart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-migrate-'));
  dirs.push(dir);
  const db = await Db.open(join(dir, 'platform.db'));
  try {
    // A database as the earlier build left it: a published entry whose row a resubmission overwrote.
    const now = '2026-03-02T01:00:00.000Z';
    await db.transaction(async (tx) => {
      await tx.exec(readFileSync(join(MIGRATIONS, '0001_platform.sql'), 'utf8'));
      await tx.exec(readFileSync(join(MIGRATIONS, '0002_objection_vocabulary.sql'), 'utf8'));
      await tx.exec(readFileSync(join(MIGRATIONS, '0003_op_fingerprint.sql'), 'utf8'));
      await tx.exec('CREATE TABLE _migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      await tx.run("INSERT INTO _migrations VALUES ('0001_platform', ?), ('0002_objection_vocabulary', ?), ('0003_op_fingerprint', ?)", [now, now, now]);
      await tx.run("INSERT INTO departments (code, name) VALUES ('D1', '伊川县教育局')");
      const published = { name: '学校名录', shareType: 'conditional', shareCondition: '仅限教育管理用途', items: [{ name: '学校名称', type: 'C' }] };
      const pending = { ...published, shareType: 'unconditional', shareCondition: undefined };
      await tx.run(
        "INSERT INTO entries (id, department_code, code, name, name_key, share_type, revision, state, body, submitted_at, published_at, updated_at) VALUES ('e1', 'D1', 'C/2', '学校名录', '学校名录', 'unconditional', 2, 'submitted', ?, ?, ?, ?)",
        [JSON.stringify(pending), now, now, now],
      );
      const change = { kind: 'sharedEntry.upsert', entry: { ...published, id: 'e1', code: 'C/1', revision: 1, departmentCode: 'D1', departmentName: '伊川县教育局', publishedAt: now } };
      await tx.run("INSERT INTO feed (audience, key, kind, body, created_at) VALUES ('*', 'entry:e1', 'sharedEntry.upsert', ?, ?)", [JSON.stringify(change), now]);
      // Never published: nothing to keep.
      await tx.run(
        "INSERT INTO entries (id, department_code, code, name, name_key, share_type, revision, state, body, submitted_at, updated_at) VALUES ('e2', 'D1', 'C/3', '教师名录', '教师名录', 'none', 1, 'submitted', '{}', ?, ?)",
        [now, now],
      );
    });
    expect((await migrate(db, '2026-12-06T00:00:00.000Z')).filter((m) => m <= '0004_published_version')).toEqual(['0004_published_version']);
    const rows = await db.all<Record<string, unknown>>('SELECT id, published_code, published_name, published_share_type, published_revision, published_body FROM entries ORDER BY id');
    expect(rows[0]).toMatchObject({ id: 'e1', published_code: 'C/1', published_name: '学校名录', published_share_type: 'conditional', published_revision: 1 });
    expect(JSON.parse(String(rows[0]?.published_body))).toEqual({ name: '学校名录', shareType: 'conditional', shareCondition: '仅限教育管理用途', items: [{ name: '学校名称', type: 'C' }] });
    expect(rows[1]).toMatchObject({ id: 'e2', published_code: null, published_body: null });
    // The department's own catalogue: what was published reaches its department as its own entry too.
    const own = await db.all<{ audience: string; key: string; kind: string; body: string }>("SELECT audience, key, kind, body FROM feed WHERE kind = 'ownEntry.upsert'");
    expect(own.map((r) => ({ audience: r.audience, key: r.key }))).toEqual([{ audience: 'D1', key: 'own:e1' }]);
    expect(JSON.parse(own[0]!.body)).toMatchObject({ kind: 'ownEntry.upsert', entry: { id: 'e1', code: 'C/1', revision: 1, departmentCode: 'D1' } });
  } finally {
    await db.close();
  }
});
