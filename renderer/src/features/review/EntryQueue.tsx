import { useState } from 'react';
import { Button, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubmittedEntry } from '@shared/protocol/records';
import { call } from '../../api/client';
import { ReviewDrawer } from './ReviewDrawer';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

const PAGE = 50;

/** Catalogue entries the departments submitted, oldest first as the platform lists them; a row opens its review. */
export function EntryQueue() {
  const { t } = useTranslation('review');
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<SubmittedEntry>();
  const queue = useQuery({
    queryKey: queryKeys.review.of('queue', page),
    queryFn: () => call('review.queue', { state: 'submitted', offset: page * PAGE, limit: PAGE }),
  });
  return (
    <>
      {/* Submissions arrive on the platform, not through this workspace's events: the reviewer asks for them. */}
      <div className="review-toolbar">
        <Typography.Text type="secondary" data-testid="review-queue-total">
          {t('queue.total', { count: queue.data?.total ?? 0 })}
        </Typography.Text>
        <Button icon={<ReloadOutlined />} loading={queue.isFetching} onClick={() => void queue.refetch()} data-testid="review-refresh">
          {t('refresh')}
        </Button>
      </div>
      {queue.error ? <Typography.Text type="danger">{queue.error.message}</Typography.Text> : null}
      <Table<SubmittedEntry>
        size="middle"
        rowKey="id"
        loading={queue.isPending}
        dataSource={queue.data?.entries ?? []}
        data-testid="review-queue"
        locale={{ emptyText: t('queue.empty') }}
        onRow={(row) => ({ onClick: () => setOpen(row), className: 'clickable-row' })}
        pagination={{ current: page + 1, pageSize: PAGE, total: queue.data?.total ?? 0, showSizeChanger: false, onChange: (p) => setPage(p - 1) }}
        columns={[
          { key: 'name', title: t('queue.column.name'), render: (_, r) => <Typography.Text strong>{r.entry.name}</Typography.Text> },
          { key: 'department', title: t('queue.column.department'), dataIndex: 'departmentName', width: 220 },
          { key: 'revision', title: t('queue.column.revision'), width: 90, render: (_, r) => (r.revision > 1 ? <Tag color="orange">{t('queue.resubmitted', { revision: r.revision })}</Tag> : <Tag>{t('queue.first')}</Tag>) },
          { key: 'submittedAt', title: t('queue.column.submittedAt'), width: 150, render: (_, r) => formatDateTime(r.submittedAt) },
          { key: 'due', title: t('queue.column.due'), width: 120, render: (_, r) => r.reviewDueDate ?? '—' },
        ]}
      />
      <ReviewDrawer entry={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
