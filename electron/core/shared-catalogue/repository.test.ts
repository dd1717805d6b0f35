import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../db/database';
import { loadMigrations, migrate } from '../db/migrate';
import { runFacets, runSearch } from '../search/query';
import { indexPendingShared, pendingShared } from '../search/shared-index';
import { tempDir } from '../../../tests/helpers/core';
import { generateSharedEntries } from '../../../tests/generators/shared-entries';
import { applySharedEntries, clearSharedEntries, countSharedEntries, getSharedEntry, prepareSharedEntries, removeSharedEntries } from './repository';
import { sharedEntry } from '../../../tests/helpers/shared-catalogue';

describe('shared catalogue cache', () => {
  let cleanup: () => void;
  let db: Database;

  // What search.query does first: index what the pulls listed.
  const hits = async (q: string) => {
    await indexPendingShared(db);
    return (await runSearch(db, { q, scope: 'shared', limit: 50, offset: 0 })).results.map((r) => r.id).sort();
  };
  const docCount = async () => {
    await indexPendingShared(db);
    const r = await db.get<{ docs: number; trigram: number; cjk: number }>(
      `SELECT (SELECT count(*) FROM search_docs WHERE scope = 'shared') AS docs,
              (SELECT count(*) FROM search_trigram) AS trigram, (SELECT count(*) FROM search_cjk) AS cjk`,
    );
    return r;
  };

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    db = await Database.open(join(dir, 'workspace.db'));
  });
  const migrated = () => migrate(db, loadMigrations(), '2026-03-02T09:00:00.000Z');
  afterEach(async () => {
    await db.close();
    cleanup();
  });

  it('stores entries with their items, the whole entry as JSON, and indexes them', async () => {
    await migrated();
    const e = sharedEntry('a', { items: [{ name: '姓名', nameEn: 'xm', type: 'C', length: '50' }, { name: '性别', type: 'C', length: '2' }] });
    expect(await db.transaction((tx) => applySharedEntries(tx, [e, sharedEntry('b', { name: '法人库' })]))).toEqual({ inserted: 2, updated: 0, skipped: 0 });
    expect(await countSharedEntries(db)).toEqual({ entries: 2, items: 4 });
    expect(await getSharedEntry(db, 'a')).toEqual(e);
    expect(await getSharedEntry(db, 'missing')).toBeUndefined();
    // The columns the 一数一源 check reads.
    expect(await db.all('SELECT entry_id, position, name, name_en FROM shared_catalogue_items WHERE entry_id = ? ORDER BY position', ['a'])).toEqual([
      { entry_id: 'a', position: 1, name: '姓名', name_en: 'xm' },
      { entry_id: 'a', position: 2, name: '性别', name_en: null },
    ]);
    expect(await db.get('SELECT provider, provider_code, classification, revision FROM shared_catalogue_entries WHERE id = ?', ['a'])).toEqual({
      provider: '伊川县公安局',
      provider_code: '11410329MB0000001X',
      classification: '101',
      revision: 1,
    });
    expect(await hits('性别')).toEqual(['a']);
    expect(await hits('法人')).toEqual(['b']);
    expect(await docCount()).toEqual({ docs: 2, trigram: 2, cjk: 2 });
  });

  it('stores every column as a bound value would, whether read out of the body or bound one by one', async () => {
    await migrated();
    const entries = [
      sharedEntry('quotes', { name: '“人口”"基础"\\信息\t𠀀库', summary: 'a\\"b' }),
      sharedEntry('bare', { providerCode: undefined, classification: undefined, kind: 'application' }),
      // A lone surrogate: JSON would decode it otherwise than a bound string (U+FFFD), so this entry is bound column by column.
      sharedEntry('lone', { name: '人口\ud800信息', revision: 7 }),
    ];
    await db.transaction((tx) => applySharedEntries(tx, entries));
    const bound = (v: unknown) => (typeof v === 'string' ? v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : (v ?? null));
    for (const e of entries) {
      const c = e.classification;
      expect(await db.get('SELECT * FROM shared_catalogue_entries WHERE id = ?', [e.id])).toEqual({
        id: e.id,
        revision: e.revision,
        code: e.code,
        name: bound(e.name),
        provider: e.provider,
        provider_code: bound(e.providerCode),
        department_code: e.departmentCode,
        summary: bound(e.summary),
        format_class: e.formatClass,
        format_type: e.formatType,
        share_type: e.shareType,
        open_type: e.openType,
        update_cycle: e.updateCycle,
        classification: c ? `${c.category}${c.item ?? ''}` : null,
        published_at: e.publishedAt,
        body: JSON.stringify(e),
        kind: e.kind,
      });
      expect(await getSharedEntry(db, e.id)).toEqual(e);
    }
    // Replaced by a higher revision, both ways of binding update every column.
    const next = entries.map((e) => ({ ...e, revision: e.revision + 1, name: `${e.name}（修订）`, providerCode: '11410329MB0000002X', classification: undefined }));
    expect(await db.transaction((tx) => applySharedEntries(tx, next))).toEqual({ inserted: 0, updated: 3, skipped: 0 });
    for (const e of next) {
      expect(await db.get('SELECT revision, name, provider_code, classification, body FROM shared_catalogue_entries WHERE id = ?', [e.id])).toEqual({
        revision: e.revision,
        name: bound(e.name),
        provider_code: e.providerCode,
        classification: null,
        body: JSON.stringify(e),
      });
      expect(await getSharedEntry(db, e.id)).toEqual(e);
    }
  });

  it('updates a replaced entry where it is, and writes its data items again only when they changed', async () => {
    await migrated();
    const items = [{ name: '姓名', type: 'C' as const, length: '50' }, { name: '性别', type: 'C' as const, length: '2' }];
    await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a', { items, name: '婚姻登记信息' }), sharedEntry('b', { items, name: '法人库' })]));
    expect(await hits('婚姻')).toEqual(['a']);
    const rowids = await db.all('SELECT id, rowid AS r FROM shared_catalogue_entries ORDER BY id');
    const itemWrites = await db.transaction(async (tx) => {
      await tx.exec(`CREATE TEMP TABLE item_writes (entry_id TEXT, what TEXT);
        CREATE TEMP TRIGGER item_deleted AFTER DELETE ON shared_catalogue_items BEGIN INSERT INTO item_writes VALUES (old.entry_id, 'delete'); END;
        CREATE TEMP TRIGGER item_inserted AFTER INSERT ON shared_catalogue_items BEGIN INSERT INTO item_writes VALUES (new.entry_id, 'insert'); END;`);
      // a: renamed, the same items; b: an item more.
      const r = await applySharedEntries(tx, [
        sharedEntry('a', { revision: 2, items, name: '户籍人口信息' }),
        sharedEntry('b', { revision: 2, name: '法人库', items: [...items, { name: '出生日期', type: 'D' as const }] }),
      ]);
      expect(r).toEqual({ inserted: 0, updated: 2, skipped: 0 });
      const writes = await tx.all<{ entry_id: string; what: string; n: number }>('SELECT entry_id, what, count(*) AS n FROM item_writes GROUP BY 1, 2 ORDER BY 1, 2');
      await tx.exec('DROP TRIGGER item_deleted; DROP TRIGGER item_inserted; DROP TABLE item_writes;');
      return writes;
    });
    expect(itemWrites).toEqual([
      { entry_id: 'b', what: 'delete', n: 2 },
      { entry_id: 'b', what: 'insert', n: 3 },
    ]);
    expect(await db.all('SELECT id, rowid AS r FROM shared_catalogue_entries ORDER BY id')).toEqual(rowids);
    expect(await db.all("SELECT position, name FROM shared_catalogue_items WHERE entry_id = 'a' ORDER BY position")).toEqual([
      { position: 1, name: '姓名' },
      { position: 2, name: '性别' },
    ]);
    expect(await db.all("SELECT position, name FROM shared_catalogue_items WHERE entry_id = 'b' ORDER BY position")).toEqual([
      { position: 1, name: '姓名' },
      { position: 2, name: '性别' },
      { position: 3, name: '出生日期' },
    ]);
    // The search documents follow the new revision.
    expect(await hits('户籍')).toEqual(['a']);
    expect(await hits('婚姻')).toEqual([]);
    expect(await hits('出生')).toEqual(['b']);
  });

  it('replaces an entry only with a higher revision, so replayed pages change nothing', async () => {
    await migrated();
    await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a')]));
    expect(await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a', { name: '旧名称' })]))).toEqual({ inserted: 0, updated: 0, skipped: 1 });
    expect((await getSharedEntry(db, 'a'))?.name).toBe('人口基础信息');

    const newer = sharedEntry('a', { revision: 3, name: '户籍信息', summary: '户籍登记', items: [{ name: '户号', type: 'C', length: '20' }] });
    expect(await db.transaction((tx) => applySharedEntries(tx, [newer]))).toEqual({ inserted: 0, updated: 1, skipped: 0 });
    expect(await countSharedEntries(db)).toEqual({ entries: 1, items: 1 });
    expect(await hits('人口')).toEqual([]);
    expect(await hits('户号')).toEqual(['a']);
    expect(await hits('hjxx')).toEqual(['a']);
    expect(await docCount()).toEqual({ docs: 1, trigram: 1, cjk: 1 });

    // An older revision arriving late (a reordered page) is ignored.
    expect(await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a', { revision: 2 })]))).toMatchObject({ skipped: 1 });
    expect((await getSharedEntry(db, 'a'))?.revision).toBe(3);
  });

  it('keeps the highest revision when a batch holds one entry twice', async () => {
    await migrated();
    const r = await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a', { revision: 2, name: '新' }), sharedEntry('a', { revision: 1 })]));
    expect(r).toEqual({ inserted: 1, updated: 0, skipped: 1 });
    expect((await getSharedEntry(db, 'a'))?.name).toBe('新');
  });

  it('removes entries with their items and search documents', async () => {
    await migrated();
    await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a'), sharedEntry('b'), sharedEntry('c')]));
    expect(await db.transaction((tx) => removeSharedEntries(tx, ['a', 'b', 'a', 'unknown']))).toBe(2);
    expect(await countSharedEntries(db)).toEqual({ entries: 1, items: 2 });
    expect(await hits('人口')).toEqual(['c']);
    expect(await docCount()).toEqual({ docs: 1, trigram: 1, cjk: 1 });
    await db.transaction((tx) => clearSharedEntries(tx));
    expect(await countSharedEntries(db)).toEqual({ entries: 0, items: 0 });
    expect(await docCount()).toEqual({ docs: 0, trigram: 0, cjk: 0 });
    expect(await hits('人口')).toEqual([]);
  });

  it('writes nothing when the transaction it is part of fails', async () => {
    await migrated();
    await expect(
      db.transaction(async (tx) => {
        await applySharedEntries(tx, [sharedEntry('a')]);
        throw new Error('the cursor could not be stored');
      }),
    ).rejects.toThrow('cursor');
    expect(await countSharedEntries(db)).toEqual({ entries: 0, items: 0 });
    expect(await docCount()).toEqual({ docs: 0, trigram: 0, cjk: 0 });
  });

  it('applies a generated page in multi-row statements', async () => {
    await migrated();
    const entries = generateSharedEntries(600, { seed: 7 });
    const r = await db.transaction((tx) => applySharedEntries(tx, entries));
    expect(r.inserted).toBe(600);
    expect(await countSharedEntries(db)).toEqual({ entries: 600, items: 6_000 });
    expect(await docCount()).toEqual({ docs: 600, trigram: 600, cjk: 600 });
    const withIdCard = entries.filter((e) => e.items.some((i) => i.name === '公民身份号码')).map((e) => e.id);
    const found = (await runSearch(db, { q: '公民身份号码', scope: 'shared', limit: 200, offset: 0 })).total;
    expect(found).toBe(withIdCard.length);
  });

  it('writes the same rows whether they were built ahead (prepared) or while applying, over more entries than one statement takes', async () => {
    await migrated();
    // 5,001 entries: more than one statement's batch; 600 with a lone surrogate: more than one column-by-column statement.
    const entries = generateSharedEntries(5_001, { seed: 11 }).map((e, n) => (n % 9 === 0 ? { ...e, name: `${e.name}\ud800` } : e));
    const copies = structuredClone(entries);
    await prepareSharedEntries(entries.slice(0, 3_000));
    await db.transaction((tx) => applySharedEntries(tx, entries));
    const rows = async () => ({
      entries: await db.all('SELECT * FROM shared_catalogue_entries ORDER BY id'),
      items: await db.all('SELECT * FROM shared_catalogue_items ORDER BY entry_id, position'),
      listed: (await db.get<{ n: number }>('SELECT count(*) AS n FROM search_rebuild'))?.n,
    });
    const prepared = await rows();
    expect(prepared.entries).toHaveLength(5_001);
    expect(prepared.listed).toBe(5_001);
    expect(prepared.items.length).toBe(entries.reduce((n, e) => n + e.items.length, 0));
    await db.transaction((tx) => clearSharedEntries(tx));
    await db.transaction((tx) => applySharedEntries(tx, copies));
    expect(await rows()).toEqual(prepared);
  });

  it('rebuilds the search documents of entries cached before the index layout changed', async () => {
    const all = loadMigrations();
    await migrate(db, all.filter((m) => m.id < '20261122145141_search_facet_bits'), '2026-01-01T00:00:00.000Z');
    const e = sharedEntry('old', { name: '低保对象信息', provider: '伊川县民政局' });
    await db.transaction((tx) =>
      tx.run(
        `INSERT INTO shared_catalogue_entries (id, revision, code, name, provider, department_code, summary, format_class, format_type, share_type, open_type, update_cycle, published_at, body)
         VALUES (?, 1, ?, ?, ?, ?, ?, 'database', 'Dm', 'conditional', 'none', 'daily', ?, ?)`,
        [e.id, e.code, e.name, e.provider, e.departmentCode, e.summary, e.publishedAt, JSON.stringify(e)],
      ),
    );
    await migrate(db, all, '2026-03-02T09:00:00.000Z');
    expect((await runSearch(db, { q: '低保', scope: 'shared', limit: 5, offset: 0 })).results).toEqual([]);
    expect(await indexPendingShared(db)).toBe(1);
    const r = await runSearch(db, { q: '低保', scope: 'shared', limit: 5, offset: 0 });
    expect(r.results.map((x) => x.id)).toEqual(['old']);
    const { facets } = await runFacets(db, { q: '低保', scope: 'shared' });
    expect(facets.provider).toEqual([{ value: '伊川县民政局', count: 1 }]);
    expect(facets.classification).toEqual([{ value: '101', count: 1 }]);
    expect(await indexPendingShared(db)).toBe(0);
  });

  it('lists applied entries for indexing in their transaction, and unlists removed ones', async () => {
    await migrated();
    await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a'), sharedEntry('b'), sharedEntry('c', { name: '法人库' })]));
    expect(await pendingShared(db, 100)).toBe(3);
    expect((await runSearch(db, { q: '人口', scope: 'shared', limit: 5, offset: 0 })).total).toBe(0);
    await db.transaction((tx) => removeSharedEntries(tx, ['b']));
    expect(await pendingShared(db, 100)).toBe(2);
    // A body that is not JSON is unlisted without a document; the others are indexed.
    await db.transaction((tx) => tx.run("UPDATE shared_catalogue_entries SET body = 'not json' WHERE id = 'c'"));
    expect(await indexPendingShared(db, 1)).toBe(1);
    expect(await pendingShared(db, 100)).toBe(1);
    expect(await indexPendingShared(db)).toBe(1);
    expect(await hits('人口')).toEqual(['a']);
    expect(await hits('法人')).toEqual([]);
    expect(await db.transaction((tx) => applySharedEntries(tx, [sharedEntry('a', { revision: 2, name: '户籍信息' })]))).toMatchObject({ updated: 1 });
    // The replaced document went with its revision; the new one waits for the next pass.
    expect((await runSearch(db, { q: '人口', scope: 'shared', limit: 5, offset: 0 })).total).toBe(0);
    expect(await hits('户籍')).toEqual(['a']);
  });
});
