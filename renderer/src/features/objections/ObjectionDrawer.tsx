import { Descriptions, Drawer, List, Spin, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { DeadlineList } from '../requests-common/DeadlineTag';
import { AttachmentLine } from './EvidencePicker';
import { ObjectionActions } from './ObjectionActions';
import { extensionRule } from './objectionActions';
import { ObjectionStateTag } from './ObjectionStateTag';
import { queryKeys } from '../../api/queryKeys';
import { formatDate, formatDateTime } from '../../format/date';

/** One objection: what is questioned, the evidence, the answer deadline, the answer and the record, with the actions of this side. */
export function ObjectionDrawer({ id, onClose }: { id: string | undefined; onClose(): void }) {
  const { t } = useTranslation('objections');
  const { t: tm } = useTranslation('messages');
  const profile = useWorkspaceInfo()?.profileId ?? 'national';
  const q = useQuery({ queryKey: queryKeys.objections.of('get', id), queryFn: () => call('objections.get', { id: id! }), enabled: id !== undefined });
  const o = q.data;
  const ext = extensionRule(profile);
  let body;
  if (q.isPending) body = <Spin className="page-spin" />;
  else if (q.isError) body = <Typography.Text type="danger">{q.error.message}</Typography.Text>;
  else if (o) {
    body = (
      <>
        <Descriptions column={2} size="small" bordered data-testid="objection-details">
          <Descriptions.Item label={t('field.entry')} span={2}>
            {o.entryName}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.item')}>{o.itemName ?? t('raise.wholeEntry')}</Descriptions.Item>
          <Descriptions.Item label={t('field.recordKey')}>{o.recordKey ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.description')} span={2}>
            {o.description}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.state')}>
            <ObjectionStateTag state={o.state} label={tm(`objections.state.${o.state}`)} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.raisedAt')}>{formatDate(o.raisedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.raiser')}>{o.raiserCode}</Descriptions.Item>
          <Descriptions.Item label={t('field.provider')}>{o.providerCode}</Descriptions.Item>
          <Descriptions.Item label={t('field.deadline')} span={2}>
            <div data-testid="objection-deadline">
              <DeadlineList deadlines={o.deadlines} />
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={t('field.extensions')} span={2}>
            <span data-testid="objection-extensions">{ext ? t('extension.used', { used: o.extensions, times: ext.times, days: ext.workingDays }) : t('extension.blocked.notAllowed')}</span>
          </Descriptions.Item>
          {o.answer ? (
            <Descriptions.Item label={t('field.answer')} span={2}>
              <span data-testid="objection-answer-given">{`${t(`answer.${o.answer.answer}`, { defaultValue: o.answer.answer })} · ${o.answer.note} (${formatDate(o.answer.answeredAt)})`}</span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('field.evidence')}
        </Typography.Title>
        <List size="small" dataSource={o.attachments} rowKey="sha256" locale={{ emptyText: t('evidence.none') }} renderItem={(a) => <List.Item><AttachmentLine attachment={a} /></List.Item>} data-testid="objection-evidence" />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('history.title')}
        </Typography.Title>
        <Timeline
          data-testid="objection-history"
          items={o.history.map((h) => ({
            key: `${h.at}:${h.type}`,
            content: `${formatDateTime(h.at)} · ${t(`history.${h.type}`, { defaultValue: h.type })}${h.note ? ` — ${h.note}` : ''}`,
          }))}
        />
      </>
    );
  }
  return (
    <Drawer open={id !== undefined} onClose={onClose} size={720} title={o ? t('drawer.title', { name: o.entryName }) : t('title')} extra={o ? <ObjectionActions objection={o} /> : null} destroyOnHidden data-testid="objection-drawer">
      {body}
    </Drawer>
  );
}
