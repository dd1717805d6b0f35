import type { RequestView } from '@shared/ipc/channels/requests';

/**
 * Where the core escalates (disputes.escalate): the requester's own request, refused or overdue,
 * in a state the state machine lets escalate, and not ruled on by the authority already.
 */
export function canEscalate(r: Pick<RequestView, 'role' | 'state' | 'overdue' | 'allowed'> & Partial<Pick<RequestView, 'dispute'>>): boolean {
  return r.role === 'requester' && r.allowed.includes('escalate') && (r.state === 'rejected' || r.overdue) && !r.dispute?.ruling;
}
