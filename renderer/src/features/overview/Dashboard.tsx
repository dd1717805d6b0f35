import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, List, Row, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dashboard as DashboardData, DashboardResource } from '@shared/ipc/channels/evaluation';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useApiEvent } from '../../api/useApiEvent';
import { EChart } from './EChart';
import { formatDateTime } from '../../format/date';

const TREND_METRICS = ['score', 'availability', 'timeliness', 'quality', 'usage', 'callsPerDay', 'departmentsPerDay'] as const;
type TrendMetric = (typeof TREND_METRICS)[number];
/** Shares (0–1) are shown as percentages. */
const SHARES = new Set<string>(['availability', 'timeliness']);

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/** A metric's value for display: percentages for shares, one decimal otherwise; unknown is said, never 0. */
export function formatMetric(key: string, v: number | null, unknown: string): string {
  if (v === null) return unknown;
  return SHARES.has(key) ? `${(v * 100).toFixed(1)}%` : String(Math.round(v * 10) / 10);
}

/** The evaluation dashboard of 统计: score and rank, trends, weakest resources, overdue duties, the ranking. */
export function Dashboard() {
  const { t } = useTranslation('overview');
  const { message } = App.useApp();
  const [filter, setFilter] = useState<{ fromMonth?: string; toMonth?: string; entryId?: string }>({});
  const [metric, setMetric] = useState<TrendMetric>('score');
  const data = useQuery({ queryKey: queryKeys.evaluation.of('dashboard', filter), queryFn: () => call('evaluation.dashboard', filter) });
  useApiEvent('workspace.changed', ({ entity }) => void ((entity === 'notices' || entity === 'requests' || entity === 'objections') && data.refetch()));
  const refresh = useMutation({
    mutationFn: () => call('evaluation.refresh', {}),
    onSuccess: (r) => void message.success(t('dashboard.refreshed', { count: r.resources })),
    onError: (err) => void message.error(err.message),
  });
  const exportXlsx = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.saveFile', { filters: ['xlsx'], defaultName: `${t('dashboard.exportName')}.xlsx` });
      return path ? call('evaluation.export', { ...filter, path }) : undefined;
    },
    onSuccess: (r) => void (r && message.success(t('dashboard.exported', { file: baseName(r.path) }))),
    onError: (err) => void message.error(err.message),
  });
  const printPdf = useMutation({
    mutationFn: async () => {
      const { html } = await call('evaluation.printHtml', filter);
      return call('shell.openPath', { path: (await call('print.toPdf', { html })).path });
    },
    onError: (err) => void message.error(err.message),
  });
  const d = data.data;
  const unknown = t('dashboard.unknown');
  const fmt = (k: string, v: number | null) => formatMetric(k, v, unknown);

  return (
    <Card
      title={t('dashboard.title')}
      size="small"
      data-testid="dashboard"
      loading={data.isLoading}
      extra={
        <Space wrap>
          <Button icon={<ReloadOutlined />} loading={refresh.isPending} onClick={() => refresh.mutate()} data-testid="dashboard-refresh">
            {t('dashboard.refresh')}
          </Button>
          <Button icon={<DownloadOutlined />} disabled={!d?.fetchedAt} loading={exportXlsx.isPending} onClick={() => exportXlsx.mutate()} data-testid="dashboard-export">
            {t('dashboard.export')}
          </Button>
          <Button icon={<PrinterOutlined />} disabled={!d?.fetchedAt} loading={printPdf.isPending} onClick={() => printPdf.mutate()} data-testid="dashboard-print">
            {t('dashboard.print')}
          </Button>
        </Space>
      }
    >
      {data.error ? <Alert type="error" showIcon message={data.error.message} /> : null}
      {d && !d.fetchedAt ? <Alert type="info" showIcon message={t('dashboard.never')} data-testid="dashboard-never" /> : null}
      {d?.fetchedAt ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('dashboard.fetchedAt', { at: formatDateTime(d.fetchedAt), from: d.months[0] ?? '', to: d.months[d.months.length - 1] ?? '' })}</Typography.Text>
            <Select aria-label={t('dashboard.fromMonth')} style={{ width: 120 }} value={d.fromMonth ?? undefined} options={d.months.map((m) => ({ value: m, label: m }))} onChange={(fromMonth: string) => setFilter((f) => ({ ...f, fromMonth }))} data-testid="dashboard-from" />
            <Select aria-label={t('dashboard.toMonth')} style={{ width: 120 }} value={d.toMonth ?? undefined} options={d.months.map((m) => ({ value: m, label: m }))} onChange={(toMonth: string) => setFilter((f) => ({ ...f, toMonth }))} data-testid="dashboard-to" />
            <Select
              aria-label={t('dashboard.resource')}
              style={{ width: 260 }}
              showSearch
              optionFilterProp="label"
              value={filter.entryId ?? ''}
              options={[{ value: '', label: t('dashboard.allResources') }, ...d.resources.map((r) => ({ value: r.entryId, label: `${r.code} ${r.name}` }))]}
              onChange={(entryId: string) => setFilter((f) => ({ ...f, entryId: entryId || undefined }))}
              data-testid="dashboard-resource"
            />
          </Space>
          <Scores d={d} fmt={fmt} />
          <Card size="small" title={t('dashboard.trend')} style={{ marginTop: 12 }}>
            <Segmented size="small" value={metric} onChange={(v) => setMetric(v as TrendMetric)} options={TREND_METRICS.map((m) => ({ value: m, label: t(`dashboard.metric.${m}`) }))} />
            <TrendChart d={d} metric={metric} label={t(`dashboard.metric.${metric}`)} />
          </Card>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.weakest')}>
                <ResourceTable rows={d.weakest} fmt={fmt} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.rankings')}>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="departmentCode"
                  dataSource={d.rankings}
                  data-testid="dashboard-rankings"
                  columns={[
                    { title: t('dashboard.rank'), dataIndex: 'rank', width: 70, render: (v: number | null) => v ?? '—' },
                    { title: t('dashboard.column.department'), dataIndex: 'departmentName' },
                    { title: t('dashboard.score'), dataIndex: 'score', render: (v: number | null) => fmt('score', v) },
                    { title: t('dashboard.column.resources'), dataIndex: 'resources' },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      ) : null}
      {d ? <Overdue d={d} /> : null}
    </Card>
  );
}

