import { describe, expect, it } from 'vitest';
import { DEMAND_STATUSES, DEMAND_TRANSITIONS, canMoveDemand, demandInputSchema, demandNumber, isValidPhone } from './demand';
import { scoreMatch, similarity } from './demand-match';

const valid = {
  name: '常住人口信息',
  description: '办理低保审核时核对申请人户籍',
  items: ['姓名', '公民身份号码'],
  basisKind: 'law' as const,
  basisText: '《社会救助暂行办法》第十一条',
  scenario: '低保审核',
  contactName: '张三',
  contactPhone: '0379-6831 2345',
  proposedOn: '2026-03-02',
};

describe('demand schema', () => {
  it('accepts a complete demand and normalises codes and phones', () => {
    const d = demandInputSchema.parse({ ...valid, providerCode: ' 11410329mb0000001k ' });
    expect(d.providerCode).toBe('11410329MB0000001K');
    expect(d.contactPhone).toBe('037968312345');
  });

  it('reports each bad field with its code', () => {
    const r = demandInputSchema.safeParse({ ...valid, name: ' ', providerCode: '11410329MB0000001Y', contactPhone: '12345', items: ['姓名', '姓名'], proposedOn: '2026/3/2' });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    expect(issues).toEqual(expect.arrayContaining(['name validation.required', 'proposedOn validation.date']));
    const r2 = demandInputSchema.safeParse({ ...valid, providerCode: '11410329MB0000001Y', contactPhone: '12345', items: ['姓名', '姓名'] });
    expect(r2.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`).sort()).toEqual([
      'contactPhone validation.contactPhone',
      'items.1 validation.duplicateItem',
      'providerCode validation.uscc',
    ]);
  });

  it('knows mobiles and landlines with area codes', () => {
    for (const p of ['13812345678', '+86 138 1234 5678', '０３７９－６８３１２３４５', '010-12345678', '0379-68312345转8001']) expect(isValidPhone(p), p).toBe(true);
    for (const p of ['12812345678', '1381234567', '68312345', 'abc', '0379-123']) expect(isValidPhone(p), p).toBe(false);
  });

  it('numbers demands per year', () => {
    expect(demandNumber(2026, 7)).toBe('XQ-2026-0007');
  });
});

describe('demand status flow', () => {
  it('ends in satisfied, unsatisfiable or toCatalogue, reachable from pending', () => {
    const reach = new Set(['pending']);
    for (let i = 0; i < 5; i++) for (const s of [...reach]) for (const t of DEMAND_TRANSITIONS[s as keyof typeof DEMAND_TRANSITIONS]) reach.add(t);
    expect([...reach].sort()).toEqual([...DEMAND_STATUSES].sort());
    expect(DEMAND_TRANSITIONS.satisfied).toEqual([]);
    expect(canMoveDemand('pending', 'satisfied')).toBe(false);
    expect(canMoveDemand('requested', 'satisfied')).toBe(true);
    expect(canMoveDemand('unsatisfiable', 'pending')).toBe(false);
  });
});

describe('demand matching', () => {
  it('treats full-width, punctuation and spaces as the same name', () => {
    expect(similarity('人口 基础信息（）', '人口基础信息')).toBe(1);
    expect(similarity('ＡＢＣ', 'abc')).toBe(1);
    expect(similarity('人口基础信息', '法人登记信息')).toBeLessThan(0.2);
  });

  it('scores item overlap and names the items that matched', () => {
    const s = scoreMatch({ name: '人口信息', items: ['姓名', '身份证号', '住址'] }, { name: '人口基础信息', items: ['姓名', '身份证号码', '性别'] });
    expect(s.matches.map((m) => [m.needed, m.item, m.position])).toEqual([
      ['姓名', '姓名', 1],
      ['身份证号', '身份证号码', 2],
    ]);
    expect(s.missing).toEqual(['住址']);
    // name: {人口,口信,信息} vs {人口,口基,基础,础信,信息} = 2/6; items: (1 + 3/4 + 0) / 3.
    expect(s.nameScore).toBeCloseTo(2 / 6, 3);
    expect(s.itemScore).toBeCloseTo(1.75 / 3, 3);
    expect(s.score).toBeCloseTo(0.4 * (2 / 6) + 0.6 * (1.75 / 3), 3);
  });

  it('ranks the entry holding the needed items above a namesake without them', () => {
    const demand = { name: '企业登记信息', items: ['统一社会信用代码', '法定代表人', '注册资本'] };
    const good = scoreMatch(demand, { name: '市场主体登记信息', items: ['统一社会信用代码', '企业名称', '法定代表人姓名', '注册资本'] });
    const namesake = scoreMatch(demand, { name: '企业登记信息', items: ['企业名称', '登记日期'] });
    expect(good.score).toBeGreaterThan(namesake.score);
    expect(namesake.nameScore).toBe(1);
  });

  it('uses the name alone when no item is named', () => {
    expect(scoreMatch({ name: '人口基础信息', items: [] }, { name: '人口基础信息', items: ['姓名'] }).score).toBe(1);
  });
});
