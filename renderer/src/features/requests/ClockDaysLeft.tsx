import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '@shared/ipc/channels/requests';
import { ClockTag } from '../requests-common/ClockTag';

/** A running clock with its working days left (or past due) beside it: what a list is scanned for. */
export function ClockDaysLeft({ clock }: { clock: DeadlineView }) {
  const { t } = useTranslation('requests');
  const days = clock.remainingWorkingDays;
  const running = clock.status !== 'paused' && clock.status !== 'done' && days !== undefined;
  return (
    <Space size={4} wrap>
      <ClockTag clock={clock} />
      {running ? (
        <Typography.Text type={days < 0 ? 'danger' : days <= 1 ? 'warning' : 'secondary'} data-testid="clock-days-left">
          {days < 0 ? t('list.daysOverdue', { count: -days }) : days === 0 ? t('list.dueToday') : t('list.daysLeft', { count: days })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

/** Clocks one per line, each with its working days left. */
export function ClockDaysLeftList({ clocks }: { clocks: readonly DeadlineView[] }) {
  return (
    <Space direction="vertical" size={2}>
      {clocks.map((c) => (
        <ClockDaysLeft key={c.step} clock={c} />
      ))}
    </Space>
  );
}
