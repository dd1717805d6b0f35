import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from './date';
import { formatPhone } from './phone';
import { formatUscc } from './uscc';

/**
 * Every formatter a screen needs, in the current language: one format per kind (see docs/ui.md).
 * `workingDays` is a deadline's distance in working days, counted by the core as the clocks count.
 */
export function useFormat() {
  const { t } = useTranslation('common');
  return useMemo(
    () => ({
      date: formatDate,
      dateTime: formatDateTime,
      phone: formatPhone,
      uscc: formatUscc,
      workingDays: (days: number) =>
        days < 0 ? t('format.workingDaysOverdue', { count: -days }) : days === 0 ? t('format.dueToday') : t('format.workingDaysLeft', { count: days }),
    }),
    [t],
  );
}
