import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from './grid';
import { parseGrids } from './parse';

const H1272 = ['信息资源名称*', '信息资源代码', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '信息项名称*', '数据类型*', '数据长度*', '共享类型*', '共享条件', '是否向社会开放*', '开放条件', '更新周期*', '发布日期'];

/** One 1272 row: resource cells then item cells, in H1272 order. */
function row(name: string | null, item: [string, string, string] | null, over: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    name,
    code: null,
    provider: name && '伊川县数据局',
    summary: name && '摘要',
    formatClass: name && '数据库',
    formatType: name && 'KingbaseES',
    item: item?.[0] ?? null,
    type: item?.[1] ?? null,
    length: item?.[2] ?? null,
    shareType: name && '有条件共享',
    shareCondition: name && '仅限业务使用',
    openType: name && '否',
    openCondition: null,
    updateCycle: name && '每日',
    publishedOn: null,
    ...over,
  };
  return ['name', 'code', 'provider', 'summary', 'formatClass', 'formatType', 'item', 'type', 'length', 'shareType', 'shareCondition', 'openType', 'openCondition', 'updateCycle', 'publishedOn'].map((k) => base[k] ?? null);
}

function sheet(rows: CellValue[][], name = '目录'): SheetGrid {
  return { name, rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
}

const codes = (r: ReturnType<typeof parseGrids>) => [...r.issues, ...r.entries.flatMap((e) => e.issues)].map((i) => `${i.row}${i.column}:${i.code}`);

describe('parseGrids, 1272 layout', () => {
  it('finds the header under a title row and groups item rows into resources', () => {
    const r = parseGrids([
      sheet([['政务信息资源目录'], H1272, row('人口信息', ['姓名', '字符型C', '50']), row('人口信息', ['身份证号', '字符串型C', '18']), row('法人信息', ['名称', 'C', '100'])]),
    ]);
    expect(codes(r)).toEqual([]);
    expect(r.layout).toBe('1272');
    expect(r.entries.map((e) => [e.name, e.rows, e.values?.items.map((i) => i.type)])).toEqual([
      ['人口信息', [3, 4], ['C', 'C']],
      ['法人信息', [5], ['C']],
    ]);
    expect(r.entries[0]?.values).toMatchObject({ shareType: 'conditional', openType: 'none', updateCycle: 'daily', formatClass: 'database' });
  });

  it('continues a resource over blank (merged) resource cells and stops at endFlag', () => {
    const r = parseGrids([
      sheet([H1272, row('人口信息', ['姓名', '字符型C', '50']), row(null, ['性别', '字符型C', '1']), ['endFlag'], row('不应读取', ['x', 'C', '1'])]),
    ]);
    expect(codes(r)).toEqual([]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]?.values?.items.map((i) => i.name)).toEqual(['姓名', '性别']);
  });

  it('folds full-width characters, stray spaces and label variants', () => {
    const r = parseGrids([
      sheet([
        H1272.map((h) => ` ${h.replace('*', '＊')} `),
        row('  人口信息 ', ['姓名', ' 字符串型Ｃ ', '１８，２'], { formatType: 'kingbasees', shareType: '受限共享', updateCycle: '每天', openType: '不予开放' }),
      ]),
    ]);
    expect(codes(r)).toEqual([]);
    expect(r.entries[0]?.values).toMatchObject({ name: '人口信息', formatType: 'KingbaseES', shareType: 'conditional', updateCycle: 'daily', openType: 'none' });
    expect(r.entries[0]?.values?.items[0]).toMatchObject({ type: 'C', length: '18,2' });
  });

  it('reads dates as Excel dates, serial numbers and text, and reports a non-date', () => {
    const rows = [
      row('甲', ['a', 'C', '1'], { publishedOn: new Date(Date.UTC(2024, 2, 1)) }),
      row('乙', ['a', 'C', '1'], { publishedOn: 45352 }),
      row('丙', ['a', 'C', '1'], { publishedOn: '2024年3月1日' }),
      row('丁', ['a', 'C', '1'], { publishedOn: '2024/3/1' }),
      row('戊', ['a', 'C', '1'], { publishedOn: '下个月' }),
    ];
    const r = parseGrids([sheet([H1272, ...rows])]);
    expect(r.entries.slice(0, 4).map((e) => e.values?.publishedOn)).toEqual(['2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01']);
    expect(codes(r)).toEqual(['6O:validation.date']);
  });

  it('takes a differing share attribute on a later row as that item’s own', () => {
    const r = parseGrids([
      sheet([H1272, row('人口信息', ['姓名', 'C', '50']), row('人口信息', ['身份证号', 'C', '18'], { shareType: '不予共享', shareCondition: '法律规定' })]),
    ]);
    expect(codes(r)).toEqual([]);
    expect(r.entries[0]?.values?.shareType).toBe('conditional');
    expect(r.entries[0]?.values?.items[1]).toMatchObject({ shareType: 'none', shareCondition: '法律规定' });
    expect(r.entries[0]?.values?.items[0]?.shareType).toBeUndefined();
  });

  it('reports other disagreements between rows of one resource on the cell', () => {
    const r = parseGrids([sheet([H1272, row('人口信息', ['姓名', 'C', '50']), row('人口信息', ['性别', 'C', '1'], { summary: '另一个摘要' })])]);
    expect(codes(r)).toEqual(['3D:exchange.inconsistentResource']);
    expect(r.entries[0]?.values).toBeUndefined();
  });

  it('refuses a resident identity number sample with a wrong check character at its cell, and keeps no sample value', () => {
    const head = [...H1272, '示例值'];
    const r = parseGrids([
      sheet([
        head,
        [...row('人口信息', ['姓名', 'C', '50']), '张三'],
        [...row('人口信息', ['公民身份号码', 'C', '18']), '410329199003071231'],
        [...row('法人信息', ['名称', 'C', '100']), '410329199003071232'],
        [...row('户籍信息', ['身份证号', 'C', '18']), '410329199003071232'],
        [...row('户籍信息', ['证件', 'C', '18'], {}), null],
      ]),
    ]);
    expect(codes(r)).toEqual(['5P:exchange.idNumberChecksum']);
    expect(r.entries.find((e) => e.name === '户籍信息')?.values).toBeUndefined();
    const kept = r.entries.find((e) => e.name === '人口信息')?.values;
    expect(kept?.items).toEqual([
      { name: '姓名', type: 'C', length: '50' },
      { name: '公民身份号码', type: 'C', length: '18' },
    ]);
    const bad = parseGrids([sheet([head, [...row('户籍信息', ['公民身份号码', 'C', '18']), '41032919900307123']])]);
    expect([...bad.issues, ...bad.entries.flatMap((e) => e.issues)].map((i) => [i.code, i.params])).toEqual([['exchange.idNumberInvalid', { value: '41032919900307123', header: '示例值' }]]);
  });

  it('maps schema issues back to their cells, with the same rules as the forms', () => {
    const r = parseGrids([
      sheet([
        H1272,
        row('人口信息', ['姓名', '文字', 'abc']),
        row('法人信息', ['名称', 'C', '10'], { shareCondition: null, formatClass: '电子文件', formatType: 'KingbaseES' }),
      ]),
    ]);
    expect(codes(r)).toEqual(['2H:validation.enum', '2I:validation.itemLength', '3F:validation.formatTypeMismatch', '3K:validation.conditionRequired']);
  });

  it('reports an unreadable number as invalid on its cell, not as missing', () => {
    const header = [...H1272, '数据存储总量(G)', '是否垂直管理系统'];
    const r = parseGrids([sheet([header, [...row('人口信息', ['姓名', 'C', '50']), '很多', '也许'], [...row('法人信息', ['名称', 'C', '10']), '12.5', '是']])]);
    expect(codes(r).sort()).toEqual(['2P:validation.invalid', '2Q:validation.invalid']);
    expect(r.entries[1]?.values).toMatchObject({ storageGb: 12.5, verticalSystem: true });
  });

  it('uses the cached result of a formula and reports one without, and error values', () => {
    const r = parseGrids([
      sheet([H1272, row('人口信息', ['姓名', 'C', '50'], { length: { error: 'formula' } }), row('法人', ['名称', 'C', '10'], { summary: { error: '#N/A' } })]),
    ]);
    expect(codes(r)).toEqual(['2I:exchange.formulaNoResult', '3D:exchange.cellError']);
  });

  it('reports a missing required column once, not on every row', () => {
    const header = H1272.filter((h) => h !== '信息资源摘要*');
    const cells = (n: string) => row(n, ['姓名', 'C', '50']).filter((_, i) => i !== 3);
    const r = parseGrids([sheet([header, cells('甲'), cells('乙')])]);
    expect(codes(r)).toEqual(['1:exchange.missingColumn', '2:exchange.incomplete', '3:exchange.incomplete']);
  });

  it('reads a two-row header whose upper cells are merged over the lower row', () => {
    const upper = H1272.map((h, i) => (i < 6 ? h : i < 9 ? '信息项' : h));
    const lower = H1272.map((h, i) => (i >= 6 && i < 9 ? h : null));
    const r = parseGrids([sheet([upper, lower, row('人口信息', ['姓名', 'C', '50'])])]);
    expect(codes(r)).toEqual([]);
    expect(r.entries[0]?.values?.items).toHaveLength(1);
  });

  it('reads a cell repeated down a column like any other: each problem on its own row, values not shared between entries', () => {
    const header = [...H1272, '关联资源代码', '数据存储总量(G)'];
    const r = parseGrids([
      sheet([
        header,
        [...row('甲', ['a', '字符型C', '1'], { summary: { error: '#N/A' } }), 'X/1；X/2', 3],
        [...row('甲', ['b', '字符型C', '1'], { summary: { error: '#N/A' } }), 'X/1；X/2', 3],
        [...row('乙', ['a', '字符型C', '1']), 'X/1；X/2', -0],
        [...row('丙', ['a', '字符型C', '1']), 'X/1；X/2', 0],
      ]),
    ]);
    expect(codes(r)).toEqual(['2D:exchange.cellError', '3D:exchange.cellError']);
    const [, b, c] = r.entries;
    expect(b?.values?.relatedCodes).toEqual(['X/1', 'X/2']);
    expect(b?.values?.relatedCodes).not.toBe(c?.values?.relatedCodes);
    expect(Object.is(b?.values?.storageGb, -0)).toBe(true);
    expect(Object.is(c?.values?.storageGb, 0)).toBe(true);
  });

  it('stops at endFlag however it is typed, and not at a cell that only looks like it', () => {
    for (const flag of ['endFlag', ' ＥＮＤ flag* ', 'END\u3000FLAG']) {
      const r = parseGrids([sheet([H1272, row('人口信息', ['姓名', 'C', '50']), [flag], row('不应读取', ['x', 'C', '1'])])]);
      expect(r.entries.map((e) => e.name), flag).toEqual(['人口信息']);
    }
    const r = parseGrids([sheet([H1272, row('人口信息', ['姓名', 'C', '50']), row('法人信息', ['endflags', 'C', '1'])])]);
    expect(r.entries.map((e) => e.name)).toEqual(['人口信息', '法人信息']);
  });

  it('reports an invalid date (a date-formatted number out of range) on its cell, even above the header', () => {
    const r = parseGrids([sheet([[new Date(Number.NaN)], H1272, row('甲', ['a', 'C', '1'], { publishedOn: new Date(Number.NaN) })])]);
    expect(codes(r)).toEqual(['3O:validation.date']);
  });

  it('says so when no sheet looks like a template', () => {
    expect(codes(parseGrids([sheet([['a', 'b'], [1, 2]])]))).toEqual(['0:exchange.noHeader']);
    expect(codes(parseGrids([]))).toEqual(['0:exchange.noHeader']);
  });
});

describe('parseGrids, modern two-sheet layout', () => {
  const resources = ['目录名称*', '目录提供方*', '描述*', '格式分类*', '格式类型*', '更新周期*', '共享属性*', '共享条件/不予共享依据', '开放属性*', '所属主题*'];
  const items = ['目录名称*', '业务名称*', '技术名称*', '数据类型*', '数据长度', '共享属性*', '开放属性*'];

  it('joins items to resources by 目录名称 and reports an unknown one', () => {
    const r = parseGrids([
      sheet([resources, ['人口信息', '伊川县数据局', '摘要', '数据库', 'mysql', '每月', '无条件共享', null, '无条件开放', '人']], '数据资源目录导入'),
      sheet([items, ['人口信息', '姓名', 'xm', '字符型C', '50', null, null], ['不存在', '性别', 'xb', 'C', '1', null, null]], '信息项导入'),
    ]);
    expect(r.layout).toBe('modern');
    expect(r.entries[0]?.values).toMatchObject({ name: '人口信息', formatType: 'mysql', items: [{ name: '姓名', nameEn: 'xm', type: 'C', length: '50' }] });
    expect(codes(r)).toEqual(['3A:exchange.unknownResource']);
  });
});
