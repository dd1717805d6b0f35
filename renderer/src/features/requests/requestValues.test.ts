import { describe, expect, it } from 'vitest';
import { newRequestValues, requestIssues } from './requestValues';

describe('request form values', () => {
  it('a new request starts with the basket items, what a demand says and a year of use', () => {
    const v = newRequestValues('2026-03-02', ['姓名'], { description: '低保审核', basisKind: 'duty', basisText: '三定方案', shareMethod: 'interface', contactName: '李四', contactPhone: '0379-68312345' });
    expect(v).toMatchObject({ items: ['姓名'], purpose: '低保审核', basisKind: 'duty', shareMethod: 'interface', periodFrom: '2026-03-02', periodTo: '2027-03-02' });
    expect(requestIssues({ ...v, scenario: '最低生活保障审核' })).toEqual([]);
  });

  it('a period starting on 29 February ends on the 28th of the next year', () => {
    expect(newRequestValues('2028-02-29', []).periodTo).toBe('2029-02-28');
  });

  it('says at the field what is missing or malformed, with the core codes', () => {
    const byPath = new Map(requestIssues({ ...newRequestValues('2026-03-02', []), periodFrom: '2026-02-30' }).map((i) => [i.path, i.code]));
    expect(byPath.get('purpose')).toBe('validation.required');
    // An empty choice is missing like every other empty field, not "not on the list".
    expect(byPath.get('shareMethod')).toBe('validation.required');
    expect(byPath.get('periodFrom')).toBe('validation.requestInvalidDate');
  });

  it('once the fields are there: a reversed period and a bad phone', () => {
    const filled = newRequestValues('2026-03-02', [], { description: '核验', scenario: '审核', basisText: '第十条', shareMethod: 'file', contactName: '李四', contactPhone: '0379-68312345' });
    const byPath = new Map(requestIssues({ ...filled, periodTo: '2026-03-01', contactPhone: '123' }).map((i) => [i.path, i.code]));
    expect(byPath.get('periodTo')).toBe('validation.requestReversedPeriod');
    expect(byPath.get('contactPhone')).toBe('validation.contactPhone');
  });
});
