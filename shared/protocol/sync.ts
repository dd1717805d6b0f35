import { z } from 'zod';
import { cursorSchema, idSchema, queryInt, timestampSchema, withServerTime } from './common';
import { protocolIssueSchema } from './errors';
import { changeSchema } from './changes';
import { MAX_OPS_PER_PUSH, operationSchema } from './operations';

/** Push: a batch of outbox operations, applied in order; one answer per operation, same order. */
export const pushRequestSchema = z.strictObject({ ops: z.array(operationSchema).min(1).max(MAX_OPS_PER_PUSH) });

/** Why the platform refused an operation for good: the client shows it and drops the operation. */
export const REJECT_CODES = [
  'VALIDATION',
  'UNKNOWN_KIND',
  'FORBIDDEN',
  'NOT_FOUND',
  'STATE_FORBIDS',
  'NOT_SHAREABLE',
  'OWN_ENTRY',
  'SEALED_FORM_REQUIRED',
  'ATTACHMENT_MISSING',
  'DUPLICATE_NAME',
  /** The opId was used before (or earlier in the batch) for another operation: never applied, never answered for it. */
  'OP_ID_REUSED',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

/** The platform's version of the entity when the client's base revision is not the current one. */
export const currentVersionSchema = z.object({
  revision: z.number().int().min(0),
  state: z.string(),
  value: z.record(z.string(), z.unknown()),
});
export type CurrentVersion = z.output<typeof currentVersionSchema>;

export const opAnswerSchema = z.discriminatedUnion('status', [
  z.object({ opId: idSchema, status: z.literal('accepted'), revision: z.number().int().min(1), appliedAt: timestampSchema }),
  z.object({
    opId: idSchema,
    status: z.literal('rejected'),
    code: z.enum(REJECT_CODES),
    /** Human-readable, in the caller's language. */
    reason: z.string(),
    issues: z.array(protocolIssueSchema).optional(),
  }),
  z.object({ opId: idSchema, status: z.literal('conflict'), current: currentVersionSchema }),
]);
export type OpAnswer = z.output<typeof opAnswerSchema>;

export const pushResponseSchema = withServerTime({ results: z.array(opAnswerSchema) });
export type PushResponse = z.output<typeof pushResponseSchema>;

export const PULL_DEFAULT_LIMIT = 1000;
export const PULL_MAX_LIMIT = 5000;

export const pullQuerySchema = z.strictObject({
  cursor: cursorSchema.default('0'),
  limit: queryInt(1, PULL_MAX_LIMIT).optional(),
});

export const pullResponseSchema = withServerTime({
  changes: z.array(changeSchema),
  /** Where the next pull starts; store it in the same transaction as the changes. */
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
  /**
   * The cursor is older than what the platform keeps: drop the cached feed state and pull again
   * from `0`. The page is empty when this is true.
   */
  resyncRequired: z.boolean(),
});
export type PullResponse = z.output<typeof pullResponseSchema>;
