import { z } from 'zod';
import { entryInputSchema } from '../domain/entry';
import { checkRequestFields, requestFieldsShape } from '../domain/request';
import { dateSchema, idSchema, sha256Schema } from './common';
import { OBJECTION_ANSWERS } from '../domain/objection-states';
import { deliveryDetailsSchema } from './records';
import { demandListSubmitSchema, openListSubmitSchema, responsibilityListSubmitSchema } from './lists';

/**
 * The operation kind registry: every kind of outbox operation and the schema of its payload, in
 * this one place. A feature that adds or refines an operation edits its line here; the push
 * envelope, the OpenAPI document and the platform's dispatcher all follow from this table.
 *
 * `entityId` of an operation is the id of what it creates or changes (client-generated), and
 * `baseRevision` the platform revision the client last saw of it (0 when it creates it).
 */
const reason = z.string().trim().max(1000);
const attachments = z.array(sha256Schema).max(20).default([]);

/** Rows and bytes of a resource's data as its provider reports them (data volume, docs/evaluation.md); either may be left out. */
const volumeShape = {
  rows: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
};

export const OPERATIONS = {
  /** Submit (or resubmit) a catalogue entry for review; entityId = entry id. */
  'catalogue.submit': z.strictObject({
    code: z.string().trim().min(1).max(64),
    entry: entryInputSchema,
  }),
  /** Retire (下线) an entry; it leaves the shared catalogue. entityId = entry id. */
  'catalogue.retire': z.strictObject({ reason: reason.optional() }),
  /**
   * Request another department's published entry; entityId = request id. Every field the officer
   * fills in (shared/domain/request.ts) travels, checked by the same schema pieces on both sides.
   */
  'request.create': z
    .strictObject({
      entryId: idSchema,
      ...requestFieldsShape,
      /** Sealed demand form scans (共享需求单), uploaded first as attachments. */
      attachments,
      /** The authorisation this request renews (active or expired, same requester and entry). */
      renews: idSchema.optional(),
      /** A registered application scenario the request is made under (scenario-based grant). */
      scenarioId: idSchema.optional(),
    })
    .superRefine(checkRequestFields),
  /** Withdraw a request not yet decided; entityId = request id. */
  'request.cancel': z.strictObject({ reason: reason.optional() }),
  /** Ask to extend an authorisation that expired or is about to; entityId = request id. */
  'request.renew': z.strictObject({ reason: reason.optional(), attachments }),
  /** The provider's decision on an incoming request; a refusal needs its reason. entityId = request id. */
  'request.decide': z
    .strictObject({
      decision: z.enum(['approve', 'reject']),
      reason: reason.optional(),
      validUntil: dateSchema.optional(),
    })
    .refine((d) => d.decision === 'approve' || !!d.reason, { path: ['reason'], message: 'protocol.validation.reasonRequired' }),
  /**
   * The provider records how an approved request's data is delivered; the authorisation is then in
   * force. entityId = request id.
   */
  'request.deliver': deliveryDetailsSchema,
  /** Revoke an authorisation (e.g. unused for more than 3 months); either party of the grant. entityId = request id. */
  'request.revoke': z.strictObject({ reason: z.string().trim().min(1).max(1000) }),
  /** The requester declares (or withdraws) seasonal use of an authorisation, with its reason. entityId = request id. */
  'request.declareSeasonal': z
    .strictObject({ seasonal: z.boolean(), reason: z.string().trim().max(1000).optional() })
    .refine((d) => !d.seasonal || !!d.reason, { path: ['reason'], message: 'validation.required' }),
  /** The requester escalates a refused or overdue request to the coordinating office (松江 争议协调). entityId = request id. */
  'request.escalate': z.strictObject({ reason: z.string().trim().min(1).max(2000) }),
  /** The provider's statement to the authority on an escalated request (its side of the dispute). entityId = request id. */
  'request.statement': z.strictObject({ statement: z.string().trim().min(1).max(2000) }),
  /** Raise a 数据疑义 on another department's published entry; entityId = objection id. */
  'objection.raise': z.strictObject({
    entryId: idSchema,
    itemName: z.string().trim().max(100).optional(),
    recordKey: z.string().trim().max(200).optional(),
    description: z.string().trim().min(1).max(2000),
    attachments,
  }),
  /** The provider acknowledges receipt of an objection (校核 begins). entityId = objection id. */
  'objection.acknowledge': z.strictObject({ note: z.string().trim().max(2000).optional() }),
  /** The provider puts its answer off by the profile's extension, with the reason. entityId = objection id. */
  'objection.requestExtension': z.strictObject({ note: z.string().trim().min(1).max(2000) }),
  /** The provider's answer (校核): corrected, or checked and no error. entityId = objection id. */
  'objection.answer': z.strictObject({
    answer: z.enum(OBJECTION_ANSWERS),
    note: z.string().trim().min(1).max(2000),
  }),
  /** The raiser accepts the provider's answer. entityId = objection id. */
  'objection.confirm': z.strictObject({ note: z.string().trim().max(2000).optional() }),
  /** The raiser reopens the objection: a new answer is owed. entityId = objection id. */
  'objection.reopen': z.strictObject({ note: z.string().trim().max(2000).optional() }),
  /** Report that nothing changed in this update cycle (零更新); entityId = report id. */
  'zeroUpdate.report': z.strictObject({
    entryId: idSchema,
    /** The cycle reported: `2026`, `2026-H2`, `2026-Q3`, `2026-11` or a day `2026-11-22`. */
    period: z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|\d{2}(-\d{2})?))?$/),
    note: z.string().trim().max(500).optional(),
    /** The volume the resource holds, as the provider reports it with the report (unchanged data, so its current size). */
    ...volumeShape,
  }),
  /** The provider updated the resource's data on `day` (a data update covers its update cycle), with the volume it now holds; entityId = update id. */
  'dataUpdate.report': z.strictObject({
    entryId: idSchema,
    day: dateSchema,
    note: z.string().trim().max(500).optional(),
    ...volumeShape,
  }),
  /** The department's rectification of an anomaly notice, with its evidence; entityId = notice id. */
  'notice.answer': z.strictObject({
    rectification: z.string().trim().min(1).max(4000),
    attachments,
  }),
  // Lists reported to the authority (shared/protocol/lists.ts); entityId = the submission's id.
  /** The demand list (需求清单) as it stands. */
  'demandList.submit': demandListSubmitSchema,
  /** The responsibility list (责任清单) as it stands. */
  'responsibilityList.submit': responsibilityListSubmitSchema,
  /** The open-data catalogue (开放目录) with each entry's opening forms. */
  'openList.submit': openListSubmitSchema,
} as const satisfies Record<string, z.ZodType>;

