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
  'draft',
  'pendingSync',
  'submitted',
  'platformCheck',
  'providerReview',
  'returned',
  'approved',
  'rejected',
  'delivering',
  'active',
  'expired',
  'renewalRequested',
  'revoked',
  'withdrawn',
  'escalated',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

type S = RequestState;
const from = (states: readonly S[], to: S): Partial<Record<S, S>> => Object.fromEntries(states.map((s) => [s, to]));

/** Until the platform decides, the requester may withdraw. */
const UNDECIDED: readonly S[] = ['draft', 'pendingSync', 'submitted', 'platformCheck', 'providerReview', 'returned', 'renewalRequested'];
/** Where a platform update may find a request the platform already holds (the local state may lag behind). */
const IN_FLIGHT: readonly S[] = ['pendingSync', 'submitted', 'platformCheck', 'providerReview', 'returned'];

/**
 * Every event and the states it may leave, with the state it leads to. Platform events are named
 * after the platform's states (shared/protocol/records.ts); `platform.*` from a state to itself is
 * a newer revision of the same state (e.g. a new due date) and is allowed.
 */
export const REQUEST_TRANSITIONS = {
  // Officer (requester)
  submit: from(['draft'], 'pendingSync'),
  cancel: from(UNDECIDED, 'withdrawn'),
  resubmit: from(['returned'], 'pendingSync'),
  renew: from(['active', 'expired'], 'renewalRequested'),
  escalate: from(['rejected', 'platformCheck', 'providerReview', 'renewalRequested'], 'escalated'),
  // Officer (provider, 待我审批)
  approve: from(['providerReview', 'renewalRequested'], 'approved'),
  reject: from(['providerReview', 'renewalRequested'], 'rejected'),
  revoke: from(['active', 'expired', 'renewalRequested'], 'revoked'),
  /** The provider records how the data is delivered: the authorisation is in force. */
  deliver: from(['approved', 'delivering'], 'active'),
  // Sync answers to the requester's own operation
  accepted: from(['pendingSync'], 'submitted'),
  refused: from(['pendingSync'], 'draft'),
  // The platform refused a withdrawal (it had moved on): the request is the platform's again, and
  // its feed brings the state it holds.
  cancelRefused: from(['withdrawn'], 'submitted'),
  // The platform refused a delivery (not approved there, or not the provider's): back to approved.
  deliverRefused: from(['active'], 'approved'),
  // The platform refused an escalation (no deadline passed there, a ruling already given): back to
  // the state the escalation left, which the event names (`restore`); rejected when it names none.
  escalateRefused: from(['escalated'], 'rejected'),
  // Platform status updates
  'platform.platformCheck': from([...IN_FLIGHT, 'platformCheck'], 'platformCheck'),
  'platform.providerReview': from([...IN_FLIGHT, 'providerReview'], 'providerReview'),
  'platform.returned': from(['submitted', 'platformCheck', 'providerReview', 'returned'], 'returned'),
  'platform.approved': from([...IN_FLIGHT, 'renewalRequested', 'escalated', 'approved'], 'approved'),
  'platform.rejected': from([...IN_FLIGHT, 'renewalRequested', 'escalated', 'rejected'], 'rejected'),
  'platform.delivering': from(['approved', 'delivering'], 'delivering'),
  'platform.active': from([...IN_FLIGHT, 'approved', 'delivering', 'renewalRequested', 'escalated', 'active'], 'active'),
  'platform.renewalRequested': from(['active', 'expired', 'renewalRequested'], 'renewalRequested'),
  'platform.expired': from(['active', 'renewalRequested', 'expired'], 'expired'),
  'platform.revoked': from(['active', 'expired', 'renewalRequested', 'revoked'], 'revoked'),
  'platform.withdrawn': from([...UNDECIDED, 'withdrawn'], 'withdrawn'),
  'platform.escalated': from(['rejected', 'platformCheck', 'providerReview', 'renewalRequested', 'escalated'], 'escalated'),
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
  /** `escalateRefused` only: the state the refused escalation left (one `escalate` leaves). */
  restore?: RequestState;
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

/** Where a refused escalation returns: the state it left, if `escalate` leaves that state. */
function restoredState(state: RequestState, restore: RequestState | undefined): RequestState | undefined {
  const back = nextRequestState(state, 'escalateRefused');
  if (!back || restore === undefined) return back;
  return nextRequestState(restore, 'escalate') === state ? restore : undefined;
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
  const to = event.type === 'escalateRefused' ? restoredState(m.state, event.restore) : nextRequestState(m.state, event.type);
  if (!to) throw transitionError(m.state, event.type);
  return {
    machine: { state: to, seen: [...m.seen, event.id], platformRevision: Math.max(m.platformRevision, event.platformRevision ?? 0) },
    outcome: 'applied',
  };
}

/** States where the request is finished: nothing but a platform repeat of the same state (or sync's `cancelRefused`) may follow. */
export const FINAL_REQUEST_STATES: readonly RequestState[] = ['withdrawn', 'revoked'];
/** States in which the requester's deadlines are still running (for lists, reminders and the CLI's --overdue). */
export const OPEN_REQUEST_STATES: readonly RequestState[] = ['submitted', 'platformCheck', 'providerReview', 'returned', 'approved', 'delivering', 'renewalRequested', 'escalated'];
