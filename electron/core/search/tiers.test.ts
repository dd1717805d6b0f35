import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchQueryInput } from '@shared/ipc/channels/search';
import { Database } from '../db/database';
import { loadMigrations, migrate } from '../db/migrate';
import type { Core } from '../index';
import { applySharedEntries } from '../shared-catalogue/repository';
import { runFacets, runSearch, type SearchRequest } from './query';
import { indexPendingShared } from './shared-index';
import { mulberry32 } from '../../../tests/generators/random';
import { generateSharedEntries } from '../../../tests/generators/shared-entries';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { call, initialisedCore, tempDir } from '../../../tests/helpers/core';

const WORDS = ['户籍', '出生日期', '婚姻', '登记', '人口', '地址'];

describe('search relevance tiers', () => {
  let cleanup: () => void;
  let dir: string;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir);
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  const ids = async (input: SearchQueryInput) => (await call(core, 'search.query', input)).results.map((r) => r.id);

  it('puts a match in the name before one in the items, and that before one in the summary only', async () => {
    const item = (name: string) => ({ name, type: 'C' as const, length: '50' });
    await pullIntoWorkspace(dir, [
      // Written first, so index order alone would put them first.
      sharedEntry('summary', { name: '居住证办理', summary: '含户籍迁入人员', items: [item('证件号码')] }),
      sharedEntry('items', { name: '流动人员登记', summary: '登记', items: [item('户籍地址'), item('户籍类型')] }),
      sharedEntry('long-name', { name: '全县户籍人口迁移登记统计信息', summary: '统计', items: [item('人数')] }),
      sharedEntry('short-name', { name: '户籍信息', summary: '户口', items: [item('户号')] }),
      sharedEntry('exact', { name: '户籍', summary: '简称', items: [item('户号')] }),
    ]);
    const r = await call(core, 'search.query', { q: '户籍' });
    expect(r.results.map((x) => x.id)).toEqual(['exact', 'short-name', 'long-name', 'items', 'summary']);
    const scores = r.results.map((x) => x.score);
    expect(scores.slice(0, 3).every((s) => s >= 2)).toBe(true);
    expect(scores.slice(3)).toEqual([1, 0]);
    expect(r.total).toBe(5);
    // Pinyin: the name's spelling is the first tier; an item's full spelling (a word) the second.
    expect(await ids({ q: 'huji' })).toEqual(['exact', 'short-name', 'long-name', 'items']);
    expect(await ids({ q: 'hjdz' })).toEqual(['items']);
    // Several terms: the first tier needs every one of them in the name.
    expect(await ids({ q: '户籍 统计' })).toEqual(['long-name']);
    expect(await ids({ q: '户籍 地址' })).toEqual(['items']);
  });

  it('walks every page of every tier without gaps or repeats, with and without filters', async () => {
    // Words put at random in names, items and summaries, so that every query has every tier.
    const random = mulberry32(11);
    const pick = () => WORDS[Math.floor(random() * WORDS.length)] as string;
    const crafted = Array.from({ length: 150 }, (_, i) =>
      sharedEntry(`c${i}`, {
        name: `${pick()}${pick()}信息`,
        summary: `含${pick()}等`,
        shareType: i % 3 ? 'unconditional' : 'conditional',
        shareCondition: i % 3 ? undefined : '依申请',
        items: [pick(), pick()].map((name, n) => ({ name: `${name}${n}`, type: 'C' as const, length: '50' })),
      }),
    );
    await pullIntoWorkspace(dir, [...generateSharedEntries(150, { seed: 7, start: 0, itemsPerEntry: 6 }), ...crafted]);
    const queries: SearchQueryInput[] = [
      { q: '户籍' },
      { q: '出生日期' },
      { q: 'csrq' },
      { q: 'huji' },
      { q: '人口 婚姻' },
      { q: '户籍 出生日期' },
      { q: '婚姻', filters: { shareType: ['conditional'] } },
      { q: '登记', scope: 'shared', filters: { shareType: ['unconditional'] } },
    ];
    const tiersSeen = new Set<number>();
    for (const query of queries) {
      const whole = await call(core, 'search.query', { ...query, limit: 200 });
      expect(whole.total, query.q).toBeGreaterThan(0);
      const pages = async (limit: number) => {
        const out: string[] = [];
        for (let offset = 0; offset < whole.total + limit; offset += limit) out.push(...(await ids({ ...query, limit, offset })));
        return out;
      };
      const big = await pages(200);
      const walked = await pages(13);
      expect(walked, query.q).toEqual(big);
      expect(walked, query.q).toHaveLength(whole.total);
      expect(new Set(walked).size, query.q).toBe(whole.total);
      for (const r of whole.results) tiersSeen.add(Math.min(2, Math.floor(r.score)));
      // Best first across the tiers.
      const scores = whole.results.map((r) => r.score);
      expect(scores, query.q).toEqual([...scores].sort((a, b) => b - a));
    }
    expect([...tiersSeen].sort()).toEqual([0, 1, 2]);
  });
});

