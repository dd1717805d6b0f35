import { z } from 'zod';
import { holidayYearSchema } from '../calendar/override';
import { idSchema } from './common';
import { scenarioSchema, usageSummarySchema } from './authorisations';
import { noticeSchema } from './evaluation';
import { listSubmissionSchema } from './lists';
import { decisionSchema, objectionSchema, sharedEntrySchema, reviewResultSchema, shareRequestSchema } from './records';

/**
 * The kinds of change in a department's feed. Each carries the whole current state of what it is
 * about (not a diff), so a client applies a change by upserting it, and a later change of the same
 * thing supersedes an earlier one: the platform may compact its feed to the latest per thing.
 */
export const CHANGES = {
  /** An entry was published into (or republished in) the shared catalogue: for every department. */
  'sharedEntry.upsert': z.object({ entry: sharedEntrySchema }),
  /** An entry left the shared catalogue (retired): for every department. */
  'sharedEntry.remove': z.object({ entryId: idSchema, revision: z.number().int().min(1) }),
  /**
   * One of my department's entries as published (with its platform revision): the department's
   * own catalogue, so a new workspace starts from what the platform has instead of an empty one.
   */
  'ownEntry.upsert': z.object({ entry: sharedEntrySchema }),
  /** The platform reviewed one of my catalogue entries: approved, or returned with comments per field. */
  'review.result': z.object({ review: reviewResultSchema }),
  /** One of my share requests changed state (I am the requester). */
  'request.status': z.object({ request: shareRequestSchema }),
  /** A request for one of my entries, or its update (I am the provider). */
  'request.incoming': z.object({ request: shareRequestSchema }),
  /** The decision on one of my requests (I am the requester). */
  'request.decision': z.object({ requestId: idSchema, decision: decisionSchema }),
  /** An objection I raised, or one raised on my data, was created or answered. */
  'objection.update': z.object({ objection: objectionSchema }),
  /** The usage of an authorisation (calls per day), for its requester and its provider. */
  'authorisation.usage': z.object({ usage: usageSummarySchema }),
  /** An application scenario the authority registered or withdrew, for the departments it covers. */
  'scenario.upsert': z.object({ scenario: scenarioSchema }),
  /** An anomaly notice on one of my resources was issued, answered, accepted or reopened. */
  'notice.update': z.object({ notice: noticeSchema }),
  /** One of my list submissions was received, accepted, returned with comments, or had a demand evaluated. */
  'list.update': z.object({ submission: listSubmissionSchema }),
  /** One year's official schedule (holiday-cn format), replacing the bundled year (shared/calendar). */
  'calendar.override': z.object({ calendar: holidayYearSchema }),
  /** A jurisdiction profile's settings changed on the platform. */
  'profile.update': z.object({ profileId: z.string().min(1).max(64), settings: z.record(z.string(), z.unknown()) }),
} as const satisfies Record<string, z.ZodObject>;

export type ChangeKind = keyof typeof CHANGES;
export const CHANGE_KINDS = Object.keys(CHANGES) as [ChangeKind, ...ChangeKind[]];

export const changeSchema = z.discriminatedUnion(
  'kind',
  CHANGE_KINDS.map((kind) => CHANGES[kind].extend({ kind: z.literal(kind) })) as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<ChangeKind> }>,
    ...z.ZodObject<{ kind: z.ZodLiteral<ChangeKind> }>[],
  ],
);
export type Change = { [K in ChangeKind]: { kind: K } & z.output<(typeof CHANGES)[K]> }[ChangeKind];
export type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;
