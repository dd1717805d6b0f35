import { useState } from 'react';
import { App, Button, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { AuditRow } from '@shared/ipc/channels/workspace';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDate, formatDateTime } from '../../format/date';

const PAGE = 50;

interface Filters {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entityType?: string;
  entity?: string;
}

const clean = (f: Filters) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as Filters;

/**
 * 操作日志: the workspace's audit trail, newest first, filtered by who, what, when and which entity,
 * and exported to Excel as filtered. The log itself is append-only: nothing here changes it.
 */
export function AuditScreen() {
  const { t } = useTranslation('audit');
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const query = useQuery({
    queryKey: queryKeys.workspace.of('audit', clean(filters), page),
    queryFn: () => call('audit.search', { ...clean(filters), offset: (page - 1) * PAGE, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.saveFile', { filters: ['xlsx'], defaultName: `${t('exportName')}.xlsx` });
      if (!path) return undefined;
      return call('audit.export', { ...clean(filters), path });
    },
    onSuccess: (r) => void (r && message.success(t('exported', { rows: r.rows, path: r.path }))),
    onError: (e) => void message.error(e.message),
  });
  const options = (values: readonly string[] | undefined) => (values ?? []).map((v) => ({ value: v, label: v }));
  // The picked day (local midnight) as the filter's calendar day.
  const day = (d: Dayjs | null) => (d ? formatDate(d.toDate()) : undefined);

  return (
    <div className="screen audit-screen" data-testid="audit-screen">
      <div className="screen-toolbar">
        <Typography.Title level={4} className="screen-title">
          {t('title')}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} onClick={() => exporting.mutate()} loading={exporting.isPending} data-testid="audit-export">
          {t('export')}
        </Button>
      </div>
      <Space wrap style={{ marginBottom: 12 }} data-testid="audit-filters">
        <DatePicker.RangePicker
          aria-label={t('filter.when')}
          onChange={(r) => set({ from: day(r?.[0] ?? null), to: day(r?.[1] ?? null) })}
          data-testid="audit-when"
        />
        <Select allowClear showSearch style={{ width: 160 }} placeholder={t('filter.who')} aria-label={t('filter.who')} options={options(query.data?.actors)} onChange={(v?: string) => set({ actor: v })} data-testid="audit-who" />
        <Select allowClear showSearch style={{ width: 220 }} placeholder={t('filter.what')} aria-label={t('filter.what')} options={(query.data?.actions ?? []).map((v) => ({ value: v, label: query.data?.actionLabels[v] ?? v }))} onChange={(v?: string) => set({ action: v })} data-testid="audit-what" />
        <Select allowClear style={{ width: 180 }} placeholder={t('filter.entityType')} aria-label={t('filter.entityType')} options={(query.data?.entityTypes ?? []).map((v) => ({ value: v, label: query.data?.entityTypeLabels[v] ?? v }))} onChange={(v?: string) => set({ entityType: v })} data-testid="audit-entity-type" />
        <Input.Search allowClear style={{ width: 240 }} placeholder={t('filter.entity')} aria-label={t('filter.entity')} onSearch={(v) => set({ entity: v.trim() || undefined })} data-testid="audit-entity" />
      </Space>
      {query.error ? <Typography.Text type="danger">{query.error.message}</Typography.Text> : null}
      <Table<AuditRow>
        size="small"
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.rows}
        data-testid="audit-table"
        pagination={{ current: page, pageSize: PAGE, total: query.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (n) => t('total', { count: n }) }}
        columns={[
          { title: t('column.at'), dataIndex: 'at', width: 200, render: (v: string) => formatDateTime(v) },
          { title: t('column.actor'), dataIndex: 'actor', width: 120 },
          { title: t('column.action'), dataIndex: 'action', width: 220, render: (v: string, r) => r.actionLabel ?? v },
          { title: t('column.entityType'), dataIndex: 'entityType', width: 150, render: (v: string, r) => r.entityTypeLabel ?? v },
          { title: t('column.summary'), dataIndex: 'summary', ellipsis: true },
        ]}
      />
    </div>
  );
}
