import { z } from 'zod';
import { RESOURCE_KINDS } from '../domain/enums';
import { dateSchema, idSchema, queryInt, timestampSchema, withServerTime } from './common';
import {
  fieldCommentSchema,
  PLATFORM_ENTRY_STATES,
  PLATFORM_REQUEST_STATES,
  RULING_OUTCOMES,
  sharedEntrySchema,
  shareRequestSchema,
  submittedEntrySchema,
} from './records';

/** Reviewer endpoints (平台审核员): the catalogue review queue and unconditional requests. */

export const reviewIdParamsSchema = z.strictObject({ id: idSchema });

export const reviewEntriesQuerySchema = z.strictObject({
  state: z.enum(PLATFORM_ENTRY_STATES).default('submitted'),
  /** Only entries of this resource kind (data, or a non-data kind); every kind when absent. */
  kind: z.enum(RESOURCE_KINDS).optional(),
  offset: queryInt(0, 1_000_000).optional(),
  limit: queryInt(1, 500).optional(),
});
export const reviewEntriesResponseSchema = withServerTime({ total: z.number().int(), entries: z.array(submittedEntrySchema) });
export const reviewEntryResponseSchema = withServerTime({ entry: submittedEntrySchema });

/** `revision` is the one the reviewer read: a newer submission in between is a 409 CONFLICT. */
export const approveEntryRequestSchema = z.strictObject({ revision: z.number().int().min(1) });
export const approveEntryResponseSchema = withServerTime({ entry: sharedEntrySchema });

export const returnEntryRequestSchema = z.strictObject({
  revision: z.number().int().min(1),
  comments: z.array(fieldCommentSchema).min(1).max(500),
  note: z.string().trim().max(2000).optional(),
});
export const returnEntryResponseSchema = withServerTime({ entry: submittedEntrySchema });

// The request history the reviewer decides with in view: one event per step of a request, as the
// platform recorded it when the step happened.
export const REQUEST_EVENT_KINDS = [
  'submitted',
  'scenarioGranted',
  'approved',
  'rejected',
  'withdrawn',
  'delivered',
  'escalated',
  'statement',
  'ruledShare',
  'ruledRefusal',
  'renewalFiled',
  'revoked',
  'suspended',
  'suspensionLifted',
  'expired',
] as const;
export type RequestEventKind = (typeof REQUEST_EVENT_KINDS)[number];
export const REQUEST_EVENT_ACTORS = ['requester', 'provider', 'platform', 'authority'] as const;
export type RequestEventActor = (typeof REQUEST_EVENT_ACTORS)[number];

export const requestEventSchema = z.object({
  requestId: idSchema,
  kind: z.enum(REQUEST_EVENT_KINDS),
  by: z.enum(REQUEST_EVENT_ACTORS),
  /** The reason, statement, reasoning or scenario name the step carried, as written. */
  note: z.string().optional(),
  at: timestampSchema,
});
export type RequestEvent = z.output<typeof requestEventSchema>;

export const reviewRequestsQuerySchema = z.strictObject({
  state: z.enum(PLATFORM_REQUEST_STATES).default('platformCheck'),
  offset: queryInt(0, 1_000_000).optional(),
  limit: queryInt(1, 500).optional(),
});
/** `events`: the history of every listed request, oldest first (absent from platforms that keep none). */
export const reviewRequestsResponseSchema = withServerTime({ total: z.number().int(), requests: z.array(shareRequestSchema), events: z.array(requestEventSchema).optional() });

/** The platform's decision on an unconditional request (符合性审查, 3 working days). */
export const decideRequestRequestSchema = z
  .strictObject({
    revision: z.number().int().min(1),
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(1000).optional(),
  })
  .refine((d) => d.decision === 'approve' || !!d.reason, { path: ['reason'], message: 'protocol.validation.reasonRequired' });

/** Delivery configured (interface, tables or files): the authorisation is in force until `validUntil`. */
export const deliverRequestRequestSchema = z.strictObject({
  revision: z.number().int().min(1),
  note: z.string().trim().max(2000).optional(),
  validUntil: dateSchema.optional(),
});
/** The authority's ruling on an escalated request, with its reasoning; `revision` is the one the reviewer read. */
export const ruleRequestRequestSchema = z.strictObject({
  revision: z.number().int().min(1),
  outcome: z.enum(RULING_OUTCOMES),
  reasoning: z.string().trim().min(1).max(4000),
});
export const requestResponseSchema = withServerTime({ request: shareRequestSchema });

