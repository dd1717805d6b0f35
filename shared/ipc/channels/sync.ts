import { z } from 'zod';
import { channel } from '../define';
import { appErrorSchema } from '../errors';
import { entrySchema } from '../../domain/entry';
import { PROFILE_IDS } from '../../profiles/types';
import { ROLES } from '../../protocol/common';
import { fieldCommentSchema, PLATFORM_ENTRY_STATES, PLATFORM_REQUEST_STATES, reviewResultSchema, RULING_OUTCOMES, shareRequestSchema, sharedEntrySchema, submittedEntrySchema } from '../../protocol/records';
import { requestEventSchema } from '../../protocol/review';

/**
 * Channels of sync with the platform (docs/sync.md): state and runs, sign-in, the outbox,
 * conflicts, the reviewer's queue (relayed, so the renderer never talks HTTP) and the
 * administrator policy (read-only). Pushed events: `sync.state`, `sync.progress`, `outbox.changed`.
 */

export const SYNC_STATES = ['offline', 'idle', 'syncing', 'error'] as const;

/** What the header shows. `error` says why; a run that failed anywhere never reads `idle`. */
export const syncStateSchema = z.object({
  state: z.enum(SYNC_STATES),
  error: appErrorSchema.optional(),
  signedIn: z.boolean(),
  /** End of the last run that pushed and pulled everything without a failure. */
  lastSuccessAt: z.string().optional(),
  outbox: z.number().int(),
  conflicts: z.number().int(),
  /** When the next automatic retry is due after a transient failure. */
  nextRetryAt: z.string().optional(),
  /** When the failures shown in `error` began: the first failed run since the last success. */
  failingSince: z.string().optional(),
  /** Platform clock minus local clock, from the last answer; `clockSkewed` when over five minutes. */
  clockSkewMs: z.number().optional(),
  clockSkewed: z.boolean(),
  /** Set while a pull waits for the officer to confirm removing most of the shared catalogue. */
  massDelete: z.object({ removing: z.number().int(), cached: z.number().int() }).optional(),
});
export type SyncState = z.output<typeof syncStateSchema>;

/** Progress of a long run (a first pull of the shared catalogue), pushed as `sync.progress`. */
export const syncProgressSchema = z.object({
  phase: z.enum(['push', 'pull']),
  /** Operations answered, or changes applied, so far in this run. */
  done: z.number().int(),
  /** Operations waiting at the start of the push (unknown for pulls). */
  total: z.number().int().optional(),
});
export type SyncProgress = z.output<typeof syncProgressSchema>;

/** One run's counts, as the CLI prints them; `failed` with `error` when any part of it failed. */
export const syncRunResultSchema = z.object({
  pushed: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  conflicts: z.number().int(),
  pulled: z.number().int(),
  failed: z.boolean(),
  error: appErrorSchema.optional(),
});
export type SyncRunResult = z.output<typeof syncRunResultSchema>;

export const accountViewSchema = z.object({
  user: z.string(),
  role: z.enum(ROLES),
  departmentCode: z.string(),
  departmentName: z.string(),
  /** Server time at which the token stops working. */
  expiresAt: z.string(),
  platformUrl: z.string(),
});
export type AccountView = z.output<typeof accountViewSchema>;

export const outboxOpSchema = z.object({
  seq: z.number().int(),
  opId: z.string(),
  kind: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  baseRevision: z.number().int(),
  createdAt: z.string(),
  payload: z.unknown(),
});

/** A stored answer of the platform; `rejected` ones are shown with their reason. */
export const outboxAnswerSchema = z.object({
  opId: z.string(),
  kind: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  status: z.enum(['accepted', 'rejected', 'conflict']),
  revision: z.number().int().optional(),
  code: z.string().optional(),
  reason: z.string().optional(),
  answeredAt: z.string(),
});

export const conflictSchema = z.object({
  id: z.number().int(),
  opId: z.string(),
  kind: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  baseRevision: z.number().int(),
  /** The operation's payload: what this workspace sent. */
  mine: z.unknown(),
  /** The platform's current version of the entity. */
  theirs: z.object({ revision: z.number().int(), state: z.string(), value: z.record(z.string(), z.unknown()) }),
  /** Top-level fields that differ between mine and theirs (what a per-field merge chooses among). */
  fields: z.array(z.string()),
  createdAt: z.string(),
});
export type ConflictView = z.output<typeof conflictSchema>;

export const resolveConflictSchema = z.discriminatedUnion('resolution', [
  z.strictObject({ id: z.number().int(), resolution: z.literal('mine') }),
  z.strictObject({ id: z.number().int(), resolution: z.literal('theirs') }),
  /** `fields`: for each differing field, whose value to keep (unnamed fields keep mine). */
  z.strictObject({ id: z.number().int(), resolution: z.literal('merge'), fields: z.record(z.string(), z.enum(['mine', 'theirs'])) }),
]);

export const POLICY_SETTINGS = ['platformUrl', 'caBundle', 'profileId', 'updateFeedUrl'] as const;
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

