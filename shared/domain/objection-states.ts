/**
 * The objection (数据疑义/校核) flow as a transition table keyed by action. One vocabulary serves
 * the table, the IPC channels (`objections.<action>`), the operation kinds (`objection.<action>`),
 * the stored events and the platform's record:
 *
 *   actions: raise · acknowledge · startCorrecting · requestExtension · answer · confirm · reopen
 *            (and `extensionGranted`, the platform's word on a requested extension)
 *   states:  open → acknowledged → correcting → (extensionRequested → extended, at most as often as
 *            the profile allows) → answered → confirmed, or reopened (and answered again).
 *
 * An answer is `corrected` or `noError` (checked, no error found); both leave the objection
 * `answered` for the raiser to confirm or reopen. `correcting` and `extensionRequested` are this
 * workspace's own: the platform holds the other six states.
 */
import { AppError } from '../ipc/errors';

export const OBJECTION_STATES = ['open', 'acknowledged', 'correcting', 'extensionRequested', 'extended', 'answered', 'confirmed', 'reopened'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];
type S = ObjectionState;
const from = (states: readonly S[], to: S): Partial<Record<S, S>> => Object.fromEntries(states.map((s) => [s, to]));

/** Where the provider still owes an answer. */
export const OBJECTION_OPEN_STATES: readonly S[] = ['open', 'acknowledged', 'correcting', 'extensionRequested', 'extended', 'reopened'];

/** The provider's answer: corrected, or checked and no error found. */
export const OBJECTION_ANSWERS = ['corrected', 'noError'] as const;
export type ObjectionAnswer = (typeof OBJECTION_ANSWERS)[number];

export const OBJECTION_TRANSITIONS = {
  acknowledge: from(['open', 'reopened'], 'acknowledged'),
  startCorrecting: from(['open', 'acknowledged', 'reopened'], 'correcting'),
  requestExtension: from(['open', 'acknowledged', 'correcting'], 'extensionRequested'),
  extensionGranted: from(['extensionRequested', 'extended'], 'extended'),
  answer: from(['open', 'acknowledged', 'correcting', 'extensionRequested', 'extended', 'reopened', 'answered'], 'answered'),
  confirm: from(['answered'], 'confirmed'),
  reopen: from(['answered'], 'reopened'),
} as const satisfies Record<string, Partial<Record<S, S>>>;
export type ObjectionAction = keyof typeof OBJECTION_TRANSITIONS;
export const OBJECTION_ACTIONS = Object.keys(OBJECTION_TRANSITIONS) as ObjectionAction[];

export interface ObjectionMachine {
  state: ObjectionState;
  /** Extensions taken so far; the profile allows `maxExtensions` (伊川 1, elsewhere 0). */
  extensions: number;
}

/**
 * One step of the flow. Throws `OBJECTION_TRANSITION` for an action the table forbids from the
 * current state, and `OBJECTION_EXTENSION_NOT_ALLOWED` for an extension beyond what the profile allows.
 */
export function stepObjection(m: ObjectionMachine, type: ObjectionAction, maxExtensions: number): ObjectionMachine {
  const to = (OBJECTION_TRANSITIONS[type] as Partial<Record<S, S>>)[m.state];
  if (!to) {
    const target = Object.values(OBJECTION_TRANSITIONS[type] as Partial<Record<S, S>>)[0] ?? '';
    throw new AppError('OBJECTION_TRANSITION', { from: m.state, to: target, event: type });
  }
  if (type === 'requestExtension' && m.extensions >= maxExtensions) throw new AppError('OBJECTION_EXTENSION_NOT_ALLOWED', { times: maxExtensions });
  return { state: to, extensions: m.extensions + (type === 'requestExtension' ? 1 : 0) };
}

