import { annualReportDue, parseDay } from '@shared/calendar/index';
import type { DeadlineSource } from '../deadlines/reminders';

/**
 * The annual report (伊川 第三十九条: by the end of January): owed from the first working day of
 * January until it is filed. Profiles without the duty have no such deadline, and a workspace set
 * up after the year ended holds nothing of it to report.
 */
export const annualReportDeadlineSource: DeadlineSource = {
  async dueItems(db, dc) {
    const year = Number(dc.today.slice(0, 4)) - 1;
    const due = annualReportDue(dc.profile, year, dc.calendar);
    if (!due) return [];
    const today = parseDay(dc.today, 'today');
    const firstWorkingDay = dc.calendar.nextWorkingDayNumber(parseDay(`${year + 1}-01-01`, 'jan') - 1);
    if (today < firstWorkingDay) return [];
    const created = await db.get<{ created_at: string }>('SELECT created_at FROM workspace WHERE id = 1');
    if (!created || created.created_at >= `${year + 1}-01-01`) return [];
    const filed = await db.get<{ filed_at: string | null }>('SELECT filed_at FROM annual_reports WHERE year = ?', [year]);
    if (filed?.filed_at) return [];
    const dueDay = parseDay(due.due, 'due');
    const status = today > dueDay ? 'overdue' : today >= dc.calendar.previousWorkingDayNumber(dueDay) ? 'dueSoon' : 'running';
    return [{ subject: 'annualReport', id: String(year), title: String(year), step: 'annualReport', due: due.due, status, calendarCovered: due.calendarCovered }];
  },
};
