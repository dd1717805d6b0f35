import type { FieldIssue } from '../../../form/issues';
import type { JurisdictionProfile } from '@shared/profiles';
import type { ExtraFieldName } from '../sections/extraFields';
import { KIND_FIELD_NAMES } from '@shared/domain/resource-kind';

/**
 * The wizard's steps in order: (the resource kind, where the profile has several) → what it is →
 * data items, or a non-data kind's own fields → sharing → opening → cycle and responsibility → review.
 */
export const WIZARD_STEPS = ['kind', 'what', 'items', 'sharing', 'opening', 'cycle', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
type FieldStep = Exclude<WizardStep, 'review'>;
type ExtrasStep = Exclude<FieldStep, 'items' | 'kind'>;

/** The steps a profile's officer walks: the kind comes first only where there is a choice (拱墅). */
export function wizardSteps(profile: Pick<JurisdictionProfile, 'resourceKinds'>): readonly WizardStep[] {
  return profile.resourceKinds.length > 1 ? WIZARD_STEPS : WIZARD_STEPS.filter((s) => s !== 'kind');
}

/** Fields of the cycle step that are always in view: who answers for the resource and by when it is updated. */
export const RESPONSIBILITY_FIELDS = ['responsibleParty', 'updateTimeLimit'] as const satisfies readonly ExtraFieldName[];

/** The top-level entry fields each step shows with its own controls (the what step folds the explicit code under "more"). */
const STEP_FIELDS: Record<FieldStep, readonly string[]> = {
  kind: ['kind'],
  what: ['name', 'nameEn', 'summary', 'classification', 'provider', 'providerCode', 'providerUnit', 'formatClass', 'formatType', 'code', 'codeConfirmed'],
  // A data resource's items, or a non-data resource's own fields, on the same step.
  items: ['items', ...KIND_FIELD_NAMES],
  sharing: ['shareType', 'shareCondition', 'shareMethodClass', 'shareMethodType'],
  opening: ['openType', 'openCondition', 'openMethod'],
  cycle: ['updateCycle', ...RESPONSIBILITY_FIELDS],
};

/**
 * The extension fields by the step whose subject they describe. The fields a profile
 * requires are in view; the others are folded under "more (optional)" so they do not burden the officer.
 */
const STEP_EXTRAS: Record<ExtrasStep, readonly ExtraFieldName[]> = {
  what: ['formatNote', 'theme', 'scenario', 'spatialScope', 'timeRange', 'businessMatter', 'sourceSystem', 'deploymentNetwork', 'verticalSystem', 'relatedCodes', 'storageGb', 'recordCount'],
  sharing: ['dockingMethod', 'dockingSystem', 'serviceAddress', 'sharedStorageGb', 'sharedRecordCount'],
  opening: ['onlineLink', 'openStorageGb', 'openRecordCount'],
  cycle: ['dataGrade', 'usageRequirements', 'publishedOn', 'syncMechanism', 'syncFrequency', 'physicalDelete', 'remarks'],
};

/** Every top-level field a step can show, its folded extensions included. */
export function fieldsOfStep(step: WizardStep): readonly string[] {
  if (step === 'review') return [];
  return [...STEP_FIELDS[step], ...(step === 'items' || step === 'kind' ? [] : STEP_EXTRAS[step])];
}

/** The step that shows the field at `path` (`items.3.name` → items), so a problem can jump there. */
export function stepOfPath(path: string): WizardStep {
  const head = path.split('.')[0] ?? '';
  return WIZARD_STEPS.find((s) => fieldsOfStep(s).includes(head)) ?? 'cycle';
}

/** Empty as a required field counts it: nothing chosen, only spaces typed, an empty list. */
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);

/**
 * The fields the profile requires that are still empty, as "required" at each field: a step
 * blocks on them as on the guideline's own required fields, with the same word (必填).
 */
export function profileRequiredIssues(values: Record<string, unknown>, profile: Pick<JurisdictionProfile, 'requiredFields'>): FieldIssue[] {
  return profile.requiredFields.filter((f) => isEmpty(values[f])).map((f) => ({ path: f, code: 'validation.required' }));
}

/** The issues a step's fields have: "next" waits until they are fixed. */
export function issuesOfStep(issues: readonly FieldIssue[], step: WizardStep): FieldIssue[] {
  return step === 'review' ? [] : issues.filter((i) => stepOfPath(i.path) === step);
}

/** A step's extensions: those the profile requires (in view) and the optional rest (folded). */
export function extrasOfStep(step: ExtrasStep, profile: Pick<JurisdictionProfile, 'requiredFields'>): { required: ExtraFieldName[]; optional: ExtraFieldName[] } {
  const isRequired = (f: ExtraFieldName) => (profile.requiredFields as readonly string[]).includes(f);
  return { required: STEP_EXTRAS[step].filter(isRequired), optional: STEP_EXTRAS[step].filter((f) => !isRequired(f)) };
}
