/**
 * A fast path for `entryInputSchema` on imported entries: the output zod would give, when zod
 * would accept the input as it is (every text already trimmed, within its limit and not empty,
 * codes from their lists) and the entry's cross-field rules (`entryRules`) pass. `undefined` only
 * means "let zod decide": every refusal, and every value zod would change, goes through zod, so
 * issues and their paths are zod's own. The tables must name every key of their schema, so a field
 * added to a schema does not compile until it is checked here.
 */
import type { z } from 'zod';
import { CLASSIFICATION_SCHEMES, classificationSchema } from '../domain/classification';
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
} from '../domain/enums';
import { dataItemSchema, entryInputSchema, entryRules, type EntryValues } from '../domain/entry';

/** Whether zod returns `v` as it is (absence is the field's business, not the check's). */
type Check = (v: unknown) => boolean;

const text = (max: number): Check => (v) => typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v;
const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (v) => set.has(v);
};
const bool: Check = (v) => typeof v === 'boolean';
const amount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const pattern = (re: RegExp): Check => (v) => typeof v === 'string' && re.test(v);

/** Marks a value zod might refuse or change. */
const NO = Symbol('zod decides');

/**
 * A field: its output for a present value (or NO), and what zod does when it is absent or
 * undefined: refuse it, leave it out, or fill in a default.
 */
interface Field {
  read: (v: unknown) => unknown;
  absent: 'required' | 'optional' | (() => unknown);
}
const same = (check: Check) => (v: unknown) => (check(v) ? v : NO);
const required = (check: Check): Field => ({ read: same(check), absent: 'required' });
const optional = (check: Check): Field => ({ read: same(check), absent: 'optional' });

type Table = readonly (readonly [string, Field])[];

/** A table as a list in the schema's own key order, which is the order of zod's output. */
const inSchemaOrder = <K extends string>(shape: Record<K, unknown>, fields: Record<K, Field>): Table => (Object.keys(shape) as K[]).map((k) => [k, fields[k]] as const);

/**
 * zod's output of an object schema: a key is in it when it is in the input (`undefined`
 * included) or has a default. NO when zod might answer otherwise.
 */
function canonical(table: Table, value: unknown): Record<string, unknown> | typeof NO {
  if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return NO;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let known = 0;
  for (const [key, { read, absent }] of table) {
    // Object.prototype has none of these keys: a defined value is an own one.
    const v = input[key];
    if (v === undefined) {
      const present = Object.hasOwn(input, key);
      if (present) known++;
      if (typeof absent === 'function') out[key] = absent();
      else if (absent === 'required') return NO;
      else if (present) out[key] = undefined;
      continue;
    }
    known++;
    const r = read(v);
    if (r === NO) return NO;
    out[key] = r;
  }
  // zod drops unknown keys (`__proto__` from JSON would be one): leave them to it.
  return Object.keys(input).length === known ? out : NO;
}

/** Each element through `read`, into a new array; NO for a hole, a longer array or any NO. */
const list = (max: number, read: (v: unknown) => unknown) => (v: unknown) => {
  if (!Array.isArray(v) || v.length > max) return NO;
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    const r = Object.hasOwn(v, i) ? read(v[i]) : NO;
    if (r === NO) return NO;
    out.push(r);
  }
  return out;
};

const CLASSIFICATION = inSchemaOrder(classificationSchema.shape, {
  scheme: required(oneOf(CLASSIFICATION_SCHEMES)),
  category: required(pattern(/^[0-9A-Z]{1,2}$/)),
  item: optional(pattern(/^\d{2}$/)),
  section: optional(pattern(/^\d{3}$/)),
  detail: optional(pattern(/^[0-9A-Z]{1,12}$/)),
} satisfies Record<keyof z.input<typeof classificationSchema>, Field>);

