import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClockView, RequestView } from '@shared/ipc/channels/requests';
import { ClockTag } from '../requests-common/ClockTag';

/** The step still running (the first not done), or none when every step is finished. */
export function pressingClock(r: Pick<RequestView, 'clocks'>): ClockView | undefined {
  return r.clocks.find((c) => c.status !== 'done');
}

/** Working days left on a running clock, in words: red when overdue, orange within one working day. */
export function DaysLeft({ clock }: { clock: ClockView }) {
  const { t } = useTranslation('decisions');
  const n = clock.remainingWorkingDays;
  if (clock.status === 'paused' || n === undefined) return null;
  const type = clock.status === 'overdue' ? 'danger' : clock.status === 'dueSoon' ? 'warning' : 'secondary';
  const text = n < 0 ? t('left.overdue', { count: -n }) : n === 0 ? t('left.today') : t('left.days', { count: n });
  return (
    <Typography.Text type={type} strong={type !== 'secondary'} data-testid="days-left" data-days={n}>
      {text}
    </Typography.Text>
  );
}

/** A request's deadline in a list: the running step's due day (rule and source in its tooltip) and the working days left. */
export function DeadlineCell({ request }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const clock = pressingClock(request);
  if (!clock) return <Typography.Text type="secondary">{t('left.none')}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <ClockTag clock={clock} />
      <DaysLeft clock={clock} />
    </Space>
  );
}
