import { describe, expect, it } from 'vitest';
import { entryInputSchema, type EntryInput } from '../domain/entry';
import { PROFILES } from '../profiles';
import { checkUscc, usccCheckChar } from '../ids/uscc';
import { checkDraft, checkEntry, type CheckedEntry } from './checks';
import { indexSharedItems } from './sensitive';
import type { QualityContext } from './types';

const USCC = '12320100671322000Q';
const input: EntryInput = {
  name: '企业登记信息',
  provider: '市场监管局',
  providerCode: USCC,
  summary: '企业设立、变更、注销登记的基本信息',
  formatClass: 'database',
  formatType: 'oracle',
  shareType: 'unconditional',
  shareMethodClass: 'platform',
  shareMethodType: 'interface',
  openType: 'none',
  updateCycle: 'daily',
  classification: { scheme: 'national1272', category: '1', item: '02' },
  items: [{ name: '企业名称', type: 'C', length: '200' }],
};
const entry = (over: Partial<EntryInput> = {}): CheckedEntry => entryInputSchema.parse({ ...input, ...over });
const ctx: QualityContext = { profile: PROFILES.national };
const found = (e: CheckedEntry, c: QualityContext = ctx) => checkEntry(e, c).map((i) => `${i.severity}:${i.code}@${i.path}`);

