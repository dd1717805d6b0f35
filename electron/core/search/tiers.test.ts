import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchQueryInput } from '@shared/ipc/channels/search';
import type { Core } from '../index';
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
