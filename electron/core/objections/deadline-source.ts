import { OBJECTION_OPEN_STATES } from '@shared/domain/objection-states';
import type { DeadlineSource, DueItem } from '../deadlines/reminders';
import { objectionView } from './handlers';
import type { ObjectionRow } from './repository';

/** The answer deadlines of open objections, for reminders. */
export const objectionDeadlineSource: DeadlineSource = {
  async dueItems(db, dc) {
    const items: DueItem[] = [];
    const objections = await db.all<ObjectionRow>(`SELECT * FROM objections WHERE state IN (${OBJECTION_OPEN_STATES.map(() => '?').join(',')})`, [...OBJECTION_OPEN_STATES]);
    for (const o of objections) {
      const v = await objectionView(db, o, dc);
      for (const c of v.deadlines) if (c.status !== 'done' && c.due) items.push({ subject: 'objection', id: o.id, title: o.entry_name, step: c.step, due: c.due, status: c.status, calendarCovered: c.calendarCovered });
    }
    return items;
  },
};
