import { deadlineReminderSchema } from '@shared/ipc/channels/requests';
import { translate, type Locale } from '@shared/i18n/messages';
import type { DesktopNotice } from './notify';

/**
 * The desktop notification of a core `deadline.reminder` (issue 5 item 9), in the UI language,
 * with its dedup key; undefined for a payload that is not one (the core host is another process).
 */
export function reminderNotice(payload: unknown, locale: Locale): { notice: DesktopNotice; key: string } | undefined {
  const r = deadlineReminderSchema.safeParse(payload);
  if (!r.success) return undefined;
  const { title, due, status, step, id } = r.data;
  return {
    notice: { title: translate(`requests.reminder.${status}`, locale, { title, due }), body: translate(`calendar.step.${step}`, locale) },
    key: `deadline:${id}:${step}:${due}:${status}`,
  };
}
