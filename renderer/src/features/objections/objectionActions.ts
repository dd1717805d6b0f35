import { OBJECTION_TRANSITIONS, type ObjectionAction as FlowAction, type ObjectionState } from '@shared/domain/objection-states';
import type { ObjectionView } from '@shared/ipc/channels/objections';
import { findDeadlineRule, type ExtensionRule } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/types';

/** The officer's actions on an objection, by who may take them (the platform's `extensionGranted` is not one). */
export const PROVIDER_ACTIONS = ['acknowledge', 'startCorrecting', 'requestExtension', 'answer'] as const satisfies readonly FlowAction[];
export const RAISER_ACTIONS = ['confirm', 'reopen'] as const satisfies readonly FlowAction[];
export type ObjectionAction = (typeof PROVIDER_ACTIONS)[number] | (typeof RAISER_ACTIONS)[number];

/** The profile's extension of the answer deadline (伊川: once, up to 10 working days), if any. */
export function extensionRule(profile: ProfileId): Pick<ExtensionRule, 'workingDays' | 'times' | 'wording'> | undefined {
  const rule = findDeadlineRule(profile, 'objectionExtension');
  return rule?.kind === 'extension' ? { workingDays: rule.workingDays, times: rule.times, wording: rule.wording } : undefined;
}

/**
 * Why the extension cannot be asked for, shown on the disabled button: the profile allows none,
 * the allowed ones are used up, or the flow is past the point where it can be asked.
 */
export type ExtensionBlock = 'notAllowed' | 'used' | 'state' | undefined;

export function extensionBlock(o: Pick<ObjectionView, 'state' | 'extensions'>, profile: ProfileId): ExtensionBlock {
  const rule = extensionRule(profile);
  if (!rule || rule.times === 0) return 'notAllowed';
  if (o.extensions >= rule.times) return 'used';
  return (OBJECTION_TRANSITIONS.requestExtension as Partial<Record<ObjectionState, ObjectionState>>)[o.state] ? undefined : 'state';
}

/** The actions this department may take now: by its role, and what the flow allows from the state. */
export function availableActions(o: Pick<ObjectionView, 'role' | 'state'>): ObjectionAction[] {
  const mine: readonly ObjectionAction[] = o.role === 'provider' ? PROVIDER_ACTIONS : RAISER_ACTIONS;
  // An answered objection is the raiser's to confirm or reopen; the provider does not answer it again.
  return mine.filter((a) => (OBJECTION_TRANSITIONS[a] as Partial<Record<ObjectionState, ObjectionState>>)[o.state] && !(a === 'answer' && o.state === 'answered'));
}
