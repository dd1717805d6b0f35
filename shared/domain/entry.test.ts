import { describe, expect, it } from 'vitest';
import { entryInputSchema, type EntryInput } from './entry';
import { NON_DATA_EXAMPLES } from './resource-kind.examples';

const NO_APP_FIELDS = Object.fromEntries(Object.keys(NON_DATA_EXAMPLES.application).map((k) => [k, undefined]));

const base: EntryInput = {
  name: '人口基础信息',
  provider: '伊川县数据局',
  summary: '全县户籍人口的基础信息',
  formatClass: 'database',
  formatType: 'KingbaseES',
  shareType: 'unconditional',
  openType: 'none',
  updateCycle: 'daily',
  items: [{ name: '姓名', type: 'C', length: '50' }],
};

const codes = (input: unknown) => {
  const r = entryInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('entry model extensions', () => {
  it('keeps every extension field', () => {
    const r = entryInputSchema.parse({
      ...base,
      classification: { scheme: 'national1272', category: '1', item: '01' },
      relatedCodes: ['X/1'],
      storageGb: 12.5,
      recordCount: 0,
      dataGrade: 'important',
      theme: 'person',
      dockingMethod: 'pushData',
      verticalSystem: false,
      items: [{ name: '公民身份号码', type: 'C', length: '18', sensitive: true, desensitisation: '保留前6后4位', isKey: true }],
    });
    expect(r).toMatchObject({ classification: { item: '01' }, storageGb: 12.5, recordCount: 0, verticalSystem: false, dataGrade: 'important' });
    expect(r.items[0]).toMatchObject({ sensitive: true, desensitisation: '保留前6后4位', isKey: true });
  });

  it('accepts numbers only for the 大普查 figures, and known enum values only', () => {
    expect(codes({ ...base, storageGb: -1 })).toEqual(['storageGb:catalogue.validation.number']);
    expect(codes({ ...base, recordCount: '12' })).toEqual(['recordCount:catalogue.validation.number']);
    expect(codes({ ...base, dataGrade: 'secret' })).toEqual(['dataGrade:validation.enum']);
    expect(codes({ ...base, classification: { scheme: 'national1272', category: '1', item: '1' } })).toEqual(['classification.item:catalogue.validation.classDigits']);
  });

  it('does not demand data items or listed format types of non-data resources', () => {
    const app = { ...base, kind: 'application', formatClass: 'database', formatType: '政务服务App', items: [], ...NON_DATA_EXAMPLES.application };
    expect(codes(app)).toEqual([]);
    expect(codes({ ...app, kind: 'data', ...NO_APP_FIELDS }).sort()).toEqual(['formatType:validation.formatTypeMismatch', 'items:validation.itemsRequired']);
  });

  it('keeps the share method rule (a file is shared as a file, a database as a database or an interface)', () => {
    expect(codes({ ...base, shareMethodType: 'file' })).toEqual(['shareMethodType:validation.shareMethodMismatch']);
    expect(codes({ ...base, shareMethodType: 'interface' })).toEqual([]);
  });
});
