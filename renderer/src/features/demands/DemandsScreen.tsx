import { useMemo, useState } from 'react';
import { App, Button, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEMAND_STATUSES, EDITABLE_DEMAND_STATUSES, type Demand, type DemandStatus } from '@shared/domain/demand';
import { call } from '../../api/client';
import { DemandDrawer, type DemandTarget } from './DemandDrawer';
import { ListReport } from './ListReport';
import { StatusMenu } from './StatusMenu';
import { SuggestionsDrawer } from './SuggestionsDrawer';
import { useDemandActions } from './useDemandActions';
import { queryKeys } from '../../api/queryKeys';

export const STATUS_COLORS: Record<DemandStatus, string> = {
  pending: 'default',
  matched: 'blue',
  requested: 'processing',
  satisfied: 'success',
  unsatisfiable: 'error',
  toCatalogue: 'warning',
};

type Filter = DemandStatus | 'all';

/** 需求清单: what the department needs from others, matched against the shared catalogue. */
export function DemandsScreen() {
  const { t } = useTranslation('demands');
  const { t: tm } = useTranslation('messages');
  const { modal } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const [target, setTarget] = useState<DemandTarget>();
  const [suggestFor, setSuggestFor] = useState<string>();
  const actions = useDemandActions();
  const list = useQuery({
    queryKey: queryKeys.demands.of('list', filter),
    queryFn: () => call('demands.list', { ...(filter === 'all' ? {} : { status: [filter] }), limit: 500 }),
  });
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const suggestDemand = rows.find((d) => d.id === suggestFor);
  const total = list.data ? Object.values(list.data.counts).reduce((a, b) => a + b, 0) : 0;

  const columns: TableColumnsType<Demand> = [
    { key: 'number', title: t('column.number'), dataIndex: 'number', width: 130 },
    { key: 'name', title: t('column.name'), dataIndex: 'name', ellipsis: true },
    { key: 'provider', title: t('column.provider'), dataIndex: 'providerName', width: 160, ellipsis: true },
    {
      key: 'status',
      title: t('column.status'),
      width: 130,
      render: (_, d) => (
        <Tag color={STATUS_COLORS[d.status]} title={d.statusReason} data-testid={`demand-status-tag-${d.number}`}>
          {tm(`demands.status.${d.status}`)}
        </Tag>
      ),
    },
    { key: 'matched', title: t('column.matched'), width: 200, ellipsis: true, render: (_, d) => (d.matchedCode ? `${d.matchedName ?? ''} ${d.matchedCode}` : null) },
    { key: 'proposedOn', title: t('column.proposedOn'), dataIndex: 'proposedOn', width: 110 },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 300,
      render: (_, d) => {
        const editable = EDITABLE_DEMAND_STATUSES.includes(d.status);
        return (
          <Space size={4} wrap>
            {editable ? (
              <Button size="small" type="link" onClick={() => setSuggestFor(d.id)} data-testid={`demand-suggest-${d.number}`}>
                {t('suggest.action')}
              </Button>
            ) : null}
            {editable ? (
              <Button size="small" type="link" onClick={() => setTarget({ mode: 'edit', demand: d })} data-testid={`demand-edit-${d.number}`}>
                {t('edit')}
              </Button>
            ) : null}
            <StatusMenu demand={d} onMove={(status, reason) => actions.move.mutate({ demand: d, status, ...(reason ? { reason } : {}) })} />
            {editable ? (
              <Button
                size="small"
                type="link"
                danger
                onClick={() => modal.confirm({ title: t('deleteTitle', { name: d.name }), okButtonProps: { danger: true }, okText: t('delete'), onOk: () => actions.remove.mutateAsync(d).catch(() => {}) })}
              >
                {t('delete')}
              </Button>
            ) : null}
          </Space>
        );
      },
    },
  ];

  const options = [
    { value: 'all', label: t('all') },
    ...DEMAND_STATUSES.map((s) => ({ value: s, label: `${tm(`demands.status.${s}`)} ${list.data?.counts[s] ?? 0}` })),
  ];

  return (
    <div className="screen demands-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="demands-total">
            {t('total', { count: total })}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })} data-testid="demand-new">
          {t('new')}
        </Button>
      </div>
      <ListReport list="demands" />
      <Segmented options={options} value={filter} onChange={(v) => setFilter(v as Filter)} style={{ marginBottom: 12, alignSelf: 'flex-start' }} data-testid="demands-filter" />
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<Demand>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 1100 }}
        data-testid="demands-table"
      />
      <DemandDrawer target={target} onClose={() => setTarget(undefined)} />
      <SuggestionsDrawer
        demand={suggestDemand}
        onClose={() => setSuggestFor(undefined)}
        accepting={actions.accept.isPending}
        onAccept={(entryId) => suggestDemand && actions.accept.mutate({ demand: suggestDemand, entryId })}
      />
    </div>
  );
}
