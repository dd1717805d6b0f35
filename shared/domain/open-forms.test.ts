import { describe, expect, it } from 'vitest';
import { PROFILES } from '../profiles/index';
import { openFormIssues, openFormRule } from './open-forms';

describe('opening forms by profile', () => {
  it('雨花 allows all five forms on one entry; the others one', () => {
    expect(openFormRule(PROFILES.yuhua)).toEqual({ methods: ['authorisedUse', 'verification', 'query', 'desensitised', 'computedResult'], max: 5 });
    expect(openFormRule(PROFILES.lishui).max).toBe(1);
    expect(openFormIssues({ openType: 'conditional', openForms: ['query', 'verification', 'desensitised'] }, PROFILES.yuhua)).toEqual([]);
    expect(openFormIssues({ openType: 'conditional', openForms: ['query', 'verification'] }, PROFILES.lishui)).toEqual([
      { path: 'openForms.1', code: 'lists.validation.openFormsTooMany', params: { max: 1 } },
    ]);
  });

  it('refuses an unknown or repeated form at its field, and a conditional 雨花 entry without any', () => {
    expect(openFormIssues({ openType: 'conditional', openForms: ['query', 'lend', 'query'] }, PROFILES.yuhua, 'rows.2')).toEqual([
      { path: 'rows.2.openForms.1', code: 'lists.validation.openFormNotAllowed', params: { form: 'lend' } },
      { path: 'rows.2.openForms.2', code: 'lists.validation.openFormDuplicate', params: { form: 'query' } },
    ]);
    expect(openFormIssues({ openType: 'conditional', openForms: [] }, PROFILES.yuhua)).toEqual([{ path: 'openForms', code: 'lists.validation.openFormRequired' }]);
    expect(openFormIssues({ openType: 'unconditional', openForms: [] }, PROFILES.yuhua)).toEqual([]);
    expect(openFormIssues({ openType: 'conditional', openForms: [] }, PROFILES.lishui)).toEqual([]);
  });
});
