import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Input, Radio, Space, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RulingOutcome, ShareRequest } from '@shared/protocol/records';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';
import type { RequestEvent } from '@shared/protocol/review';
import { historyOf } from './history';
import { RequestTimeline } from './RequestTimeline';

/**
 * Escalated share requests, for the reviewer acting as the authority (争议协调): both sides'
 * statements, the ruling's due date, and the ruling — uphold the refusal or order the provider to
 * share — with its reasoning. Both departments receive the ruling through their feeds.
 */
export function DisputeQueue() {
  const { t } = useTranslation('review');
  const [open, setOpen] = useState<ShareRequest>();
  const disputes = useQuery({ queryKey: queryKeys.review.of('disputes'), queryFn: () => call('review.requests', { state: 'escalated', limit: 500 }) });
  return (
    <>
      <div className="review-toolbar">
        <Typography.Text type="secondary">{t('disputes.total', { count: disputes.data?.total ?? 0 })}</Typography.Text>
        <Button icon={<ReloadOutlined />} loading={disputes.isFetching} onClick={() => void disputes.refetch()} data-testid="review-disputes-refresh">
          {t('refresh')}
        </Button>
      </div>
      {disputes.error ? <Typography.Text type="danger">{disputes.error.message}</Typography.Text> : null}
      <Table<ShareRequest>
        size="middle"
        rowKey="id"
        loading={disputes.isPending}
        dataSource={disputes.data?.requests ?? []}
        data-testid="review-disputes"
        locale={{ emptyText: t('disputes.empty') }}
        pagination={false}
        onRow={(r) => ({ onClick: () => setOpen(r) })}
        columns={[
          { key: 'entry', title: t('requests.column.entry'), render: (_, r) => <Typography.Text strong>{r.entryName}</Typography.Text> },
          { key: 'requester', title: t('requests.column.requester'), dataIndex: 'requesterName', width: 180 },
          { key: 'provider', title: t('requests.column.provider'), dataIndex: 'providerName', width: 180 },
          { key: 'grounds', title: t('disputes.grounds'), ellipsis: true, render: (_, r) => r.escalation?.reason ?? '—' },
          { key: 'due', title: t('disputes.due'), width: 120, render: (_, r) => r.dueDate ?? '—' },
        ]}
      />
      <RulingDrawer request={open} events={open ? historyOf(disputes.data?.events, open.id) : []} onClose={() => setOpen(undefined)} />
    </>
  );
}

function RulingDrawer({ request: r, events, onClose }: { request: ShareRequest | undefined; events: readonly RequestEvent[]; onClose(): void }) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<RulingOutcome>();
  const [reasoning, setReasoning] = useState('');
  const rule = useMutation({
    mutationFn: (req: ShareRequest) => call('review.rule', { id: req.id, revision: req.revision, outcome: outcome!, reasoning: reasoning.trim() }),
    onSuccess: (_, req) => {
      void message.success(t('disputes.ruled', { name: req.entryName }));
      setOutcome(undefined);
      setReasoning('');
      onClose();
    },
    onError: (err) => void message.error(err.message),
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.review.of('disputes') }),
  });
  const refusal = r?.decision?.decision === 'reject' ? r.decision.reason : undefined;
  return (
    <Drawer open={!!r} size={640} destroyOnHidden onClose={onClose} title={r ? t('disputes.title', { name: r.entryName }) : ''} data-testid="ruling-drawer">
      {r ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'requester', label: t('requests.column.requester'), children: r.requesterName },
              { key: 'provider', label: t('requests.column.provider'), children: r.providerName },
              { key: 'purpose', label: t('requests.column.purpose'), children: r.purpose },
              { key: 'items', label: t('disputes.items'), children: r.items.length ? r.items.join(t('disputes.joiner')) : t('disputes.wholeEntry') },
              { key: 'grounds', label: t('disputes.grounds'), children: <span data-testid="ruling-grounds">{r.escalation?.reason ?? '—'}</span> },
              { key: 'escalatedAt', label: t('disputes.escalatedAt'), children: r.escalation ? formatDateTime(r.escalation.escalatedAt) : '—' },
              { key: 'refusal', label: t('disputes.refusal'), children: refusal ?? t('disputes.noAnswer') },
              { key: 'statement', label: t('disputes.statement'), children: <span data-testid="ruling-statement">{r.providerStatement?.text ?? t('disputes.noStatement')}</span> },
              { key: 'due', label: t('disputes.due'), children: r.dueDate ?? '—' },
              { key: 'history', label: t('requests.detail.history'), children: <RequestTimeline events={events} /> },
            ]}
          />
          <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as RulingOutcome)} data-testid="ruling-outcome">
            <Radio value="upholdRefusal">{t('disputes.outcome.upholdRefusal')}</Radio>
            <Radio value="orderShare">{t('disputes.outcome.orderShare')}</Radio>
          </Radio.Group>
          <Input.TextArea value={reasoning} maxLength={4000} autoSize={{ minRows: 3 }} placeholder={t('disputes.reasoningPlaceholder')} onChange={(e) => setReasoning(e.target.value)} data-testid="ruling-reasoning" />
          <Button type="primary" disabled={!outcome || !reasoning.trim()} loading={rule.isPending} onClick={() => rule.mutate(r)} data-testid="ruling-submit">
            {t('disputes.rule')}
          </Button>
        </Space>
      ) : null}
    </Drawer>
  );
}
