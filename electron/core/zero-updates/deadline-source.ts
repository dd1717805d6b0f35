import { parseDay } from '@shared/calendar/index';
import type { DeadlineSource, DueItem } from '../deadlines/reminders';
import { visitZeroUpdateRows } from './status';

/**
 * The data update or zero-update report (零更新) each published entry owes by the end of its update
 * period. A period already reported is not owed again until the next one; irregular cycles owe none.
 */
export const zeroUpdateDeadlineSource: DeadlineSource = {
  async dueItems(db, dc, until) {
    const today = parseDay(dc.today, 'today');
    const items: DueItem[] = [];
    await visitZeroUpdateRows(db, dc.today, (r) => {
      if (!r.dueDate || !(r.status === 'overdue' || r.status === 'dueToday' || (r.status === 'ok' && !r.reportedCurrent))) return;
      if (until !== undefined && r.dueDate > until) return;
      const due = parseDay(r.dueDate, 'due');
      const year = Number(r.dueDate.slice(0, 4));
      items.push({
        subject: 'zeroUpdate',
        id: r.entryId,
        title: r.name,
        step: 'zeroUpdate',
        due: r.dueDate,
        status: today > due ? 'overdue' : today >= dc.calendar.previousWorkingDayNumber(due) ? 'dueSoon' : 'running',
        calendarCovered: dc.calendar.coversYears(year, year),
      });
    });
    return items;
  },
};
