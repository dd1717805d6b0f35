import type { DeadlineSource, DueItem } from '../deadlines/reminders';
import { deadlineStatus, type NoticeRow } from './repository';

/** The rectification deadlines of notices that still owe an answer. */
export const noticeDeadlineSource: DeadlineSource = {
  async dueItems(db, dc) {
    const rows = await db.all<NoticeRow>("SELECT * FROM notices WHERE state IN ('issued', 'reopened')");
    return rows.map(
      (r): DueItem => ({
        subject: 'notice',
        id: r.id,
        title: r.entry_name,
        step: 'noticeAnswer',
        due: r.due_date,
        status: deadlineStatus(r, dc.today, dc.calendar) as DueItem['status'],
        calendarCovered: dc.calendar.coversYears(Number(r.due_date.slice(0, 4)), Number(r.due_date.slice(0, 4))),
      }),
    );
  },
};
