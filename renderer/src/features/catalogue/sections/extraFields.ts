import type { RequiredField } from '@shared/profiles';

/**
 * The extension fields (metadata beyond the 13 core elements) the entry editor groups in its own sections, in form
 * order. The wizard shows the same fields through the same control (ExtraField).
 */
export const GRADING_FIELDS = ['classification', 'dataGrade', 'usageRequirements', 'responsibleParty', 'updateTimeLimit'] as const;
export const EXTENSION_FIELDS = [
  'publishedOn',
  'sourceSystem',
  'deploymentNetwork',
  'verticalSystem',
  'businessMatter',
  'theme',
  'scenario',
  'spatialScope',
  'timeRange',
  'syncMechanism',
  'syncFrequency',
  'physicalDelete',
  'dockingMethod',
  'dockingSystem',
  'serviceAddress',
  'onlineLink',
  'relatedCodes',
  'storageGb',
  'recordCount',
  'sharedStorageGb',
  'sharedRecordCount',
  'openStorageGb',
  'openRecordCount',
  'remarks',
] as const;

/** Extras the editor shows beside the core fields they belong to. */
type InlineExtra = 'nameEn' | 'codeConfirmed' | 'formatNote';
export type ExtraFieldName = RequiredField | (typeof GRADING_FIELDS)[number] | (typeof EXTENSION_FIELDS)[number] | InlineExtra;

/** How each extra field is edited; a field not listed is a one-line text. */
export type ExtraControl = 'choice' | 'classification' | 'longText' | 'date' | 'switch' | 'amount' | 'codes';
const CONTROLS: Partial<Record<ExtraFieldName, ExtraControl>> = {
  classification: 'classification',
  dataGrade: 'choice',
  deploymentNetwork: 'choice',
  theme: 'choice',
  scenario: 'choice',
  spatialScope: 'choice',
  syncMechanism: 'choice',
  dockingMethod: 'choice',
  usageRequirements: 'longText',
  remarks: 'longText',
  publishedOn: 'date',
  verticalSystem: 'switch',
  physicalDelete: 'switch',
  codeConfirmed: 'switch',
  storageGb: 'amount',
  recordCount: 'amount',
  sharedStorageGb: 'amount',
  sharedRecordCount: 'amount',
  openStorageGb: 'amount',
  openRecordCount: 'amount',
  relatedCodes: 'codes',
};
export const controlOf = (field: ExtraFieldName): ExtraControl | 'text' => CONTROLS[field] ?? 'text';

/** Entry fields the sections render with their own controls (basics, format, sharing, items). */
export const CORE_FIELDS = [
  'kind',
  'name',
  'code',
  'provider',
  'providerCode',
  'providerUnit',
  'summary',
  'formatClass',
  'formatType',
  'updateCycle',
  'shareType',
  'shareCondition',
  'shareMethodClass',
  'shareMethodType',
  'openType',
  'openCondition',
  'openMethod',
  'items',
] as const;
