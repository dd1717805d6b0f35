/**
 * The objection (数据疑义/校核) flow as a transition table keyed by event:
 * OPEN → ACK → CORRECTING → (EXTENSION_REQUESTED → EXTENDED, at most once, where the profile
 * allows it) → CORRECTED → CONFIRMED or REOPENED (and a reopened objection is corrected again).
 */
import { AppError } from '../ipc/errors';

export const OBJECTION_FLOW_STATES = ['OPEN', 'ACK', 'CORRECTING', 'EXTENSION_REQUESTED', 'EXTENDED', 'CORRECTED', 'CONFIRMED', 'REOPENED'] as const;
export type ObjectionFlowState = (typeof OBJECTION_FLOW_STATES)[number];
type S = ObjectionFlowState;
const from = (states: readonly S[], to: S): Partial<Record<S, S>> => Object.fromEntries(states.map((s) => [s, to]));

/** Where the provider still owes an answer. */
export const OBJECTION_OPEN_STATES: readonly S[] = ['OPEN', 'ACK', 'CORRECTING', 'EXTENSION_REQUESTED', 'EXTENDED', 'REOPENED'];

export const OBJECTION_TRANSITIONS = {
  acknowledge: from(['OPEN', 'REOPENED'], 'ACK'),
  startCorrecting: from(['OPEN', 'ACK', 'REOPENED'], 'CORRECTING'),
  requestExtension: from(['OPEN', 'ACK', 'CORRECTING'], 'EXTENSION_REQUESTED'),
  extensionGranted: from(['EXTENSION_REQUESTED', 'EXTENDED'], 'EXTENDED'),
  correct: from(['OPEN', 'ACK', 'CORRECTING', 'EXTENSION_REQUESTED', 'EXTENDED', 'REOPENED', 'CORRECTED'], 'CORRECTED'),
  confirm: from(['CORRECTED'], 'CONFIRMED'),
  reopen: from(['CORRECTED'], 'REOPENED'),
} as const satisfies Record<string, Partial<Record<S, S>>>;
export type ObjectionEventType = keyof typeof OBJECTION_TRANSITIONS;
export const OBJECTION_EVENT_TYPES = Object.keys(OBJECTION_TRANSITIONS) as ObjectionEventType[];

export interface ObjectionMachine {
  state: ObjectionFlowState;
  /** Extensions taken so far; the profile allows `maxExtensions` (伊川 1, elsewhere 0). */
  extensions: number;
}

/**
 * One step of the flow. Throws `OBJECTION_TRANSITION` for an event the table forbids from the
 * current state, and `OBJECTION_EXTENSION_NOT_ALLOWED` for an extension beyond what the profile allows.
 */
export function stepObjection(m: ObjectionMachine, type: ObjectionEventType, maxExtensions: number): ObjectionMachine {
  const to = (OBJECTION_TRANSITIONS[type] as Partial<Record<S, S>>)[m.state];
  if (!to) {
    const target = Object.values(OBJECTION_TRANSITIONS[type] as Partial<Record<S, S>>)[0] ?? '';
    throw new AppError('OBJECTION_TRANSITION', { from: m.state, to: target, event: type });
  }
  if (type === 'requestExtension' && m.extensions >= maxExtensions) throw new AppError('OBJECTION_EXTENSION_NOT_ALLOWED', { times: maxExtensions });
  return { state: to, extensions: m.extensions + (type === 'requestExtension' ? 1 : 0) };
}
