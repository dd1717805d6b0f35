import { Space, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '@shared/ipc/channels/requests';
import { useLocale } from '../../i18n/LocaleContext';

/** Colours per deadline status: overdue red, due within one working day orange. */
export const DEADLINE_COLORS: Record<DeadlineView['status'], string> = {
  running: 'processing',
  dueSoon: 'warning',
  overdue: 'error',
  paused: 'default',
  done: 'success',
};

/** Year of the deadline's due (or start) day, for the "calendar not yet published" warning. */
export function deadlineYear(deadline: DeadlineView): string {
  return (deadline.due ?? deadline.start).slice(0, 4);
}

/**
 * One deadline step as lists and details show it: the step, its due day and status, the rule and
 * where it is written in the tooltip ("伊川: provider decides within 5 working days"), and a
 * warning when the due day falls in a year whose holiday schedule is not published yet.
 */
export function DeadlineTag({ deadline, showStep = true }: { deadline: DeadlineView; showStep?: boolean }) {
  const { t } = useTranslation('requests');
  const { locale } = useLocale();
  const text =
    deadline.status === 'done'
      ? t(deadline.late ? 'deadline.doneLate' : 'deadline.done', { end: deadline.end ?? '' })
      : deadline.status === 'paused'
        ? t('deadline.paused', { days: deadline.remainingWorkingDays ?? 0 })
        : t(`deadline.${deadline.status}`, { due: deadline.due ?? '' });
  const tip = (
    <>
      <div>{deadline.rule.wording[locale]}</div>
      <div>{t('deadline.source', { title: deadline.rule.source.title, article: deadline.rule.source.article })}</div>
      {deadline.extension && <div>{t('deadline.extended', { days: deadline.extension.workingDays })}</div>}
    </>
  );
  return (
    <Space size={4} data-testid={`deadline-${deadline.step}`} data-status={deadline.status}>
      {showStep && <Typography.Text type="secondary">{t(`deadline.step.${deadline.step}`, { defaultValue: deadline.step })}</Typography.Text>}
      <Tooltip title={tip}>
        <Tag color={DEADLINE_COLORS[deadline.status]}>{text}</Tag>
      </Tooltip>
      {!deadline.calendarCovered && (
        <Tooltip title={t('deadline.uncoveredHint')}>
          <Typography.Text type="warning" data-testid="deadline-uncovered">
            <WarningOutlined /> {t('deadline.uncovered', { year: deadlineYear(deadline) })}
          </Typography.Text>
        </Tooltip>
      )}
    </Space>
  );
}

/** Every deadline of a matter, one per line. */
export function DeadlineList({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  return (
    <Space direction="vertical" size={2}>
      {deadlines.map((c) => (
        <DeadlineTag key={c.step} deadline={c} />
      ))}
    </Space>
  );
}
