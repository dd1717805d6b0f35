import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineView, RequestView } from '@shared/ipc/channels/requests';
import { DeadlineDaysLeft, DecidedTag } from '../requests/DeadlineDaysLeft';
import { runningDeadlines } from '../requests-common/decided';

/** The step still running (the first not done nor answered by the decision), or none. */
export function pressingDeadline(r: Pick<RequestView, 'deadlines' | 'decision'>): DeadlineView | undefined {
  return runningDeadlines(r)[0];
}

/** A request's deadline in a list: the running step's due day (rule and source in its tooltip) and the working days left; once decided, the day of the decision. */
export function DeadlineCell({ request }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const deadline = pressingDeadline(request);
  if (deadline) return <DeadlineDaysLeft deadline={deadline} />;
  if (request.decision) return <DecidedTag decision={request.decision} />;
  return <Typography.Text type="secondary">{t('left.none')}</Typography.Text>;
}
