import { z } from 'zod';
import { channel } from '../define';
import { SHARE_TYPES } from '../../domain/enums';
import { requestFieldsSchema } from '../../domain/request';
import { REQUEST_EVENT_TYPES, REQUEST_STATES, type RequestState } from '../../domain/request-states';
import { checkDelivery, DELIVERY_FIELDS, DELIVERY_METHODS, rulingSchema } from '../../protocol/records';
import { lifecycleViewSchema } from './lifecycle';

/** What a deadline in the reminders and the week's list belongs to. */
export const DUE_SUBJECTS = ['request', 'objection', 'authorisation', 'notice', 'annualReport', 'catalogueChange', 'zeroUpdate'] as const;

/**
 * Items of one kind the week lists (the earliest): a month-end of a province-size catalogue owes
 * thousands of zero-update reports, and this week's request deadlines still show beside them.
 */
export const WEEK_LISTED_PER_KIND = 50;

/** One deadline of shared/calendar's computeDeadlines, as lists show it. */
export const deadlineViewSchema = z.object({
  step: z.string(),
  rule: z.object({ workingDays: z.number().int(), wording: z.object({ 'zh-CN': z.string(), en: z.string() }), source: z.object({ title: z.string(), article: z.string() }) }),
  start: z.string(),
  due: z.string().nullable(),
  end: z.string().optional(),
  late: z.boolean().optional(),
  remainingWorkingDays: z.number().int().optional(),
  extension: z.object({ workingDays: z.number().int(), times: z.number().int() }).optional(),
  calendarCovered: z.boolean(),
  status: z.enum(['running', 'dueSoon', 'overdue', 'paused', 'done']),
});
export type DeadlineView = z.output<typeof deadlineViewSchema>;

export const attachmentViewSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  type: z.string(),
  size: z.number().int(),
  role: z.string(),
  addedAt: z.string(),
  /** False: listed by the platform and not downloaded yet (empty name and type, size 0, until `attachments.open` fetches it). */
  stored: z.boolean().optional(),
});

export const decisionViewSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().optional(),
  conditions: z.string().optional(),
  desensitisation: z.string().optional(),
  validUntil: z.string().optional(),
  by: z.enum(['provider', 'platform']),
  decidedAt: z.string(),
  overdue: z.boolean().optional(),
});

/**
 * How the data is delivered, as both sides see it. `method` is absent when the platform recorded
 * the delivery without one (the reviewer's delivery of an unconditional request); `by` says who.
 */
export const deliveryViewSchema = z.object({
  method: z.enum(DELIVERY_METHODS).optional(),
  url: z.string().optional(),
  viewName: z.string().optional(),
  database: z.string().optional(),
  location: z.string().optional(),
  note: z.string().optional(),
  deliveredAt: z.string(),
  by: z.enum(['provider', 'platform']),
  /** The platform recorded it after the delivery step's due date (not refused). */
  overdue: z.boolean().optional(),
});
export type DeliveryView = z.output<typeof deliveryViewSchema>;

/** A dispute as both parties see it: the requester's escalation, the provider's statement, the authority's ruling. */
export const disputeViewSchema = z.object({
  escalation: z.object({ reason: z.string(), escalatedAt: z.string() }).optional(),
  providerStatement: z.object({ text: z.string(), at: z.string() }).optional(),
  ruling: rulingSchema.optional(),
});
export type DisputeView = z.output<typeof disputeViewSchema>;

export const requestEventViewSchema = z.object({
  eventId: z.string(),
  type: z.string(),
  outcome: z.enum(['applied', 'stale', 'illegal']),
  from: z.string(),
  to: z.string(),
  at: z.string(),
  platformRevision: z.number().int().optional(),
  note: z.string().optional(),
  actor: z.string(),
});

