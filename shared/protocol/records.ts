import { z } from 'zod';
import { SHARE_TYPES } from '../domain/enums';
import { entryInputSchema } from '../domain/entry';
import { requestFieldsShape } from '../domain/request';
import { OBJECTION_ANSWERS, type ObjectionState } from '../domain/objection-states';
import { DEADLINE_STEPS } from '../profiles/deadlines';
import { dateSchema, departmentCodeSchema, idSchema, sha256Schema, timestampSchema } from './common';
import { scenarioGrantSchema, seasonalUseSchema, suspensionSchema } from './authorisations';

/**
 * The records the platform sends back: published shared-catalogue entries, review results,
 * share requests and objections as the platform holds them. Clients store them as they come.
 */

/**
 * A published shared-catalogue entry is the shared catalogue's own model
 * (shared/domain/shared-entry.ts): the feed carries it as the client caches it.
 */
export { sharedEntrySchema, type SharedEntry } from '../domain/shared-entry';

/** The entry as a department submitted it for review (the reviewer's queue). */
export const PLATFORM_ENTRY_STATES = ['submitted', 'returned', 'published', 'retired'] as const;
export type PlatformEntryState = (typeof PLATFORM_ENTRY_STATES)[number];

export const submittedEntrySchema = z.object({
  id: idSchema,
  code: z.string(),
  revision: z.number().int().min(1),
  state: z.enum(PLATFORM_ENTRY_STATES),
  departmentCode: departmentCodeSchema,
  departmentName: z.string(),
  submittedAt: timestampSchema,
  /** The date by which the platform must review it (working days, server-computed). */
  reviewDueDate: dateSchema.optional(),
  entry: entryInputSchema,
});
export type SubmittedEntry = z.output<typeof submittedEntrySchema>;

/** A reviewer's comment on one field of an entry; `field` is a dotted path (`items.2.length`). */
export const fieldCommentSchema = z.strictObject({
  field: z.string().min(1).max(200),
  comment: z.string().trim().min(1).max(1000),
});
export type FieldComment = z.output<typeof fieldCommentSchema>;

export const reviewResultSchema = z.object({
  entryId: idSchema,
  /** The revision that was reviewed; the next submission is based on it. */
  revision: z.number().int().min(1),
  result: z.enum(['approved', 'returned']),
  comments: z.array(fieldCommentSchema),
  note: z.string().optional(),
  reviewedAt: timestampSchema,
});
export type ReviewResult = z.output<typeof reviewResultSchema>;

/** Share request states as the platform holds them (from `submitted` on; ../domain/request-states.ts). */
export const PLATFORM_REQUEST_STATES = [
  'platformCheck',
  'providerReview',
  'approved',
  'rejected',
  'active',
  'renewalRequested',
  'expired',
  'revoked',
  'withdrawn',
  /** Escalated by the requester to the coordinating office (松江 争议协调). */
  'escalated',
] as const;
export type PlatformRequestState = (typeof PLATFORM_REQUEST_STATES)[number];

export const decisionSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().optional(),
  /** `provider` for conditional requests, `platform` for unconditional ones. */
  by: z.enum(['provider', 'platform']),
  decidedAt: timestampSchema,
  /** True when the decision came after its deadline: recorded, not refused: no regulation voids a late decision. */
  overdue: z.boolean(),
});
export type Decision = z.output<typeof decisionSchema>;