describe('a large first tier', () => {
  let cleanup: () => void;
  let db: Database;
  const item = (name: string) => ({ name, type: 'C' as const, length: '50' });

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    db = await Database.open(join(dir, 'workspace.db'));
    await migrate(db, loadMigrations(), '2026-03-02T09:00:00.000Z');
    // Indexed in the order of their ids (a-summary first): not the order of their names.
    const entries = [
      sharedEntry('f-items', { name: '流动人员登记', summary: '登记', items: [item('户籍地址')] }),
      sharedEntry('d-middle', { name: '全县户籍人口', summary: '统计', items: [item('人数')] }),
      sharedEntry('b-leading', { name: '户籍迁移', summary: '迁移', items: [item('人数')], shareType: 'unconditional', shareCondition: undefined }),
      sharedEntry('c-middle', { name: '常住户籍统计', summary: '统计', items: [item('人数')] }),
      sharedEntry('g-exact', { name: '户籍', summary: '简称', items: [item('户号')] }),
      sharedEntry('e-leading', { name: '户籍信息', summary: '户口', items: [item('户号')] }),
      sharedEntry('h-exact', { name: '户籍', summary: '简称', items: [item('户号')], shareType: 'unconditional', shareCondition: undefined }),
      sharedEntry('a-summary', { name: '居住证办理', summary: '含户籍迁入人员', items: [item('证件号码')] }),
    ];
    for (const e of entries) await db.transaction((tx) => applySharedEntries(tx, [e]));
    await indexPendingShared(db);
  });
  afterEach(async () => {
    await db.close();
    cleanup();
  });

  const search = (q: string, more: Partial<SearchRequest> = {}, rankCap?: number) =>
    runSearch(db, { q, scope: 'all', limit: 20, offset: 0, ...more }, rankCap === undefined ? {} : { rankCap });

  it('comes in the order of the index on names — the exact name, names starting with the query — then index order, unranked', async () => {
    const r = await search('户籍', {}, 2);
    expect(r.results.map((x) => x.id)).toEqual(['g-exact', 'h-exact', 'e-leading', 'b-leading', 'c-middle', 'd-middle', 'f-items', 'a-summary']);
    expect(r.results.map((x) => x.score)).toEqual([102, 102, 12, 12, 2, 2, 1, 0]);
    expect(r.total).toBe(8);
    // Ranked (a small first tier), the same entries make up each tier, the exact name still first.
    const ranked = await search('户籍');
    expect(ranked.results.map((x) => x.id).slice(0, 2).sort()).toEqual(['g-exact', 'h-exact']);
    expect(ranked.results.map((x) => x.id).slice(0, 6).sort()).toEqual(r.results.map((x) => x.id).slice(0, 6).sort());
    expect(ranked.results.map((x) => x.id).slice(6)).toEqual(['f-items', 'a-summary']);
  });

  it('pages without gaps or repeats, and filters the names it takes from the index', async () => {
    const whole = (await search('户籍', {}, 2)).results.map((x) => x.id);
    for (const limit of [1, 3]) {
      const walked: string[] = [];
      for (let offset = 0; offset < whole.length; offset += limit) walked.push(...(await search('户籍', { limit, offset }, 2)).results.map((x) => x.id));
      expect(walked, `limit ${limit}`).toEqual(whole);
    }
    const filtered = await search('户籍', { filters: { shareType: ['unconditional'] } }, 1);
    expect(filtered.results.map((x) => x.id)).toEqual(['h-exact', 'b-leading']);
    expect(filtered.total).toBe(2);
    // Pinyin takes the same path: no name is the query, so the name matches come in index order.
    expect((await search('huji', {}, 2)).results.map((x) => x.id)).toEqual(['b-leading', 'c-middle', 'd-middle', 'e-leading', 'g-exact', 'h-exact', 'f-items']);
  });
  it('counts up to its cap and says "more than" past it, the facets giving the exact total, with the same page', async () => {
    const capped = await runSearch(db, { q: '户籍', scope: 'all', limit: 3, offset: 0 }, { totalCap: 5 });
    expect(capped).toMatchObject({ total: 5, totalAtLeast: true });
    expect((await runFacets(db, { q: '户籍', scope: 'all' })).total).toBe(8);
    const exact = await runSearch(db, { q: '户籍', scope: 'all', limit: 3, offset: 0 }, { totalCap: 8 });
    expect(exact.total).toBe(8);
    expect(exact).not.toHaveProperty('totalAtLeast');
    expect(capped.results).toEqual(exact.results);
    // Filters apply before the cap: two unconditional matches are counted exactly.
    expect(await runSearch(db, { q: '户籍', scope: 'all', limit: 3, offset: 0, filters: { shareType: ['unconditional'] } }, { totalCap: 5 })).toMatchObject({ total: 2 });
  });
});
