import type { RequestView } from '@shared/ipc/channels/requests';

/** Before the platform receives a request no clock runs yet. */
const NOT_YET_TIMED: ReadonlySet<RequestView['state']> = new Set(['draft', 'pendingSync', 'submitted']);

/**
 * What the deadline column says of a request with no running step: every step done, not started
 * (not yet received by the platform), or no timed step at all (a grant under a scenario, say).
 */
export function quietDeadlineNote(r: Pick<RequestView, 'state' | 'deadlines'>): 'deadlinesDone' | 'noDeadline' | 'noTimedStep' {
  if (r.deadlines.length) return 'deadlinesDone';
  return NOT_YET_TIMED.has(r.state) ? 'noDeadline' : 'noTimedStep';
}
