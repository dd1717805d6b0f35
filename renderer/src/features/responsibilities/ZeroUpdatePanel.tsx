import { useState, type CSSProperties } from 'react';
import { App, Button, Input, InputNumber, Space, Switch, Table, Tag, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ZeroUpdateRow } from '@shared/ipc/channels/zero-updates';
import { call } from '../../api/client';
import { useLabels } from '../catalogue/useLabels';
import { queryKeys } from '../../api/queryKeys';

/** Rows of a page of the table, each page asked of the core. */
const PAGE_SIZE = 50;

const STATUS_COLORS: Record<ZeroUpdateRow['status'], string | undefined> = {
  ok: 'success',
  dueToday: 'warning',
  overdue: 'error',
  notApplicable: undefined,
  none: undefined,
  notPublished: undefined,
};

type Volume = { rows?: number; bytes?: number };

/** Overdue rows in red, rows due today in amber. */
const ROW_STYLES: Partial<Record<ZeroUpdateRow['status'], CSSProperties>> = {
  overdue: { background: '#fff1f0' },
  dueToday: { background: '#fffbe6' },
};

/** 零更新: each entry's next due date from its update cycle; overdue ones first and highlighted. */
export function ZeroUpdatePanel() {
  const { t } = useTranslation('demands');
  const { t: tm } = useTranslation('messages');
  const { enumLabel } = useLabels();
  const { message, modal } = App.useApp();
  const [overdueOnly, setOverdueOnly] = useState(false);
  // One page at a time from the core: a province-size catalogue is not sent whole to the table.
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: queryKeys.zeroUpdates.of('list', overdueOnly, page),
    queryFn: () => call('zeroUpdates.list', { filter: overdueOnly ? 'overdue' : 'all', page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const fail = (err: Error) => void message.error(err.message);
  const report = useMutation({
    mutationFn: (a: { row: ZeroUpdateRow; note: string; volume: Volume }) => call('zeroUpdates.report', { entryId: a.row.entryId, ...(a.note ? { note: a.note } : {}), ...a.volume }),
    onSuccess: (r) => void message.success(t('zero.reportDone', { name: r.name, period: r.last?.period ?? '' })),
    onError: fail,
  });
  const update = useMutation({
    mutationFn: (a: { row: ZeroUpdateRow; volume: Volume }) => call('zeroUpdates.recordUpdate', { entryId: a.row.entryId, ...a.volume }),
    onSuccess: (r) => void message.success(t('zero.updateDone', { name: r.name })),
    onError: fail,
  });

  // The volume the resource holds, reported with the update or the report (both optional).
  const volumeFields = (volume: Volume) => (
    <Space wrap>
      <InputNumber min={0} precision={0} style={{ width: 160 }} placeholder={t('zero.rowsPlaceholder')} onChange={(v) => void (volume.rows = typeof v === 'number' ? v : undefined)} data-testid="zero-rows" />
      <InputNumber min={0} precision={0} style={{ width: 160 }} placeholder={t('zero.bytesPlaceholder')} onChange={(v) => void (volume.bytes = typeof v === 'number' ? v : undefined)} data-testid="zero-bytes" />
    </Space>
  );
  const askUpdate = (row: ZeroUpdateRow) => {
    const volume: Volume = {};
    modal.confirm({
      title: t('zero.updateTitle', { name: row.name }),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('zero.volumeContent')}</Typography.Text>
          {volumeFields(volume)}
        </Space>
      ),
      okText: t('zero.recordUpdate'),
      okButtonProps: { 'data-testid': 'zero-update-ok' } as ButtonProps,
      onOk: () => update.mutateAsync({ row, volume }).catch(() => {}),
    });
  };

  const askReport = (row: ZeroUpdateRow) => {
    let note = '';
    const volume: Volume = {};
    modal.confirm({
      title: t('zero.reportTitle', { name: row.name, period: row.current?.key ?? '' }),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('zero.reportContent')}</Typography.Text>
          <Input.TextArea maxLength={500} placeholder={t('zero.notePlaceholder')} onChange={(e) => void (note = e.target.value)} data-testid="zero-note" />
          <Typography.Text type="secondary">{t('zero.volumeContent')}</Typography.Text>
          {volumeFields(volume)}
        </Space>
      ),
      okText: t('zero.report'),
      okButtonProps: { 'data-testid': 'zero-report-ok' } as ButtonProps,
      onOk: () => report.mutateAsync({ row, note: note.trim(), volume }).catch(() => {}),
    });
  };

  const tracked = (r: ZeroUpdateRow) => r.status === 'ok' || r.status === 'dueToday' || r.status === 'overdue';
  const columns: TableColumnsType<ZeroUpdateRow> = [
    { key: 'code', title: t('zero.column.code'), dataIndex: 'code', width: 200, ellipsis: true },
    { key: 'name', title: t('zero.column.name'), dataIndex: 'name', ellipsis: true },
    { key: 'cycle', title: t('zero.column.cycle'), width: 90, render: (_, r) => enumLabel('updateCycle', r.updateCycle) },
    {
      key: 'last',
      title: t('zero.column.last'),
      width: 170,
      render: (_, r) => (r.last ? t(r.last.kind === 'zeroUpdate' ? 'zero.lastZero' : 'zero.lastUpdate', { day: r.last.day }) : <Typography.Text type="secondary">{t('zero.never')}</Typography.Text>),
    },
    { key: 'due', title: t('zero.column.due'), width: 110, render: (_, r) => r.dueDate ?? null },
    {
      key: 'status',
      title: t('zero.column.status'),
      width: 150,
      render: (_, r) => (
        <Tag color={STATUS_COLORS[r.status]} data-testid={`zero-status-${r.entryId}`}>
          {r.status === 'overdue' ? t('zero.overdueDays', { count: r.daysOverdue }) : tm(`zeroUpdates.status.${r.status}`)}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: t('zero.column.actions'),
      width: 240,
      render: (_, r) =>
        tracked(r) ? (
          <Space size={4}>
            {r.reportedCurrent ? (
              <Typography.Text type="secondary">{t('zero.reported')}</Typography.Text>
            ) : (
              <Button size="small" type="link" onClick={() => askReport(r)} data-testid={`zero-report-${r.entryId}`}>
                {t('zero.report')}
              </Button>
            )}
            <Button size="small" type="link" loading={update.isPending && update.variables?.row.entryId === r.entryId} onClick={() => askUpdate(r)} data-testid={`zero-update-${r.entryId}`}>
              {t('zero.update')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  const counts = list.data?.counts;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{t('zero.today', { today: list.data?.today ?? '' })}</Typography.Text>
        <Typography.Text data-testid="zero-counts">{t('zero.counts', { tracked: counts?.tracked ?? 0, overdue: counts?.overdue ?? 0, dueToday: counts?.dueToday ?? 0 })}</Typography.Text>
        <Switch
          size="small"
          checked={overdueOnly}
          onChange={(on) => {
            setOverdueOnly(on);
            setPage(1);
          }}
          data-testid="zero-overdue-only"
        />
        <Typography.Text>{t('zero.overdueOnly')}</Typography.Text>
      </Space>
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<ZeroUpdateRow>
        rowKey="entryId"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows ?? []}
        loading={list.isFetching}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
        onRow={(r) => ({ style: ROW_STYLES[r.status], 'data-status': r.status }) as object}
        data-testid="zero-table"
      />
    </>
  );
}