/** The machine-wide policy as the UI shows it: what it sets and which settings are locked. */
export const policyViewSchema = z.object({
  /** The file read, or undefined when there is none. */
  path: z.string().optional(),
  platformUrl: z.string().optional(),
  /** Whether a CA bundle is configured (its PEM is not sent to the renderer). */
  caBundle: z.boolean(),
  profileId: z.enum(PROFILE_IDS).optional(),
  updateFeedUrl: z.string().optional(),
  locked: z.array(z.enum(POLICY_SETTINGS)),
  /** The file exists but cannot be used: nothing of it applies (POLICY_INVALID). */
  error: appErrorSchema.optional(),
});
export type PolicyView = z.output<typeof policyViewSchema>;

const empty = z.strictObject({});
const page = { offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional() };

export const syncChannels = {
  'sync.state': channel('core', empty, syncStateSchema),
  /** Runs sync now (push, then pull) and answers with the run's counts; one run at a time. */
  'sync.run': channel('core', empty, syncRunResultSchema),
  /** The renderer tells the core the network came back (or went away); back online runs sync. */
  'sync.online': channel('core', z.strictObject({ online: z.boolean() }), syncStateSchema),
  /** After SYNC_MASS_DELETE: apply the pending removal and go on. */
  'sync.confirmMassDelete': channel('core', empty, syncRunResultSchema),
  /** Password sign-in; the token goes only to the key store. `platformUrl` is refused when the policy locks it. */
  'sync.signIn': channel(
    'core',
    z.strictObject({ platformUrl: z.string().url().max(500).optional(), user: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
    accountViewSchema,
  ),
  'sync.signOut': channel('core', empty, z.object({})),
  'sync.account': channel('core', empty, z.object({ account: accountViewSchema.optional() })),
  'sync.conflicts': channel('core', empty, z.object({ conflicts: z.array(conflictSchema) })),
  'sync.resolveConflict': channel('core', resolveConflictSchema, z.object({ outbox: z.number().int(), conflicts: z.number().int() })),
  'outbox.list': channel('core', z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }), z.object({ ops: z.array(outboxOpSchema) })),
  /** Recent answers of the platform, newest first; `status: 'rejected'` lists the refusals to show. */
  'outbox.answers': channel(
    'core',
    z.strictObject({ status: z.enum(['accepted', 'rejected', 'conflict']).optional(), limit: z.number().int().min(1).max(1000).default(100) }),
    z.object({ answers: z.array(outboxAnswerSchema) }),
  ),
  /** Declares a `ready` entry submitted: moves it to `submitted` and queues `catalogue.submit` in one transaction. */
  'catalogue.submit': channel('core', z.strictObject({ id: z.string().min(1), revision: z.number().int() }), entrySchema),
  /** The latest review result of one of my entries (approved, or returned with field comments). */
  'catalogue.review': channel('core', z.strictObject({ id: z.string().min(1) }), z.object({ review: reviewResultSchema.optional() })),
  /** Reviewer: submitted catalogue entries (or those in `state`). */
  'review.queue': channel(
    'core',
    z.strictObject({ state: z.enum(PLATFORM_ENTRY_STATES).optional(), ...page }),
    z.object({ total: z.number().int(), entries: z.array(submittedEntrySchema) }),
  ),
  'review.entry': channel('core', z.strictObject({ id: z.string().min(1) }), z.object({ entry: submittedEntrySchema })),
  'review.approve': channel('core', z.strictObject({ id: z.string().min(1), revision: z.number().int().min(1) }), z.object({ entry: sharedEntrySchema })),
  'review.return': channel(
    'core',
    z.strictObject({
      id: z.string().min(1),
      revision: z.number().int().min(1),
      comments: z.array(fieldCommentSchema).min(1).max(500),
      note: z.string().trim().max(2000).optional(),
    }),
    z.object({ entry: submittedEntrySchema }),
  ),
  /** Reviewer: share requests awaiting the platform (unconditional ones by default). */
  'review.requests': channel(
    'core',
    z.strictObject({ state: z.enum(PLATFORM_REQUEST_STATES).optional(), ...page }),
    // `events`: the listed requests' history, each one's oldest first.
    z.object({ total: z.number().int(), requests: z.array(shareRequestSchema), events: z.array(requestEventSchema) }),
  ),
  /** Reviewer: approve an unconditional request, or reject it with a reason. */
  'review.decideRequest': channel(
    'core',
    z
      .strictObject({
        id: z.string().min(1),
        revision: z.number().int().min(1),
        decision: z.enum(['approve', 'reject']).default('approve'),
        reason: z.string().trim().max(1000).optional(),
      })
      .refine((d) => d.decision === 'approve' || !!d.reason, { path: ['reason'], message: 'validation.required' }),
    z.object({ request: shareRequestSchema }),
  ),
  /** Reviewer as the authority: rule on an escalated request (uphold the refusal, or order the provider to share), with the reasoning. */
  'review.rule': channel(
    'core',
    z.strictObject({
      id: z.string().min(1),
      revision: z.number().int().min(1),
      outcome: z.enum(RULING_OUTCOMES),
      reasoning: z.string().trim().min(1, { message: 'validation.required' }).max(4000, { message: 'validation.tooLong' }),
    }),
    z.object({ request: shareRequestSchema }),
  ),
  'policy.get': channel('core', empty, policyViewSchema),
};
