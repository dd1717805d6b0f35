import { describe, expect, it } from 'vitest';
import { alreadyProvidedBy, detectSensitive, indexSharedItems, isCreditCodeItem, isResidentIdItem } from './sensitive';
import { nameKey } from './normalise';
import { catalogueScore, entryScore } from './score';

const item = (name: string, nameEn?: string, type: 'C' | 'N' = 'C', length?: string) => ({ name, nameEn, type, length });

describe('sensitive data items', () => {
  it.each([
    ['公民身份号码', undefined, 'idNumber'],
    ['证件号', undefined, 'idNumber'],
    ['号码', 'sfzh', 'idNumber'],
    ['代码', 'ID_CARD', 'idNumber'],
    ['手机号码', undefined, 'phone'],
    ['联系方式', undefined, 'phone'],
    ['号', 'lxdh', 'phone'],
    ['姓名', undefined, 'personName'],
    ['名', 'xm', 'personName'],
    ['法定代表人', undefined, 'personName'],
    ['户籍地址', undefined, 'address'],
    ['住址', undefined, 'address'],
    ['银行卡号', undefined, 'bankCard'],
  ])('%s (%s) looks like %s', (name, nameEn, kind) => {
    expect(detectSensitive(item(name, nameEn))).toBe(kind);
  });

  it('leaves ordinary items alone', () => {
    // A legal person's unified social credit code is its public identifier: never advised sensitive.
    for (const [name, en] of [['企业名称', 'qymc'], ['注册资本', 'zczb'], ['服务地址', 'service_url'], ['部门名称', 'dept_name'], ['登记日期', 'djrq'], ['统一社会信用代码', undefined], ['信用代码', 'tyshxydm'], ['统一社会信用代码', 'uscc']]) {
      expect(detectSensitive(item(name as string, en)), name).toBeUndefined();
    }
  });

  it('never takes a credit code for an ID number, whatever its name, technical name or length', () => {
    for (const [name, en] of [['统一社会信用代码证号', undefined], ['法人统一社会信用代码', 'cert_no'], ['代码', 'USCC'], ['单位代码号码', 'credit_code'], ['机构证件号', 'tyshxydm']]) {
      expect(detectSensitive(item(name as string, en, 'C', '18')), name).toBeUndefined();
      expect(isCreditCodeItem({ name: name as string, nameEn: en }), name).toBe(true);
    }
  });

  it('knows a resident identity number item by its name or technical name', () => {
    for (const [name, en] of [['公民身份号码', undefined], ['身份证号', undefined], ['证件', 'gmsfhm'], ['号码', 'SFZH'], ['居民身份证号码', undefined]]) {
      expect(isResidentIdItem({ name: name as string, nameEn: en }), name).toBe(true);
    }
    for (const [name, en] of [['统一社会信用代码', undefined], ['手机号码', 'sjhm'], ['姓名', 'xm']]) {
      expect(isResidentIdItem({ name: name as string, nameEn: en }), name).toBe(false);
    }
  });

  it('reads the type as a hint: 18 characters named a 号码', () => {
    expect(detectSensitive(item('持证人号码', undefined, 'C', '18'))).toBe('idNumber');
    expect(detectSensitive(item('持证人号码', undefined, 'C', '30'))).toBeUndefined();
  });
});

describe('一数一源', () => {
  const index = indexSharedItems([
    { itemName: '企业名称', entryName: '法人库', provider: '市场监管局', providerCode: 'A' },
    { itemName: '企业 名称', entryName: '法人库副本', provider: '市场监管局', providerCode: 'A' },
    { itemName: '企业名称', entryName: '税务登记', provider: '税务局', providerCode: 'B' },
    { itemName: '备注', entryName: '法人库', provider: '市场监管局', providerCode: 'A' },
  ]);

  it('names each other department once, not the own one', () => {
    expect(alreadyProvidedBy('企业名称', index).map((r) => r.provider)).toEqual(['市场监管局', '税务局']);
    expect(alreadyProvidedBy('企业名称', index, { departmentCode: 'a' }).map((r) => r.provider)).toEqual(['税务局']);
    expect(alreadyProvidedBy('企业名称', index, { departmentName: '税务局' }).map((r) => r.provider)).toEqual(['市场监管局']);
  });

  it('ignores bookkeeping columns and unknown names', () => {
    expect(alreadyProvidedBy('备注', index)).toEqual([]);
    expect(alreadyProvidedBy('法人代表', index)).toEqual([]);
  });
});

describe('names and scores', () => {
  it('folds punctuation, spaces, full-width forms and case', () => {
    expect(nameKey(' 人口·基础 信息（ＡＢ）')).toBe(nameKey('人口基础信息ab'));
    expect(nameKey('人口基础信息')).not.toBe(nameKey('人口基本信息'));
  });

  it('scores 100 − 20 per error − 5 per warning, floored, and averages the catalogue', () => {
    const e = { code: 'x', path: '' };
    expect(entryScore([])).toBe(100);
    expect(entryScore([{ ...e, severity: 'error' }, { ...e, severity: 'warning' }])).toBe(75);
    expect(entryScore(new Array(6).fill({ ...e, severity: 'error' }))).toBe(0);
    expect(catalogueScore([100, 75, 0])).toBe(58);
    expect(catalogueScore([])).toBe(100);
  });
});
