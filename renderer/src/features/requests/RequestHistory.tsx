import { Spin, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

/** Every event of a request as the core stored it, the refused and stale platform updates included. */
export function RequestHistory({ id }: { id: string }) {
  const { t } = useTranslation('requests');
  const { t: tm } = useTranslation('messages');
  const history = useQuery({ queryKey: queryKeys.requests.of('history', id), queryFn: () => call('requests.history', { id }) });
  if (history.isPending) return <Spin />;
  if (history.isError) return <Typography.Text type="danger">{history.error.message}</Typography.Text>;
  const state = (s: string) => (s ? tm(`requests.state.${s}`) : '—');
  return (
    <Timeline
      data-testid="request-history"
      items={history.data.events.map((e) => ({
        key: e.eventId,
        color: e.outcome === 'applied' ? 'blue' : 'gray',
        content: (
          <div data-testid="request-history-event" data-type={e.type}>
            <Typography.Text>{e.from === e.to || !e.from ? state(e.to) : t('history.move', { from: state(e.from), to: state(e.to) })}</Typography.Text>{' '}
            {e.outcome !== 'applied' ? <Tag color={e.outcome === 'illegal' ? 'error' : 'default'}>{t(`history.outcome.${e.outcome}`)}</Tag> : null}
            <div>
              <Typography.Text type="secondary">
                {t('history.meta', { at: formatDateTime(e.at), actor: e.actor, event: e.type.startsWith('platform.') ? t('history.event.platform') : t(`history.event.${e.type}`, { defaultValue: e.type }) })}
              </Typography.Text>
            </div>
            {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
          </div>
        ),
      }))}
    />
  );
}
