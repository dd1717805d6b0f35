import { useState } from 'react';
import { Button, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { call } from '../../api/client';
import { RequestStateTag } from '../requests/RequestStateTag';
import { DecisionDrawer } from './DecisionDrawer';
import { DeadlineCell } from './DeadlineCell';
import { queryKeys } from '../../api/queryKeys';

type Filter = 'pending' | 'all';

/** Waiting for this department's decision (a first request or a renewal). */
export const awaitsDecision = (r: RequestView) => r.allowed.includes('approve');

/** 待我审批: requests for the department's resources, in deadline order (the core sorts them). */
export function IncomingList() {
  const { t } = useTranslation('decisions');
  const [filter, setFilter] = useState<Filter>('pending');
  const [open, setOpen] = useState<string>();
  const list = useQuery({ queryKey: queryKeys.requests.of('list', 'provider'), queryFn: () => call('requests.list', { role: 'provider' }) });
  const all = list.data?.requests ?? [];
  const pending = all.filter(awaitsDecision);
  const rows = filter === 'pending' ? pending : all;

  const columns: TableColumnsType<RequestView> = [
    {
      key: 'entry',
      title: t('column.entry'),
      render: (_, r) => (
        <div>
          <Typography.Text strong>{r.entryName}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{r.requesterName}</Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'purpose', title: t('column.purpose'), ellipsis: true, render: (_, r) => (typeof r.fields.purpose === 'string' ? r.fields.purpose : '') },
    { key: 'state', title: t('column.state'), width: 130, render: (_, r) => <RequestStateTag state={r.state} /> },
    { key: 'deadline', title: t('column.deadline'), width: 300, render: (_, r) => <DeadlineCell request={r} /> },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 100,
      render: (_, r) => (
        <Button size="small" type={awaitsDecision(r) ? 'primary' : 'default'} onClick={() => setOpen(r.id)} data-testid={`decision-open-${r.id}`}>
          {awaitsDecision(r) ? t('decide.open') : t('view')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Segmented
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        options={[
          { value: 'pending', label: t('filter.pending', { count: pending.length }) },
          { value: 'all', label: t('filter.all', { count: all.length }) },
        ]}
        style={{ marginBottom: 12, alignSelf: 'flex-start' }}
        data-testid="decisions-filter"
      />
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<RequestView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t(filter === 'pending' ? 'emptyPending' : 'empty') }}
        onRow={(r) => ({ onDoubleClick: () => setOpen(r.id) })}
        data-testid="decisions-table"
      />
      <DecisionDrawer id={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
