import { useState } from 'react';
import { App, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ShareRequest } from '@shared/protocol/records';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';
import { ReviewRequestDetails } from './ReviewRequestDetails';
import { historyOf } from './history';
import { ShareTypeTag } from '../catalogue/ShareTypeTag';

/**
 * Unconditional share requests waiting for the platform's check, each opening onto everything the
 * requester filed: approve (confirmed first when it releases sensitive items), or reject with a reason.
 */
export function RequestQueue() {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState<ShareRequest>();
  // Approving the release of sensitive items is confirmed first.
  const [confirming, setConfirming] = useState<ShareRequest>();
  const [reason, setReason] = useState('');
  const requests = useQuery({ queryKey: queryKeys.review.of('requests'), queryFn: () => call('review.requests', { limit: 500 }) });
  const decide = useMutation({
    mutationFn: ({ r, decision }: { r: ShareRequest; decision: 'approve' | 'reject' }) =>
      call('review.decideRequest', { id: r.id, revision: r.revision, decision, ...(decision === 'reject' ? { reason: reason.trim() } : {}) }),
    onSuccess: (_, { r, decision }) => {
      void message.success(t(decision === 'approve' ? 'requests.approved' : 'requests.rejected', { name: r.entryName }));
      setRejecting(undefined);
      setConfirming(undefined);
      setReason('');
    },
    onError: (err) => void message.error(err.message),
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.review.of('requests') }),
  });

  return (
    <>
      <div className="review-toolbar">
        <Typography.Text type="secondary">{t('requests.total', { count: requests.data?.total ?? 0 })}</Typography.Text>
        <Button icon={<ReloadOutlined />} loading={requests.isFetching} onClick={() => void requests.refetch()} data-testid="review-requests-refresh">
          {t('refresh')}
        </Button>
      </div>
      {requests.error ? <Typography.Text type="danger">{requests.error.message}</Typography.Text> : null}
      <Table<ShareRequest>
        size="middle"
        rowKey="id"
        loading={requests.isPending}
        dataSource={requests.data?.requests ?? []}
        data-testid="review-requests"
        locale={{ emptyText: t('requests.empty') }}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <ReviewRequestDetails request={r} events={historyOf(requests.data?.events, r.id)} />, expandRowByClick: true }}
        columns={[
          { key: 'entry', title: t('requests.column.entry'), render: (_, r) => <Typography.Text strong>{r.entryName}</Typography.Text> },
          { key: 'shareType', title: t('requests.column.shareType'), width: 110, render: (_, r) => <ShareTypeTag shareType={r.shareType} /> },
          { key: 'requester', title: t('requests.column.requester'), dataIndex: 'requesterName', width: 180 },
          { key: 'provider', title: t('requests.column.provider'), dataIndex: 'providerName', width: 180 },
          { key: 'purpose', title: t('requests.column.purpose'), dataIndex: 'purpose', ellipsis: true },
          { key: 'submittedAt', title: t('requests.column.submittedAt'), width: 150, render: (_, r) => formatDateTime(r.submittedAt) },
          { key: 'due', title: t('requests.column.due'), width: 110, render: (_, r) => r.dueDate ?? '—' },
          {
            key: 'actions',
            title: t('requests.column.actions'),
            width: 170,
            render: (_, r) => (
              <Space>
                <Button type="primary" size="small" loading={decide.isPending && decide.variables?.r.id === r.id} onClick={() => (r.sensitiveItems?.length ? setConfirming(r) : decide.mutate({ r, decision: 'approve' }))} data-testid="request-approve">
                  {t('requests.approve')}
                </Button>
                <Button danger size="small" onClick={() => setRejecting(r)} data-testid="request-reject">
                  {t('requests.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={rejecting !== undefined}
        title={t('requests.rejectTitle', { name: rejecting?.entryName ?? '' })}
        okText={t('requests.reject')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: decide.isPending }}
        onOk={() => rejecting && decide.mutate({ r: rejecting, decision: 'reject' })}
        onCancel={() => setRejecting(undefined)}
        destroyOnHidden
      >
        <Input.TextArea value={reason} maxLength={1000} autoSize={{ minRows: 3 }} placeholder={t('requests.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} data-testid="request-reason" />
      </Modal>
      <Modal
        open={confirming !== undefined}
        title={t('requests.confirmSensitive.title')}
        okText={t('requests.confirmSensitive.ok')}
        okButtonProps={{ loading: decide.isPending, ...{ 'data-testid': 'review-sensitive-ok' } }}
        onOk={() => confirming && decide.mutate({ r: confirming, decision: 'approve' })}
        onCancel={() => setConfirming(undefined)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('requests.confirmSensitive.content', { requester: confirming?.requesterName ?? '', entry: confirming?.entryName ?? '' })}
        </Typography.Paragraph>
        <Space size={[4, 4]} wrap>
          {(confirming?.sensitiveItems ?? []).map((i) => (
            <Tag key={i} color="red">
              {i}
            </Tag>
          ))}
        </Space>
      </Modal>
    </>
  );
}
