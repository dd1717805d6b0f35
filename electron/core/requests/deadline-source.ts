import { OPEN_REQUEST_STATES } from '@shared/domain/request-states';
import type { DeadlineSource, DueItem } from '../deadlines/reminders';
import type { RequestRow } from './repository';
import { requestView } from './view';

/** The deadlines of open requests, for reminders (deadlines/reminders.ts reads no feature table itself). */
export const requestDeadlineSource: DeadlineSource = {
  async dueItems(db, dc) {
    const items: DueItem[] = [];
    const requests = await db.all<RequestRow>(`SELECT * FROM share_requests WHERE state IN (${OPEN_REQUEST_STATES.map(() => '?').join(',')})`, [...OPEN_REQUEST_STATES]);
    for (const r of requests) {
      const v = await requestView(db, r, dc);
      for (const c of v.deadlines) if (c.status !== 'done' && c.due) items.push({ subject: 'request', id: r.id, title: r.entry_name, step: c.step, due: c.due, status: c.status, calendarCovered: c.calendarCovered });
    }
    return items;
  },
};