/** How approved data reaches the requester: an interface, a database view, or files. */
export const DELIVERY_METHODS = ['interface', 'databaseView', 'file'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
/** The detail each method must name for the requester to reach the data. */
export const DELIVERY_DETAIL = { interface: 'url', databaseView: 'viewName', file: 'location' } as const satisfies Record<DeliveryMethod, string>;
const DETAIL_FIELDS = ['url', 'viewName', 'location'] as const;

/** What the provider records when it delivers (`request.deliver`, the `requests.deliver` channel). */
export const DELIVERY_FIELDS = {
  method: z.enum(DELIVERY_METHODS),
  /** interface: the address the requester calls. */
  url: z
    .string()
    .trim()
    .max(2000, { message: 'validation.tooLong' })
    .regex(/^https?:\/\/[^\s/]+\S*$/, { message: 'validation.deliveryUrl' })
    .optional(),
  /** databaseView: the view granted to the requester, and where it is (database or schema). */
  viewName: z.string().trim().min(1).max(128, { message: 'validation.tooLong' }).optional(),
  database: z.string().trim().min(1).max(200, { message: 'validation.tooLong' }).optional(),
  /** file: where the files are put (shared folder, exchange box, …). */
  location: z.string().trim().min(1).max(1000, { message: 'validation.tooLong' }).optional(),
  /** What else the requester needs: how to get an account or key, hours, a contact. */
  note: z.string().trim().min(1).max(2000, { message: 'validation.tooLong' }).optional(),
};

/** The method's own detail is required; another method's detail is refused rather than kept unseen. */
export function checkDelivery(d: { method: DeliveryMethod } & Partial<Record<(typeof DETAIL_FIELDS)[number] | 'database', string>>, ctx: z.RefinementCtx): void {
  const own = DELIVERY_DETAIL[d.method];
  if (!d[own]) ctx.addIssue({ code: 'custom', path: [own], message: 'validation.deliveryDetailRequired' });
  for (const f of DETAIL_FIELDS) if (f !== own && d[f] !== undefined) ctx.addIssue({ code: 'custom', path: [f], message: 'validation.deliveryDetailMismatch' });
  if (d.method !== 'databaseView' && d.database !== undefined) ctx.addIssue({ code: 'custom', path: ['database'], message: 'validation.deliveryDetailMismatch' });
}

export const deliveryDetailsSchema = z.strictObject(DELIVERY_FIELDS).superRefine(checkDelivery);
export type DeliveryDetails = z.output<typeof deliveryDetailsSchema>;

/** A delivery as the platform holds it. */
export const deliverySchema = z.object({
  method: z.enum(DELIVERY_METHODS),
  url: z.string().optional(),
  viewName: z.string().optional(),
  database: z.string().optional(),
  location: z.string().optional(),
  note: z.string().optional(),
  deliveredAt: timestampSchema,
  /** True when recorded after the delivery step's due date: recorded, not refused. */
  overdue: z.boolean().optional(),
});
export type Delivery = z.output<typeof deliverySchema>;

/** The authority's ruling on a dispute: the provider's refusal stands, or the provider is to share. */
export const RULING_OUTCOMES = ['upholdRefusal', 'orderShare'] as const;
export type RulingOutcome = (typeof RULING_OUTCOMES)[number];

export const rulingSchema = z.object({
  outcome: z.enum(RULING_OUTCOMES),
  reasoning: z.string(),
  ruledAt: timestampSchema,
  /** True when the ruling came after its deadline (recorded, not refused). */
  overdue: z.boolean(),
});
export type Ruling = z.output<typeof rulingSchema>;

export const shareRequestSchema = z.object({
  id: idSchema,
  revision: z.number().int().min(1),
  state: z.enum(PLATFORM_REQUEST_STATES),
  entryId: idSchema,
  entryName: z.string(),
  shareType: z.enum(SHARE_TYPES),
  requesterCode: departmentCodeSchema,
  requesterName: z.string(),
  providerCode: departmentCodeSchema,
  providerName: z.string(),
  items: z.array(z.string()),
  purpose: z.string(),
  /**
   * The rest of the request's fields as `request.create` carried them; absent on requests the
   * platform stored before it kept them.
   */
  ...z.object(requestFieldsShape).omit({ items: true, purpose: true }).partial().shape,
  attachments: z.array(sha256Schema),
  /**
   * The requested items (all of the entry's when none are named) that the entry marks sensitive or
   * that look like personal data: the reviewer confirms before approving their release.
   */
  sensitiveItems: z.array(z.string()).optional(),
  submittedAt: timestampSchema,
  /** Due date of the current step, in working days, by the jurisdiction profile of the request's provider. */
  dueDate: dateSchema.optional(),
  /** The step `dueDate` belongs to (shared/profiles/deadlines.ts): platformCheck, providerDecision, onDemandAnswer, delivery, disputeRuling. */
  dueStep: z.enum(DEADLINE_STEPS).optional(),
  decision: decisionSchema.optional(),
  validUntil: dateSchema.optional(),
  /** When the authorisation came into force: the provider's delivery, or the platform's. */
  deliveredAt: timestampSchema.optional(),
  /** The platform's note when it recorded the delivery (the reviewer's `/review/requests/:id/deliver`). */
  deliveryNote: z.string().optional(),
  /** How the provider delivers the data (`request.deliver`): what the requester needs to reach it. */
  delivery: deliverySchema.optional(),
  /** Why and when the grant was revoked, and by which party. */
  revocation: z.object({ reason: z.string(), by: z.enum(['requester', 'provider']), revokedAt: timestampSchema }).optional(),
  /** The requester's escalation to the coordinating office. */
  escalation: z.object({ reason: z.string(), escalatedAt: timestampSchema }).optional(),
  /** The provider's statement to the authority on an escalated request. */
  providerStatement: z.object({ text: z.string(), at: timestampSchema }).optional(),
  /** The authority's ruling on the escalation. */
  ruling: rulingSchema.optional(),
  // The authorisation lifecycle (./authorisations.ts).
  /** The request this one renews (a renewal is a request of its own); set on the renewal. */
  renews: idSchema.optional(),
  /** The renewal filed for this authorisation; set on the old one, which stays in force until the renewal is decided. */
  renewedBy: idSchema.optional(),
  /** Granted at once under a registered application scenario. */
  scenarioGrant: scenarioGrantSchema.optional(),
  /** The requester declared seasonal use: not revoked for being unused. */
  seasonal: seasonalUseSchema.optional(),
  /** Suspended by the authority for misuse (in force again once `liftedAt` is set). */
  suspension: suspensionSchema.optional(),
  updatedAt: timestampSchema,
});
export type ShareRequest = z.output<typeof shareRequestSchema>;

/** The objection states the platform holds: those of ../domain/objection-states.ts but the workspace's own `correcting` and `extensionRequested`. */
export const PLATFORM_OBJECTION_STATES = ['open', 'acknowledged', 'extended', 'answered', 'confirmed', 'reopened'] as const satisfies readonly ObjectionState[];
export type PlatformObjectionState = (typeof PLATFORM_OBJECTION_STATES)[number];

export const objectionSchema = z.object({
  id: idSchema,
  revision: z.number().int().min(1),
  state: z.enum(PLATFORM_OBJECTION_STATES),
  entryId: idSchema,
  entryName: z.string(),
  raiserCode: departmentCodeSchema,
  raiserName: z.string(),
  providerCode: departmentCodeSchema,
  providerName: z.string(),
  itemName: z.string().optional(),
  recordKey: z.string().optional(),
  description: z.string(),
  attachments: z.array(sha256Schema),
  raisedAt: timestampSchema,
  dueDate: dateSchema.optional(),
  answer: z
    .object({ answer: z.enum(OBJECTION_ANSWERS), note: z.string(), answeredAt: timestampSchema, overdue: z.boolean() })
    .optional(),
  /** The extension the provider took, with its reason: the answer deadline moved by the profile's days. */
  extension: z.object({ note: z.string(), at: timestampSchema }).optional(),
  acknowledgedAt: timestampSchema.optional(),
  /** The raiser's conclusion on the answer, with its note. */
  conclusion: z.object({ outcome: z.enum(['confirmed', 'reopened']), note: z.string().optional(), at: timestampSchema }).optional(),
  updatedAt: timestampSchema,
});
export type Objection = z.output<typeof objectionSchema>;
