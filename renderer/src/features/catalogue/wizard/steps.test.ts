import { describe, expect, it } from 'vitest';
import { entryInputSchema } from '@shared/domain/entry';
import { getProfile, PROFILES, REQUIRABLE_FIELDS } from '@shared/profiles';
import { extrasOfStep, fieldsOfStep, issuesOfStep, profileRequiredIssues, stepOfPath, WIZARD_STEPS, wizardSteps } from './steps';

describe('wizard steps', () => {
  it('finds the step of a field path, items and nested paths included', () => {
    expect(stepOfPath('name')).toBe('what');
    expect(stepOfPath('nameEn')).toBe('what');
    expect(stepOfPath('code')).toBe('what');
    expect(stepOfPath('classification.item')).toBe('what');
    expect(stepOfPath('relatedCodes.2')).toBe('what');
    expect(stepOfPath('items.3.length')).toBe('items');
    expect(stepOfPath('items.3.desensitisation')).toBe('items');
    expect(stepOfPath('shareCondition')).toBe('sharing');
    expect(stepOfPath('sharedRecordCount')).toBe('sharing');
    expect(stepOfPath('openMethod')).toBe('opening');
    expect(stepOfPath('onlineLink')).toBe('opening');
    expect(stepOfPath('usageRequirements')).toBe('cycle');
    expect(stepOfPath('updateCycle')).toBe('cycle');
    expect(stepOfPath('kind')).toBe('kind');
    // A non-data kind's own fields are where a data resource's items are.
    expect(stepOfPath('appUrl')).toBe('items');
    expect(stepOfPath('deviceCount')).toBe('items');
  });

  it('asks for the kind first only where the profile has more than one', () => {
    expect(wizardSteps(getProfile('gongshu'))[0]).toBe('kind');
    expect(wizardSteps(getProfile('yichuan'))).toEqual(['what', 'items', 'sharing', 'opening', 'cycle', 'review']);
  });

  // A validation issue or quality finding can name any field of an entry: the wizard must show it, on the step its path leads to.
  it('shows every field of the entry schema on exactly one step, the step of its path', () => {
    const shown = WIZARD_STEPS.flatMap((s) => fieldsOfStep(s));
    expect([...shown].sort()).toEqual(Object.keys(entryInputSchema.shape).sort());
    for (const s of WIZARD_STEPS) for (const f of fieldsOfStep(s)) expect(stepOfPath(f), f).toBe(s);
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

  it('puts the extensions a profile requires in view and folds the rest', () => {
    const yichuan = getProfile('yichuan');
    expect(extrasOfStep('cycle', yichuan).required).toEqual(['dataGrade', 'usageRequirements']);
    expect(extrasOfStep('cycle', getProfile('national')).required).toEqual([]);
    expect(extrasOfStep('cycle', getProfile('national')).optional).toContain('dataGrade');
    for (const profile of Object.values(PROFILES)) {
      for (const step of ['what', 'sharing', 'opening', 'cycle'] as const) {
        const { required, optional } = extrasOfStep(step, profile);
        for (const f of required) expect(profile.requiredFields).toContain(f);
        for (const f of optional) expect(profile.requiredFields).not.toContain(f);
      }
    }
  });

  it('counts an empty field the profile requires as required, on the step that shows it', () => {
    const yichuan = getProfile('yichuan');
    const issues = profileRequiredIssues({ classification: undefined, dataGrade: undefined, usageRequirements: '  ' }, yichuan);
    expect(issues).toEqual([
      { path: 'classification', code: 'validation.required' },
      { path: 'dataGrade', code: 'validation.required' },
      { path: 'usageRequirements', code: 'validation.required' },
    ]);
    expect(issuesOfStep(issues, 'what').map((i) => i.path)).toEqual(['classification']);
    expect(issuesOfStep(issues, 'cycle').map((i) => i.path)).toEqual(['dataGrade', 'usageRequirements']);
    expect(profileRequiredIssues({ classification: { scheme: 'national1272', category: '1' }, dataGrade: 'general', usageRequirements: '仅用于核验' }, yichuan)).toEqual([]);
    expect(profileRequiredIssues({}, getProfile('national')).map((i) => i.path)).toEqual(['classification', 'shareMethodClass', 'shareMethodType']);
  });

  it('has a step for every field a profile can require', () => {
    for (const f of REQUIRABLE_FIELDS) expect(fieldsOfStep(stepOfPath(f))).toContain(f);
  });
});
