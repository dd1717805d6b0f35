import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestEvent } from '@shared/protocol/review';
import { formatDateTime } from '../../format/date';

const COLOUR: Partial<Record<RequestEvent['kind'], string>> = {
  approved: 'green',
  scenarioGranted: 'green',
  ruledShare: 'green',
  delivered: 'green',
  suspensionLifted: 'green',
  rejected: 'red',
  ruledRefusal: 'red',
  revoked: 'red',
  suspended: 'red',
  escalated: 'orange',
  expired: 'gray',
  withdrawn: 'gray',
};

/**
 * A request's history as the platform recorded it: each step with its time (in the workstation's
 * zone), who acted, and what they wrote (reason, statement, reasoning).
 */
export function RequestTimeline({ events }: { events: readonly RequestEvent[] }) {
  const { t } = useTranslation('review');
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  return (
    <Timeline
      data-testid="request-timeline"
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: COLOUR[e.kind] ?? 'blue',
        children: (
          <div data-testid="request-event" data-kind={e.kind}>
            <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>{' '}
            <Typography.Text strong>{t(`history.kind.${e.kind}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t(`history.by.${e.by}`)}</Typography.Text>
            {e.note ? <div className="request-event-note">{e.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
