import { describe, expect, it } from 'vitest';
import { parseColumnsCsv, parseCsvRows } from './csv';

describe('CSV of columns', () => {
  it('reads name, type, length, comment in that order without a header', () => {
    const r = parseColumnsCsv('xm,varchar,50,姓名\r\nnl,int,,年龄\r\ncsrq,date,,\r\n');
    expect(r.problems).toEqual([]);
    expect(r.items).toEqual([
      { table: '', name: '姓名', nameEn: 'xm', type: 'C', length: '50' },
      { table: '', name: '年龄', nameEn: 'nl', type: 'I', length: '10' },
      { table: '', name: 'csrq', nameEn: 'csrq', type: 'D', length: '8' },
    ]);
  });

  it('reads a header in any order, item-type labels, keys, tables and quoted commas', () => {
    const csv = '\uFEFF表名,注释,字段名,数据类型,长度,主键\nt_corp,"企业名称, 全称",qymc,字符型C,200,是\nt_corp,注册资本,zczb,"decimal(18,2)",,否\n';
    const r = parseColumnsCsv(csv);
    expect(r.problems).toEqual([]);
    expect(r.items).toEqual([
      { table: 't_corp', name: '企业名称, 全称', nameEn: 'qymc', type: 'C', length: '200', isKey: true },
      { table: 't_corp', name: '注册资本', nameEn: 'zczb', type: 'N', length: '18,2' },
    ]);
  });

  it('reads tab-separated columns pasted from a spreadsheet', () => {
    const r = parseColumnsCsv('column_name\tdata_type\tlength\tcomment\nfwbh\tVARCHAR2\t32\t房屋编号');
    expect(r.items).toEqual([{ table: '', name: '房屋编号', nameEn: 'fwbh', type: 'C', length: '32' }]);
  });

  it('reports bad rows by line number, never throws', () => {
    const r = parseColumnsCsv('name,type,length,comment\na,varchar,10,A\n,int,,\nb,,,\nc,weird_type,,C\n');
    expect(r.items.map((i) => i.nameEn)).toEqual(['a', 'c']);
    expect(r.problems.map((p) => `${p.line}:${p.code}`)).toEqual(['3:csvRow', '4:csvRow', '5:unknownType']);
    expect(parseColumnsCsv('').problems[0]?.code).toBe('emptyInput');
    expect(parseColumnsCsv('注释,长度\nx,1').problems[0]?.code).toBe('csvHeader');
    expect(() => parseColumnsCsv('"unterminated,\n\n"')).not.toThrow();
  });

  it('keeps line numbers across quoted newlines', () => {
    expect(parseCsvRows('a,"x\ny"\nb,z', ',').map((r) => r.line)).toEqual([1, 3]);
  });

  it('reads a type cell of a long run of spaces in linear time, as an unknown type', () => {
    // Found by the docking fuzzer: `nu<370,000 spaces>mber` held the thread for minutes.
    const cell = `nu${' '.repeat(370_000)}mber`;
    const started = performance.now();
    const r = parseColumnsCsv(`column_name\tdata_type\nfwbh\t${cell}\njzmj\tnu${' '.repeat(50)}mber(10,2)\n`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(r.items.map((i) => i.nameEn)).toEqual(['fwbh', 'jzmj']);
    expect(r.problems.map((p) => `${p.line}:${p.code}`)).toEqual(['2:unknownType', '3:unknownType']);
  });
});

describe('CSV of columns with sample values', () => {
  it('refuses a resident identity number sample with a wrong check character, at its row', () => {
    const csv = ['列名,类型,长度,注释,示例值', 'xm,varchar,50,姓名,张三', 'sfzh,char,18,公民身份号码,410329199003071232', 'sfzh2,char,18,身份证号,410329199003071231'].join('\n');
    const r = parseColumnsCsv(csv);
    expect(r.items.map((i) => i.nameEn)).toEqual(['xm', 'sfzh', 'sfzh2']);
    expect(r.problems).toEqual([{ line: 3, code: 'idNumberChecksum', text: '410329199003071232', params: { column: 'sfzh', value: '410329199003071232' } }]);
  });
});
