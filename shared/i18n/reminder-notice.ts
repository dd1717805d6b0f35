import { deadlineReminderSchema } from '../ipc/channels/requests';
import { translate, type Locale } from './messages';

/** A reminder as both the desktop notification (shell) and the in-app one (renderer) word it. */
export interface ReminderNotice {
  title: string;
  body: string;
  /** One per deadline, step and status: the shell shows each once within its window. */
  key: string;
}

/**
 * The text of a core `deadline.reminder` in the UI language: what is due or late
 * and when, and the step; undefined for a payload that is not one (it crosses a process boundary).
 */
export function reminderNotice(payload: unknown, locale: Locale): ReminderNotice | undefined {
  const r = deadlineReminderSchema.safeParse(payload);
  if (!r.success) return undefined;
  const { title, due, status, step, id, subject, count } = r.data;
  if (count !== undefined)
    return {
      title: translate(`requests.reminder.${status}Many`, locale, { subject: translate(`evaluation.subject.${subject}`, locale), count: count.toLocaleString(locale), due }),
      body: translate(`calendar.step.${step}`, locale),
      key: `deadline:${subject}:${status}:${due}:${count}`,
    };
  return {
    title: translate(`requests.reminder.${status}`, locale, { title, due }),
    body: translate(`calendar.step.${step}`, locale),
    key: `deadline:${id}:${step}:${due}:${status}`,
  };
}
