import type { DeadlineView, RequestView } from '@shared/ipc/channels/requests';

/** Steps a decision ends: once decided, their clocks stop whatever the feed still says of them. */
const DECISION_STEPS: ReadonlySet<string> = new Set(['platformCheck', 'providerDecision', 'onDemandAnswer']);

type Decision = NonNullable<RequestView['decision']>;

/** A step still open in the data but answered by the decision: it stops counting down. */
export function stoppedByDecision(deadline: DeadlineView, decision: Decision | undefined): boolean {
  return !!decision && deadline.status !== 'done' && DECISION_STEPS.has(deadline.step);
}

/** The deadlines still counting: not done, and not ended by the decision. */
export function runningDeadlines(r: Pick<RequestView, 'deadlines' | 'decision'>): DeadlineView[] {
  return r.deadlines.filter((c) => c.status !== 'done' && !stoppedByDecision(c, r.decision));
}
