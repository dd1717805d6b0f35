import type { RequestView } from '@shared/ipc/channels/requests';

/**
 * Where the core escalates (disputes.escalate): the requester's own request, refused or overdue,
 * in a state the state machine lets escalate.
 */
export function canEscalate(r: Pick<RequestView, 'role' | 'state' | 'overdue' | 'allowed'>): boolean {
  return r.role === 'requester' && r.allowed.includes('escalate') && (r.state === 'rejected' || r.overdue);
}
