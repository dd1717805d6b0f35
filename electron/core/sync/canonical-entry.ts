import type { z } from 'zod';
import { CLASSIFICATION_SCHEMES } from '@shared/domain/classification';
import {
  DATA_GRADES,
  DATA_ITEM_TYPES,
  DEPLOYMENT_NETWORKS,
  DOCKING_METHODS,
  FORMAT_CLASSES,
  OPEN_METHODS,
  OPEN_TYPES,
  RESOURCE_KINDS,
  SCENARIOS,
  SHARE_METHOD_CLASSES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  SPATIAL_SCOPES,
  SYNC_MECHANISMS,
  THEMES,
  UPDATE_CYCLES,
} from '@shared/domain/enums';
import type { dataItemSchema } from '@shared/domain/entry';
import type { classificationSchema } from '@shared/domain/classification';
import type { sharedEntrySchema } from '@shared/protocol/index';

/**
 * Whether zod would return a shared entry exactly as it is: every key known, every text already
 * trimmed and within its limit, optional texts not empty (zod turns '' into `undefined`), defaults
 * present, codes from their lists. The tables are typed by the schemas' keys, so a field added to
 * a schema does not compile until it is checked here. `false` only means "let zod decide".
 */

type Check = (v: unknown) => boolean;

const text = (max: number, min = 1): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max && v.trim() === v;
const optionalText = (max: number): Check => (v) => v === undefined || text(max)(v);
/** A string zod does not trim. */
const raw = (max: number, min = 0): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max;
const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (v) => set.has(v);
};
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const bool: Check = (v) => v === undefined || typeof v === 'boolean';
const amount: Check = (v) => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const pattern = (re: RegExp): Check => (v) => typeof v === 'string' && re.test(v);

function checkAll<K extends string>(checks: Record<K, Check>, value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  // Keys zod requires (a missing one it would refuse or fill in) are checked whether present or not.
  for (const key of Object.keys(checks) as K[]) if (!checks[key](record[key])) return false;
  // Own keys of the table only: `__proto__` in a JSON text is an ordinary key, and not one of these.
  for (const key of Object.keys(record)) if (!Object.hasOwn(checks, key)) return false;
  return true;
}

const CLASSIFICATION: Record<keyof z.input<typeof classificationSchema>, Check> = {
  scheme: oneOf(CLASSIFICATION_SCHEMES),
  category: pattern(/^[0-9A-Z]{1,2}$/),
  item: optional(pattern(/^\d{2}$/)),
  section: optional(pattern(/^\d{3}$/)),
  detail: optional(pattern(/^[0-9A-Z]{1,12}$/)),
};

const ITEM: Record<keyof z.input<typeof dataItemSchema>, Check> = {
  name: text(100),
  nameEn: optionalText(100),
  type: oneOf(DATA_ITEM_TYPES),
  length: optional(pattern(/^\d{1,5}(,\d{1,2})?$/)),
  shareType: optional(oneOf(SHARE_TYPES)),
  shareCondition: optionalText(500),
  openType: optional(oneOf(OPEN_TYPES)),
  openCondition: optionalText(500),
  sensitive: bool,
  desensitisation: optionalText(200),
  isKey: bool,
};

const relatedCode = text(64);

const ENTRY: Record<keyof z.input<typeof sharedEntrySchema>, Check> = {
  id: raw(64, 1),
  revision: (v) => Number.isSafeInteger(v) && (v as number) >= 1,
  code: raw(Number.POSITIVE_INFINITY),
  departmentCode: raw(18, 1),
  departmentName: raw(100),
  publishedAt: raw(40, 1),
  name: text(100),
  kind: oneOf(RESOURCE_KINDS),
  provider: text(100),
  providerUnit: optionalText(100),
  providerCode: optionalText(18),
  summary: text(1000),
  formatClass: oneOf(FORMAT_CLASSES),
  formatType: text(50),
  shareType: oneOf(SHARE_TYPES),
  shareCondition: optionalText(500),
  shareMethodClass: optional(oneOf(SHARE_METHOD_CLASSES)),
  shareMethodType: optional(oneOf(SHARE_METHOD_TYPES)),
  openType: oneOf(OPEN_TYPES),
  openCondition: optionalText(500),
  updateCycle: oneOf(UPDATE_CYCLES),
  publishedOn: optional(pattern(/^\d{4}-\d{2}-\d{2}$/)),
  items: (v) => Array.isArray(v) && v.length <= 2000 && v.every(isCanonicalItem),
  nameEn: optionalText(200),
  classification: (v) => v === undefined || checkAll(CLASSIFICATION, v),
  codeConfirmed: bool,
  relatedCodes: (v) => v === undefined || (Array.isArray(v) && v.length <= 100 && v.every(relatedCode)),
  formatNote: optionalText(200),
  sourceSystem: optionalText(100),
  deploymentNetwork: optional(oneOf(DEPLOYMENT_NETWORKS)),
  verticalSystem: bool,
  businessMatter: optionalText(200),
  storageGb: amount,
  recordCount: amount,
  sharedStorageGb: amount,
  sharedRecordCount: amount,
  openStorageGb: amount,
  openRecordCount: amount,
  serviceAddress: optionalText(500),
  onlineLink: optionalText(500),
  theme: optional(oneOf(THEMES)),
  scenario: optional(oneOf(SCENARIOS)),
  spatialScope: optional(oneOf(SPATIAL_SCOPES)),
  timeRange: optionalText(100),
  dataGrade: optional(oneOf(DATA_GRADES)),
  syncMechanism: optional(oneOf(SYNC_MECHANISMS)),
  syncFrequency: optionalText(50),
  physicalDelete: bool,
  usageRequirements: optionalText(500),
  responsibleParty: optionalText(100),
  updateTimeLimit: optionalText(100),
  dockingMethod: optional(oneOf(DOCKING_METHODS)),
  dockingSystem: optionalText(200),
  openMethod: optional(oneOf(OPEN_METHODS)),
  remarks: optionalText(1000),
};

export function isCanonicalItem(item: unknown): boolean {
  return checkAll(ITEM, item);
}

export function isCanonicalSharedEntry(entry: unknown): boolean {
  return checkAll(ENTRY, entry);
}
