import { describe, expect, it } from 'vitest';
import { entryInputSchema, type EntryInput } from './entry';
import { NON_DATA_EXAMPLES } from './resource-kind.examples';
import { RESOURCE_KINDS } from './enums';
import { KIND_FIELDS, KIND_FIELD_NAMES, fieldsOfKind } from './resource-kind';
import { labelOf, parseLabel } from './labels';

const base: EntryInput = {
  name: '人口基础信息',
  provider: '拱墅区数据资源管理局',
  summary: '全区户籍人口的基础信息',
  formatClass: 'database',
  formatType: 'KingbaseES',
  shareType: 'unconditional',
  openType: 'none',
  updateCycle: 'daily',
  items: [{ name: '姓名', type: 'C', length: '50' }],
};

const issues = (input: unknown) => {
  const r = entryInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('resource kinds (《拱墅区政务数字资源共建共享管理办法》第二条)', () => {
  it('has data and the six non-data kinds, each with its fields and a label in both languages', () => {
    expect(RESOURCE_KINDS).toEqual(['data', 'application', 'cloud', 'component', 'iot', 'network', 'security']);
    expect(Object.keys(KIND_FIELDS).sort()).toEqual(RESOURCE_KINDS.filter((k) => k !== 'data').sort());
    for (const kind of RESOURCE_KINDS) {
      expect(labelOf('kind', kind, 'zh-CN')).not.toBe(kind);
      expect(labelOf('kind', kind, 'en')).not.toBe(kind);
      expect(parseLabel('kind', labelOf('kind', kind, 'zh-CN'))).toBe(kind);
    }
    // Every kind field belongs to some kind, and each kind needs at least one.
    const used = new Set(Object.values(KIND_FIELDS).flatMap((f) => [...f.required, ...f.optional]));
    expect([...used].sort()).toEqual([...KIND_FIELD_NAMES].sort());
    for (const f of Object.values(KIND_FIELDS)) expect(f.required.length).toBeGreaterThan(0);
  });

  it('a data entry is the default and keeps its current rules: items required, no kind fields', () => {
    expect(entryInputSchema.parse(base).kind).toBe('data');
    expect(issues({ ...base, items: [] })).toEqual(['items:validation.itemsRequired']);
    expect(issues({ ...base, appUrl: 'https://a.example.gov.cn' })).toEqual(['appUrl:validation.notForKind']);
    expect(fieldsOfKind('data')).toEqual([]);
  });

  it('an application needs its URL, government-cloud deployment, 等保 level and users, but no data items', () => {
    const app = { ...base, kind: 'application', items: [] };
    expect(issues(app)).toEqual([
      'appUrl:validation.required',
      'onGovCloud:validation.required',
      'protectionLevel:validation.required',
      'appUsers:validation.required',
    ]);
    const full = { ...app, appUrl: 'https://bg.gongshu.gov.cn', onGovCloud: false, protectionLevel: 'level3', appUsers: '全区政务单位', userCount: 1200 };
    expect(issues(full)).toEqual([]);
    expect(entryInputSchema.parse(full)).toMatchObject({ kind: 'application', onGovCloud: false, protectionLevel: 'level3', userCount: 1200 });
    expect(issues({ ...full, appUrl: 'bg.gongshu.gov.cn' })).toEqual(['appUrl:validation.urlScheme']);
    expect(issues({ ...full, protectionLevel: 'level9' })).toEqual(['protectionLevel:validation.enum']);
    expect(issues({ ...full, userCount: 1.5 })).toEqual(['userCount:catalogue.validation.wholeNumber']);
    // A field of another kind does not belong on an application.
    expect(issues({ ...full, deviceCount: 3 })).toEqual(['deviceCount:validation.notForKind']);
  });

  it('each non-data kind is refused without its required fields and accepted with them', () => {
    for (const [kind, fields] of Object.entries(KIND_FIELDS)) {
      const bare = { ...base, kind, items: [] };
      expect(issues(bare)).toEqual(fields.required.map((f) => `${f}:validation.required`));
      expect(issues({ ...bare, ...NON_DATA_EXAMPLES[kind as keyof typeof NON_DATA_EXAMPLES] })).toEqual([]);
    }
  });

  it('an IoT resource counts whole devices and names where they are', () => {
    const iot = { ...base, kind: 'iot', items: [], deviceLocation: '运河沿线 12 处' };
    expect(issues({ ...iot, deviceCount: -1 })).toEqual(['deviceCount:catalogue.validation.number']);
    expect(issues({ ...iot, deviceCount: 2.5 })).toEqual(['deviceCount:catalogue.validation.wholeNumber']);
    expect(issues({ ...iot, deviceCount: 0 })).toEqual([]);
    expect(issues({ ...iot, deviceCount: 48, deviceLocation: '' })).toEqual(['deviceLocation:validation.required']);
  });
});
