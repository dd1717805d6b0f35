import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrate } from './migrate';
import { Db } from './sqlite';

const MIGRATIONS = join(__dirname, 'migrations');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('keeps the version everyone received as the published one of an entry resubmitted before published versions were kept apart', async () => {
  dir = mkdtempSync(join(tmpdir(), 'cw-migrate-'));
  const db = await Db.open(join(dir, 'platform.db'));
  try {
    // A database as the earlier build left it: a published entry whose row a resubmission overwrote.
    const now = '2026-03-02T01:00:00.000Z';
    await db.transaction(async (tx) => {
      await tx.exec(readFileSync(join(MIGRATIONS, '0001_platform.sql'), 'utf8'));
      await tx.exec(readFileSync(join(MIGRATIONS, '2026120604_op_fingerprint.sql'), 'utf8'));
      await tx.exec('CREATE TABLE _migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      await tx.run("INSERT INTO _migrations VALUES ('0001_platform', ?), ('2026120604_op_fingerprint', ?)", [now, now]);
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
    expect(await migrate(db, '2026-12-06T00:00:00.000Z')).toEqual(['2026120604_published_version']);
    const rows = await db.all<Record<string, unknown>>('SELECT id, published_code, published_name, published_share_type, published_revision, published_body FROM entries ORDER BY id');
    expect(rows[0]).toMatchObject({ id: 'e1', published_code: 'C/1', published_name: '学校名录', published_share_type: 'conditional', published_revision: 1 });
    expect(JSON.parse(String(rows[0]?.published_body))).toEqual({ name: '学校名录', shareType: 'conditional', shareCondition: '仅限教育管理用途', items: [{ name: '学校名称', type: 'C' }] });
    expect(rows[1]).toMatchObject({ id: 'e2', published_code: null, published_body: null });
  } finally {
    await db.close();
  }
});
