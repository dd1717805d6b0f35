import { useQuery } from '@tanstack/react-query';
import { ENTRY_STATES } from '@shared/domain/enums';
import { REQUEST_STATES } from '@shared/domain/request-states';
import { call } from '../../api/client';
import { useApiEvent } from '../../api/useApiEvent';
import { countBy, type DueThing } from './weekGroups';
import { queryKeys } from '../../api/queryKeys';

/** What the week holds: every deadline source, the zero-update reports due among them. */
export function useWeek() {
  const week = useQuery({ queryKey: queryKeys.reminders.of('week'), queryFn: () => call('reminders.week', {}) });
  // The week spans requests, objections, notices, catalogue changes and updates; each change of one (and each reminder) refetches it.
  useApiEvent('workspace.changed', ({ entity }) => void ((entity === 'requests' || entity === 'objections' || entity === 'catalogue' || entity === 'notices' || entity === 'zeroUpdates') && week.refetch()));
  useApiEvent('deadline.reminder', () => void week.refetch());
  const items: DueThing[] = week.data?.items ?? [];
  return { week, items };
}

/** Change deadlines (目录更新时限) for the count in 统计: running, due soon and overdue entries. */
export function useChangeDeadlineCounts() {
  return useQuery({ queryKey: queryKeys.catalogue.of('changeDeadlines'), queryFn: () => call('catalogue.changeDeadlines', {}) });
}

/** The small counts: entries and requests by state, open objections, the outbox and sync conflicts. */
export function useCounts() {
  const states = useQuery({ queryKey: queryKeys.catalogue.of('stateCounts'), queryFn: () => call('catalogue.stateCounts', {}) });
  useApiEvent('workspace.changed', ({ entity }) => void (entity === 'catalogue' && states.refetch()));
  const requests = useQuery({ queryKey: queryKeys.requests.of('overview'), queryFn: () => call('requests.list', {}) });
  const objections = useQuery({ queryKey: queryKeys.objections.of('overview'), queryFn: () => call('objections.list', { openOnly: true }) });
  const conflicts = useQuery({ queryKey: queryKeys.sync.of('conflicts'), queryFn: () => call('sync.conflicts', {}) });
  return {
    entries: states.data ? Object.fromEntries(ENTRY_STATES.map((s) => [s, states.data.counts[s] ?? 0])) as Record<(typeof ENTRY_STATES)[number], number> : undefined,
    requests: requests.data ? countBy(REQUEST_STATES, requests.data.requests.map((r) => r.state)) : undefined,
    objections: objections.data?.objections.length,
    conflicts: conflicts.data?.conflicts.length,
  };
}
