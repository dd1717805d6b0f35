import { useState, type HTMLAttributes } from 'react';
import { Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATES, type RequestState } from '@shared/domain/request-states';
import type { RequestView } from '@shared/ipc/channels/requests';
import { DeadlineDaysLeftList, DecidedTag } from './DeadlineDaysLeft';
import { runningDeadlines } from '../requests-common/decided';
import { RequestDrawer, type RequestTarget } from './RequestDrawer';
import { RequestStateTag } from './RequestStateTag';
import { LoadMore, usePagedRequests } from './usePagedRequests';
import { formatDate } from '../../format/date';
import { rowOpener } from '../../app/rowOpener';
import { quietDeadlineNote } from './deadlineNote';

type Filter = RequestState | 'all' | 'overdue';

/** 我的申请: this department's share requests with their state, provider and statutory deadlines. */
export function RequestsScreen() {
  const { t } = useTranslation('requests');
  const { t: tm } = useTranslation('messages');
  const [filter, setFilter] = useState<Filter>('all');
  const [target, setTarget] = useState<RequestTarget>();
  // The core filters and pages; the counts beside the filters cover every request, loaded or not.
  const paged = usePagedRequests('requester', { role: 'requester', ...(filter === 'overdue' ? { overdue: true } : filter === 'all' ? {} : { state: filter }) });
  const { query: list, rows, counts } = paged;
  const byState = counts?.byState ?? {};
  const options = [
    { value: 'all', label: t('list.all', { count: counts?.all ?? 0 }) },
    { value: 'overdue', label: t('list.overdue', { count: counts?.overdue ?? 0 }) },
    ...REQUEST_STATES.filter((s) => byState[s] !== undefined || s === filter).map((s) => ({ value: s, label: `${tm(`requests.state.${s}`)} ${byState[s] ?? 0}` })),
  ];

  const columns: TableColumnsType<RequestView> = [
    {
      key: 'entry',
      title: t('list.entry'),
      render: (_, r) => (
        <div>
          <Typography.Link strong>{r.entryName}</Typography.Link>
          <div className="mono">{r.entryCode}</div>
          {r.formNumber ? (
            // The number alone fits the column on one line; its name is read out and shown on hover.
            <div className="mono request-form-number" title={t('detail.formNumber', { number: r.formNumber })} data-testid="request-form-number">
              <span className="visually-hidden">{t('detail.formNumberLabel')} </span>
              {r.formNumber}
            </div>
          ) : null}
        </div>
      ),
    },
    { key: 'provider', title: t('list.provider'), dataIndex: 'providerName', width: 180, ellipsis: true },
    { key: 'state', title: t('list.state'), width: 130, render: (_, r) => <RequestStateTag state={r.state} /> },
    {
      key: 'deadlines',
      title: t('list.deadlines'),
      width: 420,
      // A finished step is history: the list shows what is still running, and a decision's day once decided.
      render: (_, r) => {
        const open = runningDeadlines(r);
        if (r.decision) {
          return (
            <Space direction="vertical" size={2}>
              <DecidedTag decision={r.decision} />
              {open.length ? <DeadlineDaysLeftList deadlines={open} /> : null}
            </Space>
          );
        }
        return open.length ? (
          <DeadlineDaysLeftList deadlines={open} />
        ) : (
          <Typography.Text type="secondary">{t(`list.${quietDeadlineNote(r)}`)}</Typography.Text>
        );
      },
    },
    { key: 'updated', title: t('list.updated'), dataIndex: 'updatedAt', width: 110, render: (v: string) => formatDate(v) },
  ];

  return (
    <div className="screen my-requests-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('list.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('list.subtitle')}</Typography.Text>
        </div>
      </div>
      <Segmented options={options} value={filter} onChange={(v) => setFilter(v as Filter)} style={{ marginBottom: 12, alignSelf: 'flex-start' }} data-testid="requests-filter" />
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<RequestView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isLoading}
        pagination={false}
        locale={{ emptyText: t('list.empty') }}
        onRow={(r) => ({ ...rowOpener(() => setTarget({ mode: 'view', id: r.id })), 'data-testid': `request-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
        scroll={{ x: 1000 }}
        data-testid="requests-table"
      />
      <LoadMore paged={paged} testId="requests-list" />
      <RequestDrawer target={target} onClose={() => setTarget(undefined)} />
    </div>
  );
}
