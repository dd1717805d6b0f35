import { OPEN_METHODS, type OpenMethod, type OpenType } from './enums';
import type { JurisdictionProfile } from '../profiles/types';

/**
 * Opening forms of the open-data catalogue (开放目录, 《丽水市公共数据资源管理办法》第二十一条;
 * 《长沙市雨花区政务数据资源管理暂行办法》第二十条): how an open entry is opened. 雨花 allows several
 * forms per entry; other profiles one, or what their profile configures. The core and the platform
 * check with this one function, so both refuse the same form at the same field.
 */
export function openFormRule(profile: JurisdictionProfile): { methods: readonly OpenMethod[]; max: number } {
  return profile.openForms ?? { methods: OPEN_METHODS, max: 1 };
}

/** An entry whose open type puts it in the open-data catalogue. */
export const isOpenType = (t: OpenType | undefined): t is 'unconditional' | 'conditional' => t === 'unconditional' || t === 'conditional';

export interface OpenFormIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * The problems of one entry's forms under `profile`, each at its field (`<prefix>.openForms.<i>`):
 * a form the profile does not allow, a form named twice, more forms than the profile allows, and
 * none on a conditional entry where the profile requires the form.
 */
export function openFormIssues(
  row: { openType: OpenType; openForms: readonly string[] },
  profile: JurisdictionProfile,
  prefix = '',
): OpenFormIssue[] {
  const rule = openFormRule(profile);
  const at = (tail: string) => (prefix ? `${prefix}.${tail}` : tail);
  const issues: OpenFormIssue[] = [];
  const seen = new Set<string>();
  row.openForms.forEach((form, i) => {
    if (!(rule.methods as readonly string[]).includes(form)) issues.push({ path: at(`openForms.${i}`), code: 'lists.validation.openFormNotAllowed', params: { form } });
    else if (seen.has(form)) issues.push({ path: at(`openForms.${i}`), code: 'lists.validation.openFormDuplicate', params: { form } });
    else if (seen.size >= rule.max) issues.push({ path: at(`openForms.${i}`), code: 'lists.validation.openFormsTooMany', params: { max: rule.max } });
    seen.add(form);
  });
  if (profile.requiresOpenMethod && row.openType === 'conditional' && row.openForms.length === 0) issues.push({ path: at('openForms'), code: 'lists.validation.openFormRequired' });
  return issues;
}
