import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { outboxOpSchema } from '@shared/ipc/channels/sync';
import { call } from '../../api/client';
import { entityName } from './conflictRows';
import { formatDateTime } from '../../format/date';
import { useErrorText } from './useErrorText';
import { useSyncState } from './useSyncState';
import { syncKeys } from './syncQueries';

type Op = z.output<typeof outboxOpSchema>;

/** Operations written locally and waiting for the platform, in the order they go out. */
export function OutboxTable() {
  const { t } = useTranslation('sync');
  const list = useQuery({ queryKey: syncKeys.outbox, queryFn: () => call('outbox.list', { limit: 500 }) });
  const state = useSyncState().data;
  const errorText = useErrorText();
  const ops = list.data?.ops ?? [];
  // Operations go out in order: the first one waiting carries the last run's failure, the rest wait behind it.
  const statusOf = (o: Op) => (o.seq !== ops[0]?.seq ? t('outbox.behind') : state?.error ? errorText(state.error) : t('outbox.next'));
  const columns: TableColumnsType<Op> = [
    { key: 'seq', title: '#', dataIndex: 'seq', width: 70 },
    { key: 'kind', title: t('outbox.kind'), width: 160, render: (_, o) => <Tag>{t(`kind.${o.kind}`, { defaultValue: o.kind })}</Tag> },
    {
      key: 'entity',
      title: t('outbox.entity'),
      ellipsis: true,
      render: (_, o) => <span title={o.entityId}>{entityName([o.payload], o.entityId)}</span>,
    },
    { key: 'base', title: t('outbox.base'), dataIndex: 'baseRevision', width: 110 },
    { key: 'createdAt', title: t('outbox.createdAt'), width: 170, render: (_, o) => formatDateTime(o.createdAt) },
    {
      key: 'status',
      title: t('outbox.status'),
      ellipsis: true,
      render: (_, o) => (
        <Typography.Text type={o.seq === ops[0]?.seq && state?.error ? 'danger' : 'secondary'} data-testid={`outbox-status-${o.entityId}`}>
          {statusOf(o)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('outbox.hint')}</Typography.Paragraph>
      <Table<Op>
        size="small"
        rowKey="opId"
        loading={list.isPending}
        columns={columns}
        dataSource={ops}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('outbox.empty') }}
        data-testid="outbox-table"
        onRow={(o) => ({ 'data-testid': `outbox-row-${o.entityId}` }) as object}
      />
    </>
  );
}
