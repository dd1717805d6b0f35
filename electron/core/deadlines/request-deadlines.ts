import { computeDeadlines, type Deadline, type DeadlineEvent, type WorkingCalendar } from '@shared/calendar/index';
import type { ProfileId } from '@shared/profiles/types';

/**
 * What a request's deadlines are computed from, as the requests feature stores it. Declared here,
 * not imported: requests depend on deadlines, never the reverse.
 */
export interface DeadlineRequestRow {
  share_type: 'unconditional' | 'conditional' | 'none';
  submitted_at: string | null;
}

/** One recorded state change of a request (a row of `share_request_events`). */
export interface StateChange {
  /** The event's type; `escalateRefused` undoes the escalation before it (rows read without it are taken as they are). */
  type?: string;
  outcome: string;
  from_state: string;
  to_state: string;
  at: string;
}

/**
 * The deadline events of a request (shared/profiles/deadlines.ts DEADLINE_EVENTS) from its applied
 * state changes: the platform's receipt starts the chain, entering providerReview is `forwarded`
 * (the provider's deadline starts when the platform hands it over), returned and leaving it bracket a
 * pause, approved/rejected end the decision, active is `delivered`, `escalated` hands the matter to
 * the authority and leaving it is the authority's ruling (`ruled`). A renewal starts a new chain.
 */
export function requestDeadlineEvents(row: Pick<DeadlineRequestRow, 'submitted_at'>, events: readonly StateChange[]): DeadlineEvent[] {
  const applied = withoutRefusedEscalations(events.filter((e) => e.outcome === 'applied'));
  const renewal = applied.map((e) => e.to_state).lastIndexOf('renewalRequested');
  const chain = renewal >= 0 ? applied.slice(renewal) : applied;
  const out: DeadlineEvent[] = [];
  let submitted = false;
  const mark = (type: string, at: string) => {
    // Events must be in time order; a local action stamped before the platform's time counts on the later day.
    const prev = out.at(-1)?.at;
    out.push({ type, at: prev && prev > at ? prev : at });
  };
  for (const e of chain) {
    const to = e.to_state;
    if (to === e.from_state) continue;
    const received = to !== 'draft' && to !== 'pendingSync' && to !== 'withdrawn';
    if (!submitted && received) {
      mark('submitted', renewal >= 0 ? e.at : (row.submitted_at ?? e.at));
      submitted = true;
      if (to === 'renewalRequested') continue;
    }
    if (e.from_state === 'returned' && to !== 'returned') mark('resubmitted', e.at);
    // Leaving `escalated` is the authority's ruling (upheld: rejected; ordered to share: approved).
    if (e.from_state === 'escalated') mark('ruled', e.at);
    if (to === 'providerReview') mark('forwarded', e.at);
    else if (to === 'returned') mark('returned', e.at);
    else if (to === 'approved') mark('approved', e.at);
    else if (to === 'rejected') mark('rejected', e.at);
    else if (to === 'active') mark('delivered', e.at);
    else if (to === 'escalated') mark('escalated', e.at);
  }
  // A renewal of a conditional request goes straight back to its provider.
  if (renewal >= 0 && out.length === 1) out.push({ type: 'forwarded', at: out[0]!.at });
  return out;
}

/**
 * A refused escalation never happened for the deadlines: the step in hand kept running on the
 * platform. The escalation and the refusal that undid it are dropped.
 */
function withoutRefusedEscalations(events: readonly StateChange[]): StateChange[] {
  const out: StateChange[] = [];
  for (const e of events) {
    if (e.type === 'escalateRefused') {
      const escalated = out.map((x) => x.to_state).lastIndexOf('escalated');
      if (escalated >= 0) out.splice(escalated);
      continue;
    }
    out.push(e);
  }
  return out;
}

export function requestDeadlines(profile: ProfileId, row: DeadlineRequestRow, events: readonly StateChange[], calendar: WorkingCalendar, today: string): Deadline[] {
  if (row.share_type === 'none') return [];
  const deadlineEvents = requestDeadlineEvents(row, events);
  if (!deadlineEvents.length) return [];
  return computeDeadlines(profile, { subject: 'request', shareType: row.share_type, events: deadlineEvents }, calendar, today);
}

/** Running deadlines only: a finished step is history, not a deadline. */
export function pressing(deadlines: readonly Deadline[]): { overdue: boolean; dueSoon: boolean; calendarCovered: boolean; next?: Deadline } {
  const open = deadlines.filter((c) => c.status !== 'done');
  return {
    overdue: open.some((c) => c.status === 'overdue'),
    dueSoon: open.some((c) => c.status === 'dueSoon'),
    calendarCovered: deadlines.every((c) => c.calendarCovered),
    ...(open.length ? { next: open[0] } : {}),
  };
}
