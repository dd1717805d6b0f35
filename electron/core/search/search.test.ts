import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { call, callError, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';

describe('search.query', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  const names = async (q: string, scope: 'own' | 'shared' | 'all' = 'all') =>
    (await call(core, 'search.query', { q, scope })).results.map((r) => r.name);

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir);
    await pullIntoWorkspace(dir, [
      sharedEntry('s1'),
      sharedEntry('s2', {
        name: '企业法人登记信息',
        provider: '伊川县市场监督管理局',
        summary: '法人单位的登记事项',
        shareType: 'unconditional',
        shareCondition: undefined,
        classification: { scheme: 'national1272', category: '1', item: '02' },
        items: [
          { name: '统一社会信用代码', type: 'C', length: '18' },
          { name: '法定代表人', type: 'C', length: '50' },
          { name: '企业ID', type: 'C', length: '32' },
        ],
      }),
      sharedEntry('s3', {
        name: '不动产登记信息',
        provider: '伊川县自然资源局',
        summary: '不动产权利登记',
        formatClass: 'spreadsheet',
        formatType: 'xlsx',
        shareType: 'none',
        shareCondition: '涉及个人隐私',
        classification: { scheme: 'national1272', category: '1', item: '03' },
        items: [{ name: '权利人', type: 'C', length: '100' }],
      }),
      sharedEntry('s4', { name: '常住人口统计', summary: '按乡镇统计', items: [{ name: '人口数', type: 'N', length: '10' }] }),
    ]);
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('finds 1-, 2-, 3- and 4-character Chinese queries, in names, summaries and items', async () => {
    expect(await names('产')).toEqual(['不动产登记信息']);
    expect((await names('人口')).sort()).toEqual(['人口基础信息', '常住人口统计']);
    expect(await names('法人')).toEqual(['企业法人登记信息']);
    expect(await names('权利人')).toEqual(['不动产登记信息']);
    expect(await names('信用代码')).toEqual(['企业法人登记信息']);
    expect(await names('乡镇')).toEqual(['常住人口统计']);
    expect(await names('地理')).toEqual([]);
  });

  it('matches mixed Chinese and ASCII, and several terms together', async () => {
    expect(await names('企业ID')).toEqual(['企业法人登记信息']);
    expect(await names('id')).toEqual(['企业法人登记信息']);
    expect(await names('登记 权利人')).toEqual(['不动产登记信息']);
    expect(await names('人口 统计')).toEqual(['常住人口统计']);
  });

  it('matches pinyin full spellings and initials', async () => {
    expect(await names('rkjc')).toEqual(['人口基础信息']);
    expect((await names('renkou')).sort()).toEqual(['人口基础信息', '常住人口统计']);
    expect(await names('bdc')).toEqual(['不动产登记信息']);
    // Two letters: a prefix of a name's or an item's initials.
    expect(await names('qy')).toEqual(['企业法人登记信息']);
    expect(await names('tyshxydm')).toEqual(['企业法人登记信息']);
    // Any run of an item's initials: its start, its middle, its end; not one that spans two items.
    for (const q of ['tysh', 'shxy', 'xydm', 'TYSHXYDM']) expect(await names(q), q).toEqual(['企业法人登记信息']);
    expect(await names('dmfd')).toEqual([]);
    expect((await call(core, 'search.query', { q: 'xydm' })).total).toBe(1);
    expect((await call(core, 'search.facets', { q: 'xydm' })).total).toBe(1);
    // An item's full spelling, and its start.
    expect(await names('falingdaibiaoren')).toEqual([]);
    expect(await names('fadingdaibiaoren')).toEqual(['企业法人登记信息']);
    expect(await names('quanli')).toEqual(['不动产登记信息']);
  });

  it('ranks an exact name first', async () => {
    await pullIntoWorkspace(dir, [sharedEntry('s5', { name: '人口', summary: '简称' })]);
    const r = await call(core, 'search.query', { q: '人口' });
    expect(r.results[0]?.name).toBe('人口');
    expect(r.results.map((x) => x.score)).toEqual([...r.results.map((x) => x.score)].sort((a, b) => b - a));
    // Punctuation around the query is not part of the name it names.
    expect((await call(core, 'search.query', { q: '“人口”。' })).results[0]?.name).toBe('人口');
  });

  it('returns highlight ranges into the original texts', async () => {
    const [hit] = (await call(core, 'search.query', { q: '人口' })).results.filter((r) => r.id === 's4');
    const mark = (field: string) => hit?.highlights.find((h) => h.field === field);
    expect(mark('name')).toEqual({ field: 'name', text: '常住人口统计', ranges: [{ start: 2, end: 4 }] });
    expect(mark('item')).toEqual({ field: 'item', position: 1, text: '人口数', ranges: [{ start: 0, end: 2 }] });
    const [py] = (await call(core, 'search.query', { q: 'rkjc' })).results;
    expect(py?.highlights.find((h) => h.field === 'name')?.ranges).toEqual([{ start: 0, end: 4 }]);
  });

  it('counts facets over the match set in their own call, and filters by them', async () => {
    const all = await call(core, 'search.facets', { q: '信息' });
    expect(all.total).toBe(3);
    expect((await call(core, 'search.query', { q: '信息' })).total).toBe(3);
    expect(all.facets.shareType).toEqual([
      { value: 'conditional', count: 1 },
      { value: 'none', count: 1 },
      { value: 'unconditional', count: 1 },
    ]);
    expect(all.facets.classification.map((f) => f.value).sort()).toEqual(['101', '102', '103']);
    expect(all.facets.state).toEqual([{ value: 'published', count: 3 }]);

    const input = { q: '信息', filters: { shareType: ['conditional' as const, 'none' as const] } };
    const filtered = await call(core, 'search.query', input);
    const filteredFacets = await call(core, 'search.facets', input);
    expect(filtered.total).toBe(2);
    expect(filteredFacets.total).toBe(2);
    expect(filtered.results.map((r) => r.id).sort()).toEqual(['s1', 's3']);
    // A facet ignores its own filter, so the other share types stay visible with their counts…
    expect(filteredFacets.facets.shareType).toHaveLength(3);
    // …and the other facets count only what passes it.
    expect(filteredFacets.facets.formatClass).toEqual([
      { value: 'database', count: 1 },
      { value: 'spreadsheet', count: 1 },
    ]);
    const byProvider = await call(core, 'search.query', { q: '信息', filters: { provider: ['伊川县自然资源局'], formatClass: ['spreadsheet'] } });
    expect(byProvider.results.map((r) => r.id)).toEqual(['s3']);
    expect(byProvider.total).toBe(1);
    // A query that can match nothing has no facets.
    expect(await call(core, 'search.facets', { q: '——' })).toEqual({ facets: { shareType: [], formatClass: [], classification: [], state: [], provider: [] }, total: 0 });
    expect((await callError(core, 'search.facets', { q: '信息', limit: 5 })).code).toBe('VALIDATION');
  });

  it('pages with limit and offset', async () => {
    const first = await call(core, 'search.query', { q: '信息', limit: 2 });
    const second = await call(core, 'search.query', { q: '信息', limit: 2, offset: 2 });
    expect(first.results).toHaveLength(2);
    expect(second.results).toHaveLength(1);
    expect(new Set([...first.results, ...second.results].map((r) => r.id)).size).toBe(3);
    expect(second.total).toBe(3);
  });

  it('pages a query matched in both indexes (trigram and pinyin words) as its full list', async () => {
    // Each index gives only its best offset + limit; the merged page must still be the same slice.
    const full = (await call(core, 'search.query', { q: 'renkou' })).results.map((r) => r.id);
    expect(full).toHaveLength(2);
    const paged: string[] = [];
    for (let offset = 0; offset < full.length; offset++) {
      paged.push(...(await call(core, 'search.query', { q: 'renkou', limit: 1, offset })).results.map((r) => r.id));
    }
    expect(paged).toEqual(full);
  });

  it('keeps own entries in the index across create, update and delete, and honours the scope', async () => {
    const created = await call(core, 'catalogue.create', { entry: sampleEntry('流动人口居住登记') });
    expect(await names('流动人口', 'own')).toEqual(['流动人口居住登记']);
    expect(await names('流动', 'all')).toEqual(['流动人口居住登记']);
    expect((await call(core, 'search.query', { q: '人口', scope: 'own' })).results.map((r) => r.scope)).toEqual(['own']);
    expect(new Set((await call(core, 'search.query', { q: '人口', scope: 'shared' })).results.map((r) => r.scope))).toEqual(new Set(['shared']));
    // An item's initials (公民身份号码), whole and in part.
    expect(await names('gmsfhm', 'own')).toEqual(['流动人口居住登记']);
    expect(await names('sfhm', 'own')).toEqual(['流动人口居住登记']);
    const own = (await call(core, 'search.query', { q: 'ldrk' })).results[0];
    expect(own).toMatchObject({ id: created.id, scope: 'own', code: created.code, provider: created.provider });

    await call(core, 'catalogue.update', {
      id: created.id,
      revision: created.revision,
      entry: { ...sampleEntry('暂住证办理记录'), items: [{ name: '居住地址', type: 'C', length: '200' }] },
    });
    expect(await names('流动', 'own')).toEqual([]);
    expect(await names('暂住', 'own')).toEqual(['暂住证办理记录']);
    expect(await names('居住地址', 'own')).toEqual(['暂住证办理记录']);
    expect(await names('公民身份', 'own')).toEqual([]);
    expect(await names('sfhm', 'own')).toEqual([]);
    expect(await names('jzdz', 'own')).toEqual(['暂住证办理记录']);
    expect((await call(core, 'search.facets', { q: '暂住', scope: 'own' })).facets.state).toEqual([{ value: 'draft', count: 1 }]);

    await call(core, 'catalogue.delete', { id: created.id });
    expect(await names('暂住', 'all')).toEqual([]);
  });

  it('treats hostile input as text: no SQL or FTS error, nothing written', async () => {
    for (const q of ['"', '*', 'NEAR(', '-', 'NEAR(人口', '人口 OR 法人', '"人口', 'a AND b', '人口*', '^人口', '(((', "'; DROP TABLE search_docs; --", '\\', '%_']) {
      const r = await core.dispatch('search.query', { q });
      expect(r.ok, q).toBe(true);
    }
    expect(await names('NEAR(')).toEqual([]);
    // `*` is never a wildcard: inside a term it is text, at a term's end punctuation dropped as the index does.
    expect(await names('人*口')).toEqual([]);
    expect(await names('人口*')).toEqual(await names('人口'));
    expect((await names('"人口"')).sort()).toEqual(['人口基础信息', '常住人口统计']);
    const long = await core.dispatch('search.query', { q: '人'.repeat(200) });
    expect(long.ok).toBe(true);
    expect((await call(core, 'search.query', { q: '信息' })).total).toBe(3);
  });

  it('strips punctuation stuck to a term, as the index does, so the term still finds its entries', async () => {
    await pullIntoWorkspace(dir, [sharedEntry('s6', { name: '经济开发区企业名录', summary: '开发区内企业' })]);
    for (const q of ['开发区。', '（开发区）', '"开发区"', '“开发区”', '《开发区》', '开发区，', '…开发区!']) {
      expect(await names(q), q).toEqual(['经济开发区企业名录']);
    }
    // Short terms too (the bigram index), and a term of punctuation only narrows nothing.
    expect(await names('（法人）')).toEqual(['企业法人登记信息']);
    expect(await names('权利人。 ——')).toEqual(['不动产登记信息']);
    const [hit] = (await call(core, 'search.query', { q: '（开发区）' })).results;
    expect(hit?.highlights.find((h) => h.field === 'name')?.ranges).toEqual([{ start: 2, end: 5 }]);
  });

  it('rejects an empty, blank or absurdly long query and unknown fields', async () => {
    expect((await callError(core, 'search.query', { q: '   ' })).details?.issues).toEqual([
      expect.objectContaining({ path: 'q', code: 'validation.required' }),
    ]);
    expect((await callError(core, 'search.query', { q: 'x'.repeat(201) })).details?.issues?.[0]?.code).toBe('validation.tooLong');
    expect((await callError(core, 'search.query', { q: '人口', scope: 'mine' })).code).toBe('VALIDATION');
    expect((await callError(core, 'search.query', { q: '人口', limit: 100_000 })).code).toBe('VALIDATION');
    expect((await callError(core, 'search.query', { q: '人口', filters: { colour: ['red'] } })).code).toBe('VALIDATION');
  });
});
