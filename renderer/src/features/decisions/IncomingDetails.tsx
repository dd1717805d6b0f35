import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { useLabels } from '../catalogue/useLabels';
import { formatDateTime } from '../../format/date';
import { OpenAttachmentButton } from './OpenAttachmentButton';
import { formatPhone } from '../../format/phone';

const text = (fields: Record<string, unknown>, key: string): string | undefined => {
  const v = fields[key];
  return typeof v === 'string' && v.trim() ? v : undefined;
};

/**
 * What the requester asked for: resource and items (the sensitive ones marked), purpose and scenario, legal basis, method,
 * period, contact, and the sealed form with every other file, each opened from here (downloaded
 * and checked by the core the first time). Only a request the platform stored before it kept every
 * field shows some as not provided.
 */
export function IncomingDetails({ request }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const { t: tm } = useTranslation('messages');
  const { shareType } = useLabels();
  const f = request.fields;
  const none = <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>;
  const items = Array.isArray(f.items) ? f.items.filter((i): i is string => typeof i === 'string') : [];
  const sensitive = new Set(request.sensitiveItems ?? []);
  const basisKind = text(f, 'basisKind');
  const method = text(f, 'shareMethod');
  const from = text(f, 'periodFrom');
  const to = text(f, 'periodTo');
  const contact = [text(f, 'contactName'), text(f, 'contactPhone') && formatPhone(text(f, 'contactPhone'))].filter(Boolean).join(' ');
  const files = request.attachments;
  const rows = [
    { key: 'entry', label: t('detail.entry'), children: `${request.entryName}${request.entryCode ? ` (${request.entryCode})` : ''}` },
    { key: 'shareType', label: t('detail.shareType'), children: request.shareType === 'none' ? none : shareType(request.shareType) },
    { key: 'requester', label: t('detail.requester'), children: `${request.requesterName} (${request.requesterCode})` },
    { key: 'submittedAt', label: t('detail.submittedAt'), children: request.submittedAt ? formatDateTime(request.submittedAt) : none },
    { key: 'purpose', label: t('detail.purpose'), children: text(f, 'purpose') ?? none },
    { key: 'scenario', label: t('detail.scenario'), children: text(f, 'scenario') ?? none },
    {
      key: 'basis',
      label: t('detail.basis'),
      children: basisKind ? t('detail.basisValue', { kind: tm(`demands.basisKind.${basisKind}`, { defaultValue: basisKind }), text: text(f, 'basisText') ?? '' }) : none,
    },
    {
      key: 'items',
      label: t('detail.items'),
      // Marked as the platform marks them for the reviewer: sensitive in the entry, or personal data.
      children: (
        <Space size={[4, 4]} wrap>
          {items.length ? null : <span>{t('detail.wholeEntry')}</span>}
          {items.map((i) => (
            <Tag key={i} color={sensitive.has(i) ? 'red' : undefined} data-testid={sensitive.has(i) ? 'request-item-sensitive' : 'request-item'}>
              {sensitive.has(i) ? t('detail.sensitiveItem', { name: i }) : i}
            </Tag>
          ))}
          {!items.length && sensitive.size ? (
            <Typography.Text type="danger" data-testid="request-item-sensitive">
              {t('detail.sensitiveInEntry', { items: [...sensitive].join(t('detail.joiner')) })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { key: 'method', label: t('detail.method'), children: method ? tm(`requests.shareMethod.${method}`, { defaultValue: method }) : none },
    { key: 'period', label: t('detail.period'), children: from || to ? `${from ?? ''} – ${to ?? ''}` : none },
    { key: 'contact', label: t('detail.contact'), children: contact || none },
    {
      key: 'sealedForm',
      label: t('detail.sealedForm'),
      children: files.length
        ? files.map((a) => (
            <Space key={a.sha256} size={8} style={{ display: 'flex' }} data-testid="request-attachment">
              <span>
                {a.stored === false
                  ? t('detail.attachmentRemote', { sha: a.sha256.slice(0, 8) })
                  : t('detail.attachment', { name: a.fileName, type: a.type.toUpperCase(), kb: Math.ceil(a.size / 1024) })}
              </span>
              <OpenAttachmentButton requestId={request.id} sha256={a.sha256} />
            </Space>
          ))
        : none,
    },
  ];
  return <Descriptions size="small" column={1} bordered items={rows} data-testid="request-details" />;
}
