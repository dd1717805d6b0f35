import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShareRequest } from '@shared/protocol/records';
import type { RequestEvent } from '@shared/protocol/review';
import { formatDateTime } from '../../format/date';
import { RequestTimeline } from './RequestTimeline';

/**
 * What the reviewer decides on: the requester, the items (sensitive ones marked), purpose, scenario,
 * legal basis, method, period, contact, and the request's history (each step as the platform
 * recorded it; without one, its submission and last change).
 */
export function ReviewRequestDetails({ request: r, events }: { request: ShareRequest; events?: readonly RequestEvent[] }) {
  const { t } = useTranslation('review');
  const { t: tm } = useTranslation('messages');
  const none = <Typography.Text type="secondary">{t('requests.detail.none')}</Typography.Text>;
  const sensitive = new Set(r.sensitiveItems ?? []);
  const rows = [
    { key: 'requester', label: t('requests.detail.requester'), children: `${r.requesterName} (${r.requesterCode})` },
    {
      key: 'items',
      label: t('requests.detail.items'),
      children: (
        <Space size={[4, 4]} wrap>
          {r.items.length ? null : <span>{t('requests.detail.wholeEntry')}</span>}
          {r.items.map((i) => (
            <Tag key={i} color={sensitive.has(i) ? 'red' : undefined} data-testid={sensitive.has(i) ? 'review-item-sensitive' : 'review-item'}>
              {sensitive.has(i) ? t('requests.detail.sensitiveItem', { name: i }) : i}
            </Tag>
          ))}
          {!r.items.length && sensitive.size ? (
            <Typography.Text type="danger" data-testid="review-item-sensitive">
              {t('requests.detail.sensitiveInEntry', { items: [...sensitive].join(t('requests.detail.joiner')) })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { key: 'purpose', label: t('requests.detail.purpose'), children: r.purpose || none },
    { key: 'scenario', label: t('requests.detail.scenario'), children: r.scenario ?? none },
    {
      key: 'basis',
      label: t('requests.detail.basis'),
      children: r.basisKind ? t('requests.detail.basisValue', { kind: tm(`demands.basisKind.${r.basisKind}`), text: r.basisText ?? '' }) : none,
    },
    { key: 'method', label: t('requests.detail.method'), children: r.shareMethod ? tm(`requests.shareMethod.${r.shareMethod}`) : none },
    { key: 'period', label: t('requests.detail.period'), children: r.periodFrom || r.periodTo ? `${r.periodFrom ?? ''} – ${r.periodTo ?? ''}` : none },
    { key: 'contact', label: t('requests.detail.contact'), children: r.contactName ? `${r.contactName} ${r.contactPhone ?? ''}` : none },
    {
      key: 'history',
      label: t('requests.detail.history'),
      children: (
        <Space direction="vertical" size={0} data-testid="review-request-history">
          {events?.length ? (
            <RequestTimeline events={events} />
          ) : (
            <>
              <span>{t('requests.detail.submitted', { at: formatDateTime(r.submittedAt) })}</span>
              {r.updatedAt !== r.submittedAt ? <span>{t('requests.detail.updated', { at: formatDateTime(r.updatedAt) })}</span> : null}
            </>
          )}
          {r.dueDate ? <span>{t('requests.detail.due', { date: r.dueDate })}</span> : null}
        </Space>
      ),
    },
  ];
  return <Descriptions size="small" column={1} bordered items={rows} data-testid="review-request-details" />;
}
