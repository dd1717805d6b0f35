import { Space, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '@shared/ipc/channels/requests';
import { useLocale } from '../../i18n/LocaleContext';

/** Colours per clock status: overdue red, due within one working day orange. */
export const CLOCK_COLORS: Record<DeadlineView['status'], string> = {
  running: 'processing',
  dueSoon: 'warning',
  overdue: 'error',
  paused: 'default',
  done: 'success',
};

/** Year of the clock's due (or start) day, for the "calendar not yet published" warning. */
export function clockYear(clock: DeadlineView): string {
  return (clock.due ?? clock.start).slice(0, 4);
}

/**
 * One deadline step as lists and details show it: the step, its due day and status, the rule and
 * where it is written in the tooltip ("伊川: provider decides within 5 working days"), and a
 * warning when the due day falls in a year whose holiday schedule is not published yet.
 */
export function ClockTag({ clock, showStep = true }: { clock: DeadlineView; showStep?: boolean }) {
  const { t } = useTranslation('requests');
  const { locale } = useLocale();
  const text =
    clock.status === 'done'
      ? t(clock.late ? 'clock.doneLate' : 'clock.done', { end: clock.end ?? '' })
      : clock.status === 'paused'
        ? t('clock.paused', { days: clock.remainingWorkingDays ?? 0 })
        : t(`clock.${clock.status}`, { due: clock.due ?? '' });
  const tip = (
    <>
      <div>{clock.rule.wording[locale]}</div>
      <div>{t('clock.source', { title: clock.rule.source.title, article: clock.rule.source.article })}</div>
      {clock.extension && <div>{t('clock.extended', { days: clock.extension.workingDays })}</div>}
    </>
  );
  return (
    <Space size={4} data-testid={`clock-${clock.step}`} data-status={clock.status}>
      {showStep && <Typography.Text type="secondary">{t(`clock.step.${clock.step}`, { defaultValue: clock.step })}</Typography.Text>}
      <Tooltip title={tip}>
        <Tag color={CLOCK_COLORS[clock.status]}>{text}</Tag>
      </Tooltip>
      {!clock.calendarCovered && (
        <Tooltip title={t('clock.uncoveredHint')}>
          <Typography.Text type="warning" data-testid="clock-uncovered">
            <WarningOutlined /> {t('clock.uncovered', { year: clockYear(clock) })}
          </Typography.Text>
        </Tooltip>
      )}
    </Space>
  );
}

/** Every clock of a matter, one per line. */
export function ClockList({ clocks }: { clocks: readonly DeadlineView[] }) {
  return (
    <Space direction="vertical" size={2}>
      {clocks.map((c) => (
        <ClockTag key={c.step} clock={c} />
      ))}
    </Space>
  );
}
