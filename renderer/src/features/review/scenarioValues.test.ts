import { describe, expect, it } from 'vitest';
import { EMPTY_SCENARIO, scenarioIssues, toScenarioInput } from './scenarioValues';

const VALID = { name: '企业开办一件事', basis: '联办工作方案', resources: [{ entryId: 'e1', items: ['姓名'] }], departments: ['12320100671322000Q'], validFrom: '2026-03-01', validUntil: '2026-12-31' };

describe('the scenario form', () => {
  it('says 必填 at every empty field, each in the form’s own place', () => {
    const codes = Object.fromEntries(scenarioIssues(EMPTY_SCENARIO).map((i) => [i.path, i.code]));
    expect(codes).toEqual({
      name: 'validation.required',
      basis: 'validation.required',
      'resources.0.entryId': 'validation.required',
      departments: 'validation.required',
      validFrom: 'validation.required',
      validUntil: 'validation.required',
    });
  });

  it('tells a short credit code from a wrong check digit, at the departments field, and a reversed period at its end', () => {
    expect(scenarioIssues({ ...VALID, departments: ['1232010067'] })).toEqual([{ path: 'departments', code: 'validation.usccLength' }]);
    expect(scenarioIssues({ ...VALID, departments: ['12320100671322000A'] })).toEqual([{ path: 'departments', code: 'validation.uscc' }]);
    expect(scenarioIssues({ ...VALID, validUntil: '2026-02-01' })).toEqual([{ path: 'validUntil', code: 'validation.requestReversedPeriod' }]);
  });

  it('sends what the platform takes: trimmed text, codes in capitals, the whole entry when no item is chosen', () => {
    expect(scenarioIssues(VALID)).toEqual([]);
    expect(toScenarioInput({ ...VALID, name: ' 场景 ', departments: ['12320100671322000q'], resources: [{ entryId: 'e1', items: [] }] })).toEqual({
      ...VALID,
      name: '场景',
      departments: ['12320100671322000Q'],
      resources: [{ entryId: 'e1', items: [] }],
    });
  });
});