const ITEM = inSchemaOrder(dataItemSchema.shape, {
  name: required(text(100)),
  nameEn: optional(text(100)),
  type: required(oneOf(DATA_ITEM_TYPES)),
  length: optional(pattern(/^\d{1,5}(,\d{1,2})?$/)),
  shareType: optional(oneOf(SHARE_TYPES)),
  shareCondition: optional(text(500)),
  openType: optional(oneOf(OPEN_TYPES)),
  openCondition: optional(text(500)),
  sensitive: optional(bool),
  desensitisation: optional(text(200)),
  isKey: optional(bool),
} satisfies Record<keyof z.input<typeof dataItemSchema>, Field>);

const ENTRY = inSchemaOrder(entryInputSchema.shape, {
  name: required(text(100)),
  kind: { read: same(oneOf(RESOURCE_KINDS)), absent: () => 'data' },
  provider: required(text(100)),
  providerUnit: optional(text(100)),
  providerCode: optional(text(18)),
  summary: required(text(1000)),
  formatClass: required(oneOf(FORMAT_CLASSES)),
  formatType: required(text(50)),
  shareType: required(oneOf(SHARE_TYPES)),
  shareCondition: optional(text(500)),
  shareMethodClass: optional(oneOf(SHARE_METHOD_CLASSES)),
  shareMethodType: optional(oneOf(SHARE_METHOD_TYPES)),
  openType: required(oneOf(OPEN_TYPES)),
  openCondition: optional(text(500)),
  updateCycle: required(oneOf(UPDATE_CYCLES)),
  publishedOn: optional(pattern(/^\d{4}-\d{2}-\d{2}$/)),
  items: { read: list(2000, (v) => canonical(ITEM, v)), absent: () => [] },
  nameEn: optional(text(200)),
  classification: { read: (v) => canonical(CLASSIFICATION, v), absent: 'optional' },
  code: optional(text(64)),
  codeConfirmed: optional(bool),
  relatedCodes: { read: list(100, same(text(64))), absent: 'optional' },
  formatNote: optional(text(200)),
  sourceSystem: optional(text(100)),
  deploymentNetwork: optional(oneOf(DEPLOYMENT_NETWORKS)),
  verticalSystem: optional(bool),
  businessMatter: optional(text(200)),
  storageGb: optional(amount),
  recordCount: optional(amount),
  sharedStorageGb: optional(amount),
  sharedRecordCount: optional(amount),
  openStorageGb: optional(amount),
  openRecordCount: optional(amount),
  serviceAddress: optional(text(500)),
  onlineLink: optional(text(500)),
  theme: optional(oneOf(THEMES)),
  scenario: optional(oneOf(SCENARIOS)),
  spatialScope: optional(oneOf(SPATIAL_SCOPES)),
  timeRange: optional(text(100)),
  dataGrade: optional(oneOf(DATA_GRADES)),
  syncMechanism: optional(oneOf(SYNC_MECHANISMS)),
  syncFrequency: optional(text(50)),
  physicalDelete: optional(bool),
  usageRequirements: optional(text(500)),
  responsibleParty: optional(text(100)),
  updateTimeLimit: optional(text(100)),
  dockingMethod: optional(oneOf(DOCKING_METHODS)),
  dockingSystem: optional(text(200)),
  openMethod: optional(oneOf(OPEN_METHODS)),
  remarks: optional(text(1000)),
} satisfies Record<keyof z.input<typeof entryInputSchema>, Field>);

/**
 * `entryInputSchema.parse(input)` when zod would accept `input` without changing a value;
 * otherwise `undefined` (run zod). Arrays and objects of the output are new, as zod's are.
 */
export function canonicalEntryValues(input: unknown): EntryValues | undefined {
  const out = canonical(ENTRY, input);
  if (out === NO) return undefined;
  // zod runs the cross-field rules on its output: any issue, or a rule this context cannot serve, is zod's to report.
  let refused = false;
  const ctx = { addIssue: () => void (refused = true) } as unknown as z.RefinementCtx;
  try {
    entryRules(out as Parameters<typeof entryRules>[0], ctx);
  } catch {
    return undefined;
  }
  return refused ? undefined : (out as EntryValues);
}
