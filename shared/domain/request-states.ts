/**
 * The share request state machine as a transition table keyed by event: local
 * actions of the officer, answers of sync, and status updates pulled from the platform. Pure, so
 * the core, the renderer (which buttons to show) and the property tests use the same table.
 *
 * Idempotent by event id: an event already applied changes nothing. Platform updates carry the
 * platform's revision; one no newer than the last applied is ignored and reported, never applied.
 */
import { AppError } from '../ipc/errors';
import type { PlatformRequestState } from '../protocol/records';

export const REQUEST_STATES = [
  'DRAFT',
  'PENDING_SYNC',
  'SUBMITTED',
  'PLATFORM_CHECK',
  'PROVIDER_REVIEW',
  'RETURNED',
  'APPROVED',
  'REJECTED',
  'DELIVERING',
  'ACTIVE',
  'EXPIRED',
  'RENEWAL_REQUESTED',
  'REVOKED',
  'WITHDRAWN',
  'ESCALATED',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

type S = RequestState;
const from = (states: readonly S[], to: S): Partial<Record<S, S>> => Object.fromEntries(states.map((s) => [s, to]));

/** Until the platform decides, the requester may withdraw. */
const UNDECIDED: readonly S[] = ['DRAFT', 'PENDING_SYNC', 'SUBMITTED', 'PLATFORM_CHECK', 'PROVIDER_REVIEW', 'RETURNED', 'RENEWAL_REQUESTED'];
/** Where a platform update may find a request the platform already holds (the local state may lag behind). */
const IN_FLIGHT: readonly S[] = ['PENDING_SYNC', 'SUBMITTED', 'PLATFORM_CHECK', 'PROVIDER_REVIEW', 'RETURNED'];

/**
 * Every event and the states it may leave, with the state it leads to. Platform events are named
 * after the platform's states (shared/protocol/records.ts); `platform.*` from a state to itself is
 * a newer revision of the same state (e.g. a new due date) and is allowed.
 */
export const REQUEST_TRANSITIONS = {
  // Officer (requester)
  submit: from(['DRAFT'], 'PENDING_SYNC'),
  cancel: from(UNDECIDED, 'WITHDRAWN'),
  resubmit: from(['RETURNED'], 'PENDING_SYNC'),
  renew: from(['ACTIVE', 'EXPIRED'], 'RENEWAL_REQUESTED'),
  escalate: from(['REJECTED', 'PLATFORM_CHECK', 'PROVIDER_REVIEW', 'RENEWAL_REQUESTED'], 'ESCALATED'),
  // Officer (provider, 待我审批)
  approve: from(['PROVIDER_REVIEW', 'RENEWAL_REQUESTED'], 'APPROVED'),
  reject: from(['PROVIDER_REVIEW', 'RENEWAL_REQUESTED'], 'REJECTED'),
  revoke: from(['ACTIVE', 'EXPIRED', 'RENEWAL_REQUESTED'], 'REVOKED'),
  // Sync answers to the requester's own operation
  accepted: from(['PENDING_SYNC'], 'SUBMITTED'),
  refused: from(['PENDING_SYNC'], 'DRAFT'),
  // The platform refused a withdrawal (it had moved on): the request is the platform's again, and
  // its feed brings the state it holds.
  cancelRefused: from(['WITHDRAWN'], 'SUBMITTED'),
  // Platform status updates
  'platform.platformCheck': from([...IN_FLIGHT, 'PLATFORM_CHECK'], 'PLATFORM_CHECK'),
  'platform.providerReview': from([...IN_FLIGHT, 'PROVIDER_REVIEW'], 'PROVIDER_REVIEW'),
  'platform.returned': from(['SUBMITTED', 'PLATFORM_CHECK', 'PROVIDER_REVIEW', 'RETURNED'], 'RETURNED'),
  'platform.approved': from([...IN_FLIGHT, 'RENEWAL_REQUESTED', 'ESCALATED', 'APPROVED'], 'APPROVED'),
  'platform.rejected': from([...IN_FLIGHT, 'RENEWAL_REQUESTED', 'ESCALATED', 'REJECTED'], 'REJECTED'),
  'platform.delivering': from(['APPROVED', 'DELIVERING'], 'DELIVERING'),
  'platform.active': from([...IN_FLIGHT, 'APPROVED', 'DELIVERING', 'RENEWAL_REQUESTED', 'ESCALATED', 'ACTIVE'], 'ACTIVE'),
  'platform.renewalRequested': from(['ACTIVE', 'EXPIRED', 'RENEWAL_REQUESTED'], 'RENEWAL_REQUESTED'),
  'platform.expired': from(['ACTIVE', 'RENEWAL_REQUESTED', 'EXPIRED'], 'EXPIRED'),
  'platform.revoked': from(['ACTIVE', 'EXPIRED', 'RENEWAL_REQUESTED', 'REVOKED'], 'REVOKED'),
  'platform.withdrawn': from([...UNDECIDED, 'WITHDRAWN'], 'WITHDRAWN'),
  'platform.escalated': from(['REJECTED', 'PLATFORM_CHECK', 'PROVIDER_REVIEW', 'RENEWAL_REQUESTED', 'ESCALATED'], 'ESCALATED'),
} as const satisfies Record<string, Partial<Record<S, S>>>;

export type RequestEventType = keyof typeof REQUEST_TRANSITIONS;
export const REQUEST_EVENT_TYPES = Object.keys(REQUEST_TRANSITIONS) as RequestEventType[];

/** The platform's state names and the event each becomes. */
export const PLATFORM_EVENT: Record<PlatformRequestState, RequestEventType> = {
  platformCheck: 'platform.platformCheck',
  providerReview: 'platform.providerReview',
  approved: 'platform.approved',
  rejected: 'platform.rejected',
  active: 'platform.active',
  renewalRequested: 'platform.renewalRequested',
  expired: 'platform.expired',
  revoked: 'platform.revoked',
  withdrawn: 'platform.withdrawn',
  escalated: 'platform.escalated',
};

export interface RequestEvent {
  /** Idempotency key: `platform:<revision>` for platform updates, a UUID for local actions. */
  id: string;
  type: RequestEventType;
  at: string;
  /** Platform updates only: the platform's revision of the request. */
  platformRevision?: number;
}

export interface RequestMachine {
  state: RequestState;
  /** Ids of the events applied (or ignored as stale) so far. */
  seen: readonly string[];
  /** The highest platform revision applied. */
  platformRevision: number;
}

export type StepOutcome = 'applied' | 'duplicate' | 'stale';

export function isPlatformEvent(type: RequestEventType): boolean {
  return type.startsWith('platform.');
}

/** Where `event` leads from `state`, or undefined when the table forbids it. */
export function nextRequestState(state: RequestState, type: RequestEventType): RequestState | undefined {
  return (REQUEST_TRANSITIONS[type] as Partial<Record<S, S>>)[state];
}

/** The events the table allows from a state (e.g. which actions the UI offers). */
export function allowedRequestEvents(state: RequestState): RequestEventType[] {
  return REQUEST_EVENT_TYPES.filter((t) => nextRequestState(state, t) !== undefined);
}

/** A forbidden transition: names the state, the event and where it would have led. */
export function transitionError(state: RequestState, type: RequestEventType): AppError {
  const target = Object.values(REQUEST_TRANSITIONS[type] as Partial<Record<S, S>>)[0] ?? '';
  return new AppError('REQUEST_TRANSITION', { from: state, to: target, event: type });
}

/**
 * Applies one event. A repeated id is `duplicate`; a platform update no newer than the last one is
 * `stale` (remembered, so it is reported once); both leave the state as it was. A transition the
 * table forbids throws `REQUEST_TRANSITION` and changes nothing.
 */
export function stepRequest(m: RequestMachine, event: RequestEvent): { machine: RequestMachine; outcome: StepOutcome } {
  if (m.seen.includes(event.id)) return { machine: m, outcome: 'duplicate' };
  if (isPlatformEvent(event.type) && (event.platformRevision ?? 0) <= m.platformRevision) {
    return { machine: { ...m, seen: [...m.seen, event.id] }, outcome: 'stale' };
  }
  const to = nextRequestState(m.state, event.type);
  if (!to) throw transitionError(m.state, event.type);
  return {
    machine: { state: to, seen: [...m.seen, event.id], platformRevision: Math.max(m.platformRevision, event.platformRevision ?? 0) },
    outcome: 'applied',
  };
}

/** States where the request is finished: nothing but a platform repeat of the same state (or sync's `cancelRefused`) may follow. */
export const FINAL_REQUEST_STATES: readonly RequestState[] = ['WITHDRAWN', 'REVOKED'];
/** States in which the requester's clocks are still running (for lists, reminders and the CLI's --overdue). */
export const OPEN_REQUEST_STATES: readonly RequestState[] = ['SUBMITTED', 'PLATFORM_CHECK', 'PROVIDER_REVIEW', 'RETURNED', 'APPROVED', 'DELIVERING', 'RENEWAL_REQUESTED', 'ESCALATED'];
