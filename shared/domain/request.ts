/**
 * A share request's fields as the officer fills them: what is
 * requested, why, on what legal basis, how, for how long and whom to call. Every one of them
 * travels in the platform's `request.create` with the sealed form, is stored by the platform and
 * reaches the provider and the reviewer; the sealed demand form prints them too.
 */
import { z } from 'zod';
import { tryParseDay } from '../calendar/date';
import { SHARE_METHOD_TYPES } from './enums';
import { DEMAND_BASIS_KINDS, isValidPhone, normalisePhone } from './demand';

const text = (max: number) => z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' });
// Nothing chosen is missing (必填) like every other empty field; a value off the list is another matter.
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined || iss.input === null || iss.input === '' ? 'validation.required' : 'validation.enum') });
const day = z.string().refine((v) => tryParseDay(v) !== undefined, { message: 'validation.requestInvalidDate' });

/**
 * The fields one by one, shared with the platform's `request.create` (shared/protocol/operations.ts)
 * and its stored request, so both sides hold the same set.
 */
export const requestFieldsShape = {
  /** Names of the data items wanted; empty = the whole entry. */
  items: z.array(z.string().trim().min(1).max(100)).max(2000).default([]),
  purpose: text(1000),
  scenario: text(1000),
  basisKind: oneOf(DEMAND_BASIS_KINDS),
  basisText: text(500),
  shareMethod: oneOf(SHARE_METHOD_TYPES),
  periodFrom: day,
  periodTo: day,
  contactName: text(50),
  contactPhone: text(40),
};
export type RequestFieldName = keyof typeof requestFieldsShape;

/** The checks across fields: the period's order, the phone, items named once. */
export function checkRequestFields(r: { items: string[]; periodFrom: string; periodTo: string; contactPhone: string }, ctx: z.RefinementCtx): void {
  const a = tryParseDay(r.periodFrom);
  const b = tryParseDay(r.periodTo);
  if (a !== undefined && b !== undefined && b < a) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.requestReversedPeriod' });
  if (r.contactPhone && !isValidPhone(r.contactPhone)) ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'validation.contactPhone' });
  const seen = new Set<string>();
  r.items.forEach((name, i) => {
    if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['items', i], message: 'validation.duplicateItem' });
    seen.add(name);
  });
}

export const requestFieldsSchema = z
  .strictObject(requestFieldsShape)
  .superRefine(checkRequestFields)
  .transform((r) => ({ ...r, contactPhone: normalisePhone(r.contactPhone) }));
/** Every field's name, from the schema itself. */
export const REQUEST_FIELD_NAMES = Object.keys(requestFieldsSchema.in.shape) as RequestFieldName[];
export type RequestFieldsInput = z.input<typeof requestFieldsSchema>;
export type RequestFields = z.output<typeof requestFieldsSchema>;

/** A provider's decision as the officer enters it; the reason's minimum length is the profile's. */
export function decisionInputSchema(minReason: number) {
  return z
    .strictObject({
      id: z.string().min(1),
      decision: z.enum(['approve', 'reject']),
      reason: z.string().trim().max(1000, { message: 'validation.tooLong' }).optional(),
      conditions: z.string().trim().max(1000, { message: 'validation.tooLong' }).optional(),
      desensitisation: z.string().trim().max(1000, { message: 'validation.tooLong' }).optional(),
      validUntil: day.optional(),
    })
    .superRefine((d, ctx) => {
      if (d.decision === 'reject' && (d.reason ?? '').length < minReason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: d.reason ? 'validation.requestReasonTooShort' : 'validation.requestReasonRequired' });
      }
    });
}
