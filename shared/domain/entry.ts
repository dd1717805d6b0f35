import { z } from 'zod';
import {
  ALLOWED_SHARE_METHOD_TYPES,
  DATA_ITEM_TYPES,
  ENTRY_STATES,
  FORMAT_CLASSES,
  FORMAT_TYPES,
  OPEN_TYPES,
  RESOURCE_KINDS,
  SHARE_METHOD_CLASSES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  STRUCTURED_FORMATS,
  UPDATE_CYCLES,
} from './enums';
import { checkUscc } from '../ids/uscc';

/**
 * The catalogue entry model (DOMAIN §1.1–1.3). Field-level messages are i18n keys of
 * shared/i18n (`validation.*`), translated at the edge, so the renderer, the core and the CLI
 * report the same problem in the same words.
 */

const text = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'validation.required' });
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
/** An enumeration whose absence reads "required" and whose wrong value reads "choose from the list". */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined ? 'validation.required' : 'validation.enum') });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' });

export const dataItemSchema = z.object({
  name: requiredText(100),
  nameEn: optionalText(100),
  type: oneOf(DATA_ITEM_TYPES),
  /** Bytes of storage; numbers may carry a scale, as in `18,2`. */
  length: z
    .string()
    .trim()
    .regex(/^(\d{1,5}(,\d{1,2})?)?$/, { message: 'validation.itemLength' })
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  shareType: oneOf(SHARE_TYPES).optional(),
  shareCondition: optionalText(500),
  openType: oneOf(OPEN_TYPES).optional(),
  openCondition: optionalText(500),
});
export type DataItemInput = z.input<typeof dataItemSchema>;
export type DataItem = z.output<typeof dataItemSchema>;

const entryFields = z.object({
  name: requiredText(100),
  kind: oneOf(RESOURCE_KINDS).default('data'),
  provider: requiredText(100),
  providerUnit: optionalText(100),
  providerCode: optionalText(18),
  summary: requiredText(1000),
  formatClass: oneOf(FORMAT_CLASSES),
  formatType: requiredText(50),
  shareType: oneOf(SHARE_TYPES),
  shareCondition: optionalText(500),
  shareMethodClass: oneOf(SHARE_METHOD_CLASSES).optional(),
  shareMethodType: oneOf(SHARE_METHOD_TYPES).optional(),
  openType: oneOf(OPEN_TYPES),
  openCondition: optionalText(500),
  updateCycle: oneOf(UPDATE_CYCLES),
  publishedOn: isoDate.optional(),
  items: z.array(dataItemSchema).max(2000, { message: 'validation.tooMany' }).default([]),
});

type EntryFields = z.output<typeof entryFields>;

/** Cross-field rules of DOMAIN §1.1–1.3 that a form must enforce as the officer types. */
export function entryRules(e: EntryFields, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const types = FORMAT_TYPES[e.formatClass];
  if (types.length > 0 && !types.includes(e.formatType)) issue(['formatType'], 'validation.formatTypeMismatch');
  if (e.shareType !== 'unconditional' && !e.shareCondition) {
    issue(['shareCondition'], e.shareType === 'none' ? 'validation.legalBasisRequired' : 'validation.conditionRequired');
  }
  if (e.openType === 'conditional' && !e.openCondition) issue(['openCondition'], 'validation.openConditionRequired');
  if (e.shareMethodType && !ALLOWED_SHARE_METHOD_TYPES[e.formatClass].includes(e.shareMethodType)) {
    issue(['shareMethodType'], 'validation.shareMethodMismatch');
  }
  if (e.providerCode && checkUscc(e.providerCode)) issue(['providerCode'], 'validation.uscc');
  const structured = STRUCTURED_FORMATS.includes(e.formatClass);
  if (structured && e.kind === 'data' && e.items.length === 0) issue(['items'], 'validation.itemsRequired');
  e.items.forEach((item, i) => {
    if (structured && !item.length) issue(['items', i, 'length'], 'validation.required');
    const share = item.shareType ?? e.shareType;
    const open = item.openType ?? e.openType;
    if (share === 'none' && open !== 'none') issue(['items', i, 'openType'], 'validation.notSharedButOpen');
    if (item.shareType && item.shareType !== 'unconditional' && !item.shareCondition) {
      issue(['items', i, 'shareCondition'], 'validation.conditionRequired');
    }
  });
}

export const entryInputSchema = entryFields.superRefine(entryRules);
export type EntryInput = z.input<typeof entryInputSchema>;
export type EntryValues = z.output<typeof entryInputSchema>;

export const entrySchema = entryFields.extend({
  id: z.string(),
  code: z.string(),
  state: z.enum(ENTRY_STATES),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entry = z.output<typeof entrySchema>;

/** One row of the catalogue table: what the list shows, without data items. */
export const entrySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  formatClass: z.enum(FORMAT_CLASSES),
  formatType: z.string(),
  shareType: z.enum(SHARE_TYPES),
  updateCycle: z.enum(UPDATE_CYCLES),
  state: z.enum(ENTRY_STATES),
  itemCount: z.number().int(),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type EntrySummary = z.output<typeof entrySummarySchema>;
