import { describe, expect, it } from 'vitest';
import { getProfile } from '@shared/profiles';
import { cycleFields, issuesOfStep, stepOfPath } from './steps';

describe('wizard steps', () => {
  it('finds the step of a field path, items and nested paths included', () => {
    expect(stepOfPath('name')).toBe('what');
    expect(stepOfPath('classification.item')).toBe('what');
    expect(stepOfPath('items.3.length')).toBe('items');
    expect(stepOfPath('shareCondition')).toBe('sharing');
    expect(stepOfPath('openMethod')).toBe('opening');
    expect(stepOfPath('usageRequirements')).toBe('cycle');
    expect(stepOfPath('updateCycle')).toBe('cycle');
  });

  it('keeps only the issues of one step', () => {
    const issues = [
      { path: 'name', code: 'validation.required' },
      { path: 'items.0.name', code: 'validation.required' },
      { path: 'openCondition', code: 'validation.openConditionRequired' },
    ];
    expect(issuesOfStep(issues, 'items').map((i) => i.path)).toEqual(['items.0.name']);
    expect(issuesOfStep(issues, 'review')).toEqual([]);
  });

  it('offers the profile-required fields no other step shows', () => {
    const yichuan = cycleFields(getProfile('yichuan'));
    expect(yichuan.slice(0, 2)).toEqual(['responsibleParty', 'updateTimeLimit']);
    for (const f of getProfile('yichuan').requiredFields) {
      if (stepOfPath(f) === 'cycle') expect(yichuan).toContain(f);
      else expect(yichuan).not.toContain(f);
    }
    expect(cycleFields(getProfile('national'))).not.toContain('classification');
  });
});