export type OperationKind = keyof typeof OPERATIONS;
export const OPERATION_KINDS = Object.keys(OPERATIONS) as [OperationKind, ...OperationKind[]];
export type OperationPayload<K extends OperationKind> = z.output<(typeof OPERATIONS)[K]>;
export type OperationPayloadInput<K extends OperationKind> = z.input<(typeof OPERATIONS)[K]>;

export function isOperationKind(kind: string): kind is OperationKind {
  return Object.hasOwn(OPERATIONS, kind);
}

/** Most operations one push may carry; a client splits its outbox into batches of at most this. */
export const MAX_OPS_PER_PUSH = 1000;

const envelope = {
  /** Idempotency key: a replay of the same opId gets the first answer back, never a second effect. */
  opId: idSchema,
  entityId: idSchema,
  baseRevision: z.number().int().min(0),
};

/**
 * The push envelope as the platform parses it: the kind and payload are checked per operation,
 * so one bad operation is answered `rejected` without failing the batch around it.
 */
export const operationEnvelopeSchema = z.strictObject({ ...envelope, kind: z.string().min(1).max(64), payload: z.unknown() });
export type OperationEnvelope = z.output<typeof operationEnvelopeSchema>;

/** The same envelope as documented and as clients build it: one variant per registered kind. */
export const operationSchema = z.discriminatedUnion(
  'kind',
  OPERATION_KINDS.map((kind) => z.strictObject({ ...envelope, kind: z.literal(kind), payload: OPERATIONS[kind] })) as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<OperationKind> }>,
    ...z.ZodObject<{ kind: z.ZodLiteral<OperationKind> }>[],
  ],
);
export type Operation = { [K in OperationKind]: { opId: string; entityId: string; baseRevision: number; kind: K; payload: OperationPayloadInput<K> } }[OperationKind];
