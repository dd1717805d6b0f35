import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../db/database';
import { loadMigrations, migrate } from '../db/migrate';
import { tempDir } from '../../../tests/helpers/core';
import { MAX_SEQ } from './documents';
import { SEQ_UNIT } from './facets';
import { refreshOwnIndex } from './own-index';
import { runSearch } from './query';

describe('own-entry index', () => {
  let cleanup: () => void;
  let db: Database;
  const all = loadMigrations();
  const search = (q: string) => runSearch(db, { q, scope: 'own', limit: 20, offset: 0 });

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    db = await Database.open(join(dir, 'workspace.db'));
  });
  afterEach(async () => {
    await db.close();
    cleanup();
  });

  it('indexes the entries a workspace already had when search arrived', async () => {
    // A workspace from before search: catalogue tables only, one entry in them.
    await migrate(db, all.filter((m) => m.id < '20261122141338_search'), '2026-01-01T00:00:00.000Z');
    await db.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO catalogue_entries (id, sequence, code, name, kind, provider, summary, format_class, format_type, share_type, open_type, update_cycle, created_at, updated_at)
         VALUES ('old', 1, 'X/000001', '低保对象信息', 'data', '民政局', '最低生活保障对象', 'database', 'Dm', 'conditional', 'none', 'monthly', 'now', 'now')`,
      );
      await tx.run(`INSERT INTO data_items (entry_id, position, name, type) VALUES ('old', 1, '救助金额', 'N')`);
    });
    await migrate(db, all, '2026-03-02T09:00:00.000Z');
    expect((await search('低保')).total).toBe(0);
    expect(await refreshOwnIndex(db)).toBe(1);
    const r = await search('救助');
    expect(r.results.map((x) => [x.id, x.scope, x.name])).toEqual([['old', 'own', '低保对象信息']]);
    // Caught up: nothing pending, no write.
    expect(await refreshOwnIndex(db)).toBe(0);
  });

  it('re-indexes an entry when only its items change, and drops a deleted one', async () => {
    await migrate(db, all, '2026-03-02T09:00:00.000Z');
    await db.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO catalogue_entries (id, sequence, code, name, kind, provider, summary, format_class, format_type, share_type, open_type, update_cycle, created_at, updated_at)
         VALUES ('e', 1, 'X/000001', '残疾人信息', 'data', '残联', '持证残疾人', 'database', 'Dm', 'conditional', 'none', 'monthly', 'now', 'now')`,
      );
      await tx.run(`INSERT INTO data_items (entry_id, position, name, type) VALUES ('e', 1, '残疾等级', 'C')`);
    });
    await refreshOwnIndex(db);
    expect((await search('等级')).total).toBe(1);
    await db.transaction((tx) => tx.run(`UPDATE data_items SET name = '残疾类别' WHERE entry_id = 'e'`));
    expect(await refreshOwnIndex(db)).toBe(1);
    expect((await search('等级')).total).toBe(0);
    expect((await search('类别')).total).toBe(1);
    await db.transaction((tx) => tx.run(`DELETE FROM catalogue_entries WHERE id = 'e'`));
    await refreshOwnIndex(db);
    expect((await search('残疾')).total).toBe(0);
    expect(await db.get(`SELECT count(*) AS n FROM search_docs`)).toEqual({ n: 0 });
  });

  it('numbers documents from 1 again when the doc numbers run out, queueing every entry', async () => {
    await migrate(db, all, '2026-03-02T09:00:00.000Z');
    const add = (id: string, seq: number, name: string) =>
      db.transaction((tx) =>
        tx.run(
          `INSERT INTO catalogue_entries (id, sequence, code, name, kind, provider, summary, format_class, format_type, share_type, open_type, update_cycle, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'data', '残联', '摘要', 'database', 'Dm', 'conditional', 'none', 'monthly', 'now', 'now')`,
          [id, seq, `X/00000${seq}`, name],
        ),
      );
    await add('a', 1, '残疾人信息');
    await add('b', 2, '低保对象信息');
    expect(await refreshOwnIndex(db)).toBe(2);
    // As if 16.7 million re-indexes had taken every number below b's.
    await db.transaction((tx) => tx.run(`UPDATE search_docs SET doc_id = doc_id % ${SEQ_UNIT} + ${MAX_SEQ * SEQ_UNIT} WHERE entity_id = 'b'`));
    await db.transaction((tx) => tx.run(`UPDATE catalogue_entries SET name = '残疾人基本信息' WHERE id = 'a'`));
    expect(await refreshOwnIndex(db)).toBe(1);
    // b was queued again and is found once it is indexed; no doc id is past the first few numbers.
    expect((await db.all<{ entity_id: string }>('SELECT entity_id FROM search_pending')).map((r) => r.entity_id)).toEqual(['b']);
    expect(await refreshOwnIndex(db)).toBe(1);
    expect((await search('低保')).results.map((r) => r.id)).toEqual(['b']);
    expect((await search('基本')).results.map((r) => r.id)).toEqual(['a']);
    const top = await db.get<{ id: number }>('SELECT max(doc_id) AS id FROM search_docs');
    expect(Math.floor((top?.id ?? 0) / SEQ_UNIT)).toBe(2);
  });
});