describe('pre-submission checks', () => {
  it('finds nothing wrong with a clean entry', () => {
    expect(found(entry())).toEqual([]);
  });

  it('refuses the system name as resource name and warns on system-like names', () => {
    expect(found(entry({ name: '企业登记系统', sourceSystem: '企业登记系统' }))).toEqual(['error:systemNameAsName@name']);
    expect(found(entry({ name: '网上登记平台' }))).toEqual(['warning:nameLooksLikeSystem@name']);
  });

  it('finds duplicate names whatever the punctuation, spaces and full-width forms', () => {
    const others = [{ id: 'b', name: '企业 登记信息（）' }];
    expect(found({ ...entry(), id: 'a' }, { ...ctx, others })).toEqual(['error:duplicateName@name']);
    expect(found({ ...entry({ name: 'ＡＢＣ数据' }), id: 'a' }, { ...ctx, others: [{ id: 'b', name: 'abc、数据' }] })).toEqual(['error:duplicateName@name']);
    // An entry is not its own duplicate.
    expect(found({ ...entry(), id: 'a' }, { ...ctx, others: [{ id: 'a', name: '企业登记信息' }] })).toEqual([]);
  });

  it('checks the provider code: GB 32100 is an error, the organisation code inside a warning', () => {
    // The schema refuses a bad checksum on save; the check still catches stored or imported ones.
    expect(found({ ...entry(), providerCode: '12320100671322000A' })).toEqual(['error:providerUscc@providerCode']);
    // A valid GB 32100 checksum over an organisation code whose own check character (position 17) is wrong.
    const body = '91350100M00010015';
    const code = body + usccCheckChar(body);
    expect(checkUscc(code)).toBeUndefined();
    expect(found(entry({ providerCode: code }))).toEqual(['warning:providerOrgCode@providerCode']);
  });

  it('flags short, unusual and inconsistent codes for confirmation', () => {
    const short = checkEntry(entry({ code: `${USCC}/12` }), ctx);
    expect(short).toEqual([expect.objectContaining({ code: 'codeShort', severity: 'warning', confirm: true })]);
    expect(found(entry({ code: `${USCC}/12`, codeConfirmed: true }))).toEqual([]);
    expect(found(entry({ code: 'A/B/C/D' }))).toEqual(['warning:codeUnusual@code']);
    expect(found(entry({ code: `91350100M000100Y43/000001` }))).toEqual(['warning:codeInconsistent@code']);
    expect(found(entry({ code: `203/${USCC}/000001` }))).toEqual(['warning:codeInconsistent@code']);
    expect(found({ ...entry({ code: `102/${USCC}/000001` }), id: 'a' }, { ...ctx, others: [{ id: 'b', name: 'x', code: `102/${USCC}/000001` }] })).toEqual([
      'error:duplicateCode@code',
    ]);
  });

  it('finds short or repeated summaries', () => {
    expect(found(entry({ summary: '企业信息' }))).toEqual(['warning:summaryShort@summary']);
    expect(found(entry({ summary: '企业登记信息。' }))).toEqual(['warning:summaryRepeatsName@summary']);
  });

  it('checks sharing: conditions, legal basis, format vs method, not shared but open', () => {
    expect(found(entry({ shareType: 'none', shareCondition: '内部资料' }))).toEqual(['warning:legalBasisVague@shareCondition']);
    expect(found(entry({ shareType: 'none', shareCondition: '依据《中华人民共和国统计法》第九条' }))).toEqual([]);
    const raw = { ...entry(), shareType: 'conditional' as const, shareCondition: undefined, shareMethodType: 'file' as const };
    expect(found(raw)).toEqual(['error:shareMethodMismatch@shareMethodType', 'error:conditionMissing@shareCondition']);
    // Stored or imported entries that the schema would refuse now: the checks still name the fault.
    const open = { ...entry(), shareType: 'none' as const, shareCondition: '依据《保密法》', openType: 'unconditional' as const };
    expect(found(open)).toEqual(['error:notSharedButOpen@openType', 'error:itemNotSharedButOpen@items.0.openType']);
    const item = { ...entry(), items: [{ ...entry().items[0]!, shareType: 'none' as const, shareCondition: '依据《保密法》', openType: 'unconditional' as const }] };
    expect(found(item)).toEqual(['error:itemNotSharedButOpen@items.0.openType']);
  });

  it('prefers platform sharing, and interfaces where the profile says so', () => {
    expect(found(entry({ shareMethodClass: 'mail' }))).toEqual(['warning:preferPlatform@shareMethodClass']);
    const copy = entry({ shareMethodType: 'database' });
    expect(found(copy)).toEqual([]);
    expect(found(copy, { profile: PROFILES.lishui }).filter((i) => i.includes('prefer'))).toEqual(['warning:preferInterface@shareMethodType']);
    expect(found(entry(), { profile: PROFILES.songjiang }).filter((i) => i.includes('prefer'))).toEqual([]);
  });

  it('asks Yuhua for the form of a conditional opening', () => {
    const open = entry({ openType: 'conditional', openCondition: '经授权后使用' });
    expect(found(open, { profile: PROFILES.yuhua })).toContain('error:openMethodMissing@openMethod');
    expect(found({ ...open, openMethod: 'verification' }, { profile: PROFILES.yuhua })).not.toContain('error:openMethodMissing@openMethod');
    expect(found(open)).toEqual([]);
  });

  it('checks the profile: required fields, classification tree', () => {
    expect(found(entry({ classification: undefined }))).toEqual(['error:requiredByProfile@classification']);
    expect(found(entry({ classification: { scheme: 'songjiang', category: '1' } }))).toEqual(['error:classificationScheme@classification.scheme']);
    expect(found(entry({ classification: { scheme: 'national1272', category: '1', item: '09' } }))).toEqual(['error:classificationInvalid@classification.item']);
  });

  it('flags sensitive items with a suggestion and asks for a desensitisation note', () => {
    const e = entry({ items: [{ name: '公民身份号码', type: 'C', length: '18' }, { name: '联系电话', type: 'C', length: '20', sensitive: true, desensitisation: '中间四位掩码', shareType: 'conditional', shareCondition: '仅限核验' }] });
    expect(checkEntry(e, ctx)).toEqual([
      { code: 'sensitiveItem', severity: 'warning', path: 'items.0.sensitive', params: { kind: 'idNumber' } },
      { code: 'sensitiveExposed', severity: 'warning', path: 'items.0.shareType' },
      { code: 'desensitisationMissing', severity: 'warning', path: 'items.0.desensitisation' },
    ]);
  });

  describe('伊川: basic databases and identifiers', () => {
    const yichuan: QualityContext = { profile: PROFILES.yichuan };
    const ruled = (e: CheckedEntry, codes: string[]) => checkEntry(e, yichuan).filter((i) => codes.includes(i.code));
    const RULES = ['basicDatabaseShare', 'basicDatabaseItemShare', 'residentIdMissing', 'creditCodeMissing'];
    const creditCode = { name: '统一社会信用代码', type: 'C' as const, length: '18' };
    const residentId = { name: '公民身份号码', type: 'C' as const, length: '18' };

    it('flags a basic database resource or item that is not shared unconditionally, citing 第二十五条', () => {
      const conditional = entry({ shareType: 'conditional', shareCondition: '仅限履职', items: [creditCode, { name: '注册资本', type: 'N', length: '18,2', shareType: 'none', shareCondition: '依据《某某条例》' }] });
      expect(ruled(conditional, RULES)).toEqual([
        { code: 'basicDatabaseShare', severity: 'warning', path: 'shareType', params: { rule: '《伊川县政务数据资源共享管理暂行办法》第二十五条' } },
        { code: 'basicDatabaseItemShare', severity: 'warning', path: 'items.1.shareType', params: { rule: '《伊川县政务数据资源共享管理暂行办法》第二十五条' } },
      ]);
      // Every one of the five basic databases; a thematic or departmental class is not one.
      for (const item of ['01', '02', '03', '04', '05']) {
        const e = entry({ shareType: 'conditional', shareCondition: '仅限履职', classification: { scheme: 'national1272', category: '1', item }, items: [creditCode, residentId] });
        expect(ruled(e, ['basicDatabaseShare']).length, item).toBe(1);
      }
      expect(ruled(entry({ shareType: 'conditional', shareCondition: '仅限履职', classification: { scheme: 'national1272', category: '2', item: '01' } }), RULES)).toEqual([]);
      expect(ruled(entry({ items: [creditCode] }), RULES)).toEqual([]);
      // A profile without the rule does not apply it.
      expect(checkEntry(conditional, ctx).filter((i) => RULES.includes(i.code))).toEqual([]);
    });

    it('flags a resource about persons or legal persons without its identifier item, citing 第十六条', () => {
      const rule = '《伊川县政务数据资源共享管理暂行办法》第十六条';
      expect(ruled(entry(), RULES)).toEqual([{ code: 'creditCodeMissing', severity: 'warning', path: 'items', params: { rule } }]);
      expect(ruled(entry({ items: [{ ...creditCode, name: '信用代码', nameEn: 'tyshxydm' }] }), RULES)).toEqual([]);
      const population = { classification: { scheme: 'national1272' as const, category: '1', item: '01' } };
      expect(ruled(entry({ ...population, items: [{ name: '姓名', type: 'C', length: '50' }] }), RULES)).toEqual([{ code: 'residentIdMissing', severity: 'warning', path: 'items', params: { rule } }]);
      expect(ruled(entry({ ...population, items: [{ name: '证件', type: 'C', length: '18', nameEn: 'gmsfhm' }] }), RULES)).toEqual([]);
      // By theme as well: a thematic resource about persons or organisations.
      const thematic = { classification: { scheme: 'national1272' as const, category: '2', item: '03' } };
      expect(ruled(entry({ ...thematic, theme: 'person' }), RULES).map((i) => i.code)).toEqual(['residentIdMissing']);
      expect(ruled(entry({ ...thematic, theme: 'organisation' }), RULES).map((i) => i.code)).toEqual(['creditCodeMissing']);
      expect(ruled(entry({ ...thematic, theme: 'place' }), RULES)).toEqual([]);
      expect(checkEntry(entry(), ctx)).toEqual([]);
    });

    it('never advises marking a legal person’s credit code sensitive, under any profile', () => {
      const codes = [
        creditCode,
        { name: '统一社会信用代码证号', type: 'C' as const, length: '18' },
        { name: '法人统一社会信用代码', type: 'C' as const, length: '18', nameEn: 'cert_no' },
        { name: '代码', type: 'C' as const, length: '18', nameEn: 'USCC' },
        { name: '单位代码号码', type: 'C' as const, length: '18', nameEn: 'credit_code' },
      ];
      for (const profile of Object.values(PROFILES)) {
        const issues = checkEntry(entry({ items: codes }), { profile });
        expect(issues.filter((i) => ['sensitiveItem', 'sensitiveExposed', 'desensitisationMissing'].includes(i.code)), profile.id).toEqual([]);
      }
    });

    it('keeps the advice on a basic database’s identity number from contradicting the rule', () => {
      const population = entry({ classification: { scheme: 'national1272', category: '1', item: '01' }, dataGrade: 'general', usageRequirements: '仅限履职使用', items: [residentId] });
      expect(checkEntry(population, yichuan).map((i) => i.code)).toEqual(['sensitiveItem', 'desensitisationMissing']);
      expect(checkEntry(population, ctx).map((i) => i.code)).toEqual(['sensitiveItem', 'sensitiveExposed', 'desensitisationMissing']);
    });
  });

  it('warns 一数一源 when another department already shares the item', () => {
    const sharedItems = indexSharedItems([
      { itemName: '企业名称', entryName: '法人库', provider: '市场监管局', providerCode: '91350100M000100Y43' },
      { itemName: '企业名称', entryName: '本局目录', provider: '本局', providerCode: USCC },
    ]);
    const issues = checkEntry(entry(), { ...ctx, sharedItems, departmentCode: USCC });
    expect(issues).toEqual([
      { code: 'alreadyProvided', severity: 'warning', path: 'items.0.name', params: { provider: '市场监管局', entry: '法人库', more: 0 } },
    ]);
    expect(checkEntry(entry(), { ...ctx, sharedItems, departmentCode: '91350100M000100Y43' }).map((i) => i.params?.provider)).toEqual(['本局']);
  });

  it('warns on duplicate item names in one entry', () => {
    const e = entry({ items: [{ name: '企业名称', type: 'C', length: '200' }, { name: '企业 名称', type: 'C', length: '100' }] });
    expect(found(e)).toEqual(['warning:duplicateItem@items.1.name']);
  });

  it('reports schema problems of an unparseable draft as errors', () => {
    const issues = checkDraft({ ...input, name: '', items: [{ name: 'x', type: 'Q' }] }, ctx);
    expect(issues.map((i) => `${i.severity}:${i.code}@${i.path}`)).toEqual(
      expect.arrayContaining(['error:validation.required@name', 'error:validation.enum@items.0.type']),
    );
    expect(checkDraft(null, ctx)[0]?.severity).toBe('error');
    expect(checkDraft({ ...input }, ctx)).toEqual([]);
  });
});
