import { decisionInputSchema } from '@shared/domain/request';
import { REQUEST_RULES } from '@shared/domain/request-rules';
import type { Input } from '@shared/ipc/contract';
import type { ProfileId } from '@shared/profiles/types';
import { schemaIssues, type FieldIssue } from '../../form/issues';

/** The decision form as the officer fills it; empty strings are fields left blank, no decision until one is chosen. */
export interface DecisionFormValues {
  decision: 'approve' | 'reject' | undefined;
  reason: string;
  conditions: string;
  desensitisation: string;
  validUntil: string;
}

export function newDecisionValues(periodTo: unknown): DecisionFormValues {
  // No decision is preselected: the officer chooses one.
  return { decision: undefined, reason: '', conditions: '', desensitisation: '', validUntil: typeof periodTo === 'string' ? periodTo : '' };
}

/** The profile's minimum length of a refusal's reason (the rule the core applies). */
export function reasonMinLength(profile: ProfileId | undefined): number {
  return REQUEST_RULES[profile ?? 'national'].rejectReasonMinLength;
}

/** What `requests.decide` receives: only the fields of the chosen decision, blanks left out. */
export function toDecisionInput(id: string, v: DecisionFormValues & { decision: 'approve' | 'reject' }): Input<'requests.decide'> {
  const opt = (key: 'reason' | 'conditions' | 'desensitisation' | 'validUntil', value: string) => (value.trim() ? { [key]: value.trim() } : {});
  if (v.decision === 'reject') return { id, decision: 'reject', ...opt('reason', v.reason) };
  return { id, decision: 'approve', ...opt('conditions', v.conditions), ...opt('desensitisation', v.desensitisation), ...opt('validUntil', v.validUntil) };
}

/** Live validation with the shared schema and the profile's minimum, as the core validates. */
export function decisionIssues(min: number) {
  const schema = decisionInputSchema(min);
  return (v: DecisionFormValues): FieldIssue[] =>
    v.decision === undefined ? [{ path: 'decision', code: 'validation.decisionRequired' }] : schemaIssues(schema, toDecisionInput('form', { ...v, decision: v.decision }));
}
