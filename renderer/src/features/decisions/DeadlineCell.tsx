import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineView, RequestView } from '@shared/ipc/channels/requests';
import { DeadlineDaysLeft } from '../requests/DeadlineDaysLeft';

/** The step still running (the first not done), or none when every step is finished. */
export function pressingDeadline(r: Pick<RequestView, 'deadlines'>): DeadlineView | undefined {
  return r.deadlines.find((c) => c.status !== 'done');
}

/** A request's deadline in a list: the running step's due day (rule and source in its tooltip) and the working days left. */
export function DeadlineCell({ request }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const deadline = pressingDeadline(request);
  if (!deadline) return <Typography.Text type="secondary">{t('left.none')}</Typography.Text>;
  return <DeadlineDaysLeft deadline={deadline} />;
}
