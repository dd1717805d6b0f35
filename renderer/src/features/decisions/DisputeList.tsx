import { Alert, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Output } from '@shared/ipc/contract';
import { call } from '../../api/client';
import { formatDateTime } from '../../format/date';
import { queryKeys } from '../../api/queryKeys';

type Dispute = Output<'disputes.list'>['disputes'][number];

/** The request as it stood when escalated, read defensively: the record is stored JSON. */
function recorded(d: Dispute): { entryName?: string; providerName?: string; state?: string; overdue?: boolean } {
  const rec = (d.record ?? {}) as { request?: Record<string, unknown>; overdue?: unknown };
  const r = rec.request ?? {};
  const s = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  return { entryName: s('entryName'), providerName: s('providerName'), state: s('state'), overdue: rec.overdue === true };
}

/** 争议协调 (松江 第十三条): what was escalated to the coordinating office, with the record sent. */
export function DisputeList() {
  const { t } = useTranslation('decisions');
  const { t: tm } = useTranslation('messages');
  const list = useQuery({ queryKey: queryKeys.requests.of('disputes'), queryFn: () => call('disputes.list', {}) });
  const columns: TableColumnsType<Dispute> = [
    {
      key: 'request',
      title: t('column.entryProvider'),
      render: (_, d) => {
        const r = recorded(d);
        return (
          <div>
            <Typography.Text strong>{r.entryName ?? d.requestId}</Typography.Text>
            {r.providerName ? (
              <div>
                <Typography.Text type="secondary">{r.providerName}</Typography.Text>
              </div>
            ) : null}
          </div>
        );
      },
    },
    {
      key: 'ground',
      title: t('dispute.ground'),
      width: 160,
      render: (_, d) => {
        const r = recorded(d);
        return r.overdue ? <Tag color="error">{t('dispute.overdue')}</Tag> : r.state ? <Tag>{tm(`requests.state.${r.state}`, { defaultValue: r.state })}</Tag> : null;
      },
    },
    { key: 'reason', title: t('dispute.reason'), dataIndex: 'reason', ellipsis: true },
    { key: 'at', title: t('dispute.at'), width: 150, render: (_, d) => formatDateTime(d.at) },
    { key: 'actor', title: t('dispute.actor'), width: 100, dataIndex: 'actor' },
  ];
  return (
    <>
      <Alert type="info" showIcon title={t('dispute.hint')} style={{ marginBottom: 12 }} />
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<Dispute>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.disputes ?? []}
        loading={list.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('dispute.empty') }}
        data-testid="disputes-table"
      />
    </>
  );
}
