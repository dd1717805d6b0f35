/**
 * A share request's fields as the officer fills them: what is
 * requested, why, on what legal basis, how, for how long and whom to call. The platform's
 * `request.create` carries the entry, items, purpose and the sealed form; the rest is printed on
 * the sealed demand form and kept locally.
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

export const requestFieldsSchema = z
  .strictObject({
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
  })
  .superRefine((r, ctx) => {
    const a = tryParseDay(r.periodFrom);
    const b = tryParseDay(r.periodTo);
    if (a !== undefined && b !== undefined && b < a) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.requestReversedPeriod' });
    if (r.contactPhone && !isValidPhone(r.contactPhone)) ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'validation.contactPhone' });
    const seen = new Set<string>();
    r.items.forEach((name, i) => {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['items', i], message: 'validation.duplicateItem' });
      seen.add(name);
    });
  })
  .transform((r) => ({ ...r, contactPhone: normalisePhone(r.contactPhone) }));
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
