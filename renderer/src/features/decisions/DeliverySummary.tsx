import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliveryView } from '@shared/ipc/channels/requests';
import { formatDateTime } from '../../format/date';

/** How the data is delivered, as both sides see it: the method and what reaches the data. */
export function DeliverySummary({ delivery: d }: { delivery: DeliveryView }) {
  const { t } = useTranslation('decisions');
  const rows = [
    ...(d.method ? [{ key: 'method', label: t('deliver.method'), children: t(`deliver.methods.${d.method}`) }] : []),
    ...(['url', 'viewName', 'database', 'location', 'note'] as const).flatMap((k) =>
      d[k] ? [{ key: k, label: t(`deliver.${k}`), children: <span data-testid={`delivery-shown-${k}`}>{d[k]}</span> }] : [],
    ),
    { key: 'at', label: t('deliver.deliveredAt'), children: t(`deliver.byWhom.${d.by}`, { at: formatDateTime(d.deliveredAt) }) },
  ];
  return <Descriptions size="small" column={1} bordered items={rows} data-testid="delivery-summary" />;
}
