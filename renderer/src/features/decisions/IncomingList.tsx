import { useState } from 'react';
import { Button, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DECIDABLE_REQUEST_STATES, type RequestView } from '@shared/ipc/channels/requests';
import { RequestStateTag } from '../requests/RequestStateTag';
import { DecisionDrawer } from './DecisionDrawer';
import { DeadlineCell } from './DeadlineCell';
import { LoadMore, usePagedRequests } from '../requests/usePagedRequests';

type Filter = 'pending' | 'all';

/** Waiting for this department's decision (a first request or a renewal). */
export const awaitsDecision = (r: RequestView) => r.allowed.includes('approve');

/** 待我审批: requests for the department's resources, in deadline order, a page at a time (the core sorts and pages them). */
export function IncomingList() {
  const { t } = useTranslation('decisions');
  const [filter, setFilter] = useState<Filter>('pending');
  const [open, setOpen] = useState<string>();
  const paged = usePagedRequests('provider', { role: 'provider', ...(filter === 'pending' ? { states: [...DECIDABLE_REQUEST_STATES] } : {}) });
  const { query: list, rows, counts } = paged;
  // Counted by the core over every request, not over the pages loaded.
  const pending = DECIDABLE_REQUEST_STATES.reduce((n, s) => n + (counts?.byState[s] ?? 0), 0);

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
          { value: 'pending', label: t('filter.pending', { count: pending }) },
          { value: 'all', label: t('filter.all', { count: counts?.all ?? 0 }) },
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
        pagination={false}
        locale={{ emptyText: t(filter === 'pending' ? 'emptyPending' : 'empty') }}
        onRow={(r) => ({ onDoubleClick: () => setOpen(r.id) })}
        data-testid="decisions-table"
      />
      <LoadMore paged={paged} testId="decisions-list" />
      <DecisionDrawer id={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