function Scores({ d, fmt }: { d: DashboardData; fmt: (k: string, v: number | null) => string }) {
  const { t } = useTranslation('overview');
  return (
    <Row gutter={[12, 12]} data-testid="dashboard-scores">
      <Col xs={12} md={6} xl={4}>
        <Statistic title={t('dashboard.score')} value={fmt('score', d.department.metrics.score)} data-testid="dashboard-score" />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Statistic title={t('dashboard.rank')} value={d.department.rank === null ? t('dashboard.unranked') : t('dashboard.rankOf', { rank: d.department.rank, of: d.department.ranked })} data-testid="dashboard-rank" />
      </Col>
      {(['availability', 'timeliness', 'quality', 'usage'] as const).map((k) => (
        <Col key={k} xs={12} md={6} xl={4}>
          <Statistic title={t(`dashboard.metric.${k}`)} value={fmt(k, d.department.metrics[k])} data-testid={`dashboard-${k}`} />
        </Col>
      ))}
    </Row>
  );
}

function TrendChart({ d, metric, label }: { d: DashboardData; metric: TrendMetric; label: string }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: d.trends.map((p) => p.month) },
      yAxis: { type: 'value', ...(SHARES.has(metric) ? { min: 0, max: 1 } : {}) },
      // An unknown month is a gap in the line, never a drop to zero.
      series: [{ name: label, type: 'line', smooth: true, connectNulls: false, data: d.trends.map((p) => p[metric]) }],
    }),
    [d.trends, metric, label],
  );
  return <EChart option={option} testId="dashboard-trend" />;
}

function ResourceTable({ rows, fmt }: { rows: DashboardResource[]; fmt: (k: string, v: number | null) => string }) {
  const { t } = useTranslation('overview');
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="entryId"
      dataSource={rows}
      data-testid="dashboard-weakest"
      columns={[
        { title: t('dashboard.column.name'), dataIndex: 'name', ellipsis: true },
        { title: t('dashboard.score'), render: (_: unknown, r: DashboardResource) => fmt('score', r.metrics.score) },
        { title: t('dashboard.metric.availability'), render: (_: unknown, r: DashboardResource) => fmt('availability', r.metrics.availability) },
        { title: t('dashboard.metric.timeliness'), render: (_: unknown, r: DashboardResource) => fmt('timeliness', r.metrics.timeliness) },
        { title: t('dashboard.metric.quality'), render: (_: unknown, r: DashboardResource) => fmt('quality', r.metrics.quality) },
      ]}
    />
  );
}

function Overdue({ d }: { d: DashboardData }) {
  const { t } = useTranslation('overview');
  const items = d.overdue;
  const counts = Object.entries(d.overdueBySubject);
  return (
    <Card size="small" title={t('dashboard.overdue')} style={{ marginTop: 12 }} data-testid="dashboard-overdue">
      {items.length === 0 ? (
        <Empty description={t('dashboard.overdueEmpty')} />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 8 }} data-testid="dashboard-overdue-counts">
            <Typography.Text strong>{t('dashboard.overdueCount', { count: d.overdueCount })}</Typography.Text>
            {counts.map(([subject, n]) => (
              <Tag key={subject} color="red" data-subject={subject}>
                {t(`subject.${subject}`)} {n}
              </Tag>
            ))}
          </Space>
          <List
            size="small"
            dataSource={items}
            rowKey={(i) => `${i.subject}:${i.id}:${i.step}`}
            renderItem={(i) => (
              <List.Item data-testid="dashboard-overdue-item" data-subject={i.subject}>
                <Space>
                  <Tag color="red">{t(`subject.${i.subject}`)}</Tag>
                  <Typography.Text>{i.title}</Typography.Text>
                  <Typography.Text type="danger">{i.due}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {d.overdueCount > items.length ? (
            <Typography.Text type="secondary" data-testid="dashboard-overdue-more">
              {t('dashboard.overdueMore', { count: d.overdueCount - items.length })}
            </Typography.Text>
          ) : null}
        </>
      )}
    </Card>
  );
}