export const requestViewSchema = z.object({
  id: z.string(),
  role: z.enum(['requester', 'provider']),
  state: z.enum(REQUEST_STATES),
  entryId: z.string(),
  entryName: z.string(),
  entryCode: z.string(),
  shareType: z.enum(SHARE_TYPES),
  requesterCode: z.string(),
  requesterName: z.string(),
  providerCode: z.string(),
  providerName: z.string(),
  fields: z.record(z.string(), z.unknown()),
  /** The requested items the platform marks sensitive (an incoming request's, from its record). */
  sensitiveItems: z.array(z.string()).optional(),
  platformRevision: z.number().int(),
  submittedAt: z.string().optional(),
  dueDate: z.string().optional(),
  decision: decisionViewSchema.optional(),
  validUntil: z.string().optional(),
  delivery: deliveryViewSchema.optional(),
  /** Escalated requests: both sides' statements and, once given, the authority's ruling. */
  dispute: disputeViewSchema.optional(),
  lastUsedAt: z.string().optional(),
  seasonal: z.boolean(),
  /** Renewal links, scenario grant, seasonal declaration, suspension (./lifecycle.ts). */
  lifecycle: lifecycleViewSchema,
  /** The platform's reason when it refused the last operation. */
  refusal: z.string().optional(),
  sealedFormRequired: z.boolean(),
  /** 申请编号 of the demand form (`12320100671322000Q-2026-0007`), given when the form is first printed. */
  formNumber: z.string().optional(),
  attachments: z.array(attachmentViewSchema),
  deadlines: z.array(deadlineViewSchema),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  calendarCovered: z.boolean(),
  /** The actions the state machine allows from here. */
  allowed: z.array(z.enum(REQUEST_EVENT_TYPES)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestView = z.output<typeof requestViewSchema>;

export const basketEntrySchema = z.object({
  entryId: z.string(),
  name: z.string(),
  code: z.string(),
  providerName: z.string(),
  shareType: z.enum(SHARE_TYPES),
  /** Items chosen; empty = the whole entry. */
  items: z.array(z.string()),
  available: z.array(z.string()),
  /** False when the entry has left the shared catalogue since it was put in the basket. */
  published: z.boolean(),
});

const id = z.string().min(1).max(64);
const note = z.string().trim().max(1000, { message: 'validation.tooLong' });
/** The largest page a list answers. */
export const REQUEST_PAGE_MAX = 200;
/** States in which the provider decides (a first request or a renewal): 待我审批's pending filter. */
export const DECIDABLE_REQUEST_STATES = ['providerReview', 'renewalRequested'] as const satisfies readonly RequestState[];
const list = z.object({
  today: z.string(),
  requests: z.array(requestViewSchema),
  /** How many requests the filters match (every page's rows together). */
  total: z.number().int(),
  /** Pass back as `cursor` for the page after this one; absent on the last page. */
  nextCursor: z.string().optional(),
  /** The role's requests (all of them, whatever the filters): by state, and those with an overdue deadline. */
  counts: z.object({ all: z.number().int(), overdue: z.number().int(), byState: z.partialRecord(z.enum(REQUEST_STATES), z.number().int()) }),
});

export const requestChannels = {
  'basket.list': channel('core', z.strictObject({}), z.object({ entries: z.array(basketEntrySchema) })),
  /** Adds an entry (and items; none = the whole entry) from the cached shared catalogue. */
  'basket.add': channel('core', z.strictObject({ entryId: id, items: z.array(z.string().min(1).max(100)).max(2000).default([]) }), z.object({ entries: z.array(basketEntrySchema) })),
  'basket.remove': channel('core', z.strictObject({ entryId: id }), z.object({ entries: z.array(basketEntrySchema) })),
  /** A draft request for one basket entry (items from `fields.items`, else from the basket). */
  'requests.create': channel('core', z.strictObject({ entryId: id, fields: requestFieldsSchema }), requestViewSchema),
  'requests.update': channel('core', z.strictObject({ id, fields: requestFieldsSchema }), requestViewSchema),
  'requests.get': channel('core', z.strictObject({ id }), requestViewSchema),
  'requests.history': channel('core', z.strictObject({ id }), z.object({ events: z.array(requestEventViewSchema) })),
  /**
   * Mine (requester, newest first) or 待我审批 (provider, by due day); `overdue` keeps the late ones
   * (by due day), `state`/`states` narrow to states. Without `limit`, every match; with it, one page
   * and the cursor of the next (the order's last key, so rows added meanwhile never shift a page).
   */
  'requests.list': channel(
    'core',
    z.strictObject({
      role: z.enum(['requester', 'provider']).optional(),
      overdue: z.boolean().default(false),
      state: z.enum(REQUEST_STATES).optional(),
      states: z.array(z.enum(REQUEST_STATES)).min(1).max(REQUEST_STATES.length).optional(),
      limit: z.number().int().min(1).max(REQUEST_PAGE_MAX).optional(),
      cursor: z.string().min(1).max(400).optional(),
    }),
    list,
  ),
  /** Queues `request.create`; refused while a required sealed form is missing. */
  'requests.submit': channel('core', z.strictObject({ id }), requestViewSchema),
  'requests.cancel': channel('core', z.strictObject({ id, reason: note.optional() }), requestViewSchema),
  /** A renewal: a new draft request linked to the authorisation it renews (which stays in force meanwhile). */
  'requests.renew': channel('core', z.strictObject({ id, reason: note.optional() }), requestViewSchema),
  /** The provider's decision; a refusal needs a reason of the profile's minimum length. */
  'requests.decide': channel(
    'core',
    z.strictObject({
      id,
      decision: z.enum(['approve', 'reject']),
      reason: note.optional(),
      conditions: note.optional(),
      desensitisation: note.optional(),
      validUntil: z.string().max(10).optional(),
    }),
    requestViewSchema,
  ),
  /** The provider records how an approved request's data is delivered (the method's detail required); the request becomes active. */
  'requests.deliver': channel('core', z.strictObject({ id, ...DELIVERY_FIELDS }).superRefine(checkDelivery), requestViewSchema),
  /** The sealed demand form as print-ready HTML (the shell's `print.toPdf` turns it into a PDF). */
  'requests.demandForm': channel('core', z.strictObject({ id }), z.object({ html: z.string(), fileName: z.string() })),
  /** Recomputes every open deadline not computed for today's calendar and stores the changed ones (one transaction); sync runs it when a calendar arrives. */
  'requests.recomputeDeadlines': channel('core', z.strictObject({}), z.object({ today: z.string(), recomputed: z.number().int(), changed: z.number().int() })),
  /** Escalates a refused or overdue request to the coordinating office (松江 争议协调), with its record. */
  'disputes.escalate': channel('core', z.strictObject({ id, reason: z.string().trim().min(1, { message: 'validation.required' }).max(2000) }), z.object({ disputeId: z.string(), request: requestViewSchema })),
  /** The provider states its side of an escalated request to the authority (queues `request.statement`). */
  'disputes.statement': channel('core', z.strictObject({ id, statement: z.string().trim().min(1, { message: 'validation.required' }).max(2000, { message: 'validation.tooLong' }) }), requestViewSchema),
  'disputes.list': channel('core', z.strictObject({}), z.object({ disputes: z.array(z.object({ id: z.string(), requestId: z.string(), reason: z.string(), at: z.string(), actor: z.string(), record: z.unknown() })) })),
  /**
   * Everything due this week (Overview), overdue first: of each kind the earliest
   * `WEEK_LISTED_PER_KIND`, and how many of each kind there are in all.
   */
  'reminders.week': channel(
    'core',
    z.strictObject({}),
    z.object({
      today: z.string(),
      weekEnd: z.string(),
      items: z.array(z.object({ subject: z.enum(DUE_SUBJECTS), id: z.string(), title: z.string(), step: z.string(), due: z.string(), status: z.string(), calendarCovered: z.boolean() })),
      counts: z.partialRecord(z.enum(DUE_SUBJECTS), z.number().int()),
    }),
  ),
};

/** The `deadline.reminder` event: the shell turns it into a desktop notification. */
export const deadlineReminderSchema = z.object({
  subject: z.enum(DUE_SUBJECTS),
  id: z.string(),
  title: z.string(),
  step: z.string(),
  due: z.string(),
  status: z.enum(['dueSoon', 'overdue']),
  calendarCovered: z.boolean(),
  /** Many of one kind and status told as one: how many; the fields are the earliest one's. */
  count: z.number().int().min(2).optional(),
});
export type DeadlineReminder = z.output<typeof deadlineReminderSchema>;

/**
 * Shell: renders HTML (the sealed demand form) to an A4 PDF in a hidden sandboxed window and
 * returns where it was written (a temporary file the officer then opens or prints).
 */
export const printChannels = {
  'print.toPdf': channel('shell', z.strictObject({ html: z.string().min(1).max(2_000_000) }), z.object({ path: z.string() })),
};
