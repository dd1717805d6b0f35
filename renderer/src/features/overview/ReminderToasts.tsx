import { App } from 'antd';
import { reminderNotice } from '@shared/i18n/reminder-notice';
import { useApiEvent } from '../../api/useApiEvent';
import { useLocale } from '../../i18n/LocaleContext';

/** The core's deadline reminders inside the app too (the shell shows them on the desktop), worded alike. */
export function ReminderToasts() {
  const { notification } = App.useApp();
  const { locale } = useLocale();
  useApiEvent('deadline.reminder', (payload) => {
    const n = reminderNotice(payload, locale);
    if (!n) return;
    notification[payload.status === 'overdue' ? 'error' : 'warning']({ key: n.key, title: n.title, description: n.body, placement: 'bottomRight', props: { 'data-testid': 'reminder-toast' } as object });
  });
  return null;
}
