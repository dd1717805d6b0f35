import type { FieldIssue } from '../../form/issues';
import type { JurisdictionProfile, RequiredField } from '@shared/profiles';

/** The wizard's steps in order (issue 3): what it is → data items → sharing → opening → cycle and responsibility → review. */
export const WIZARD_STEPS = ['what', 'items', 'sharing', 'opening', 'cycle', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** The top-level entry fields each step shows; a field not listed here belongs to `cycle`, the step of extra fields. */
const STEP_FIELDS: Record<Exclude<WizardStep, 'review' | 'cycle'>, readonly string[]> = {
  what: ['kind', 'name', 'nameEn', 'summary', 'classification', 'provider', 'providerCode', 'providerUnit', 'formatClass', 'formatType', 'code', 'codeConfirmed'],
  items: ['items'],
  sharing: ['shareType', 'shareCondition', 'shareMethodClass', 'shareMethodType'],
  opening: ['openType', 'openCondition', 'openMethod'],
};

/** The step that shows the field at `path` (`items.3.name` → items), so a problem can jump there. */
export function stepOfPath(path: string): WizardStep {
  const head = path.split('.')[0] ?? '';
  for (const [step, fields] of Object.entries(STEP_FIELDS)) if (fields.includes(head)) return step as WizardStep;
  return 'cycle';
}

/** The issues a step's fields have: "next" waits until they are fixed. */
export function issuesOfStep(issues: readonly FieldIssue[], step: WizardStep): FieldIssue[] {
  return step === 'review' ? [] : issues.filter((i) => stepOfPath(i.path) === step);
}

/** Fields the cycle step always offers: who answers for the resource and by when it is updated. */
const RESPONSIBILITY_FIELDS: readonly RequiredField[] = ['responsibleParty', 'updateTimeLimit'];

/**
 * The extra fields of the cycle step: the responsibility fields, then every field the profile
 * requires that no other step shows already (雨花 usage requirements, 伊川 security level…).
 */
export function cycleFields(profile: Pick<JurisdictionProfile, 'requiredFields'>): RequiredField[] {
  const extra = profile.requiredFields.filter((f) => stepOfPath(f) === 'cycle' && !RESPONSIBILITY_FIELDS.includes(f));
  return [...RESPONSIBILITY_FIELDS, ...extra];
}
