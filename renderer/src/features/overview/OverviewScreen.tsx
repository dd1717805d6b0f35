import { Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useOutboxCount } from '../../api/hooks';
import { useLabels } from '../catalogue/useLabels';
import { DEADLINE_COLORS } from '../requests-common/DeadlineTag';
import { AnnualReportCard } from './AnnualReportCard';
import { Dashboard } from './Dashboard';
import { useChangeDeadlineCounts, useCounts, useWeek } from './useOverviewData';
import { groupWeek, weekdayOf, type DueThing } from './weekGroups';

/** 统计: the evaluation dashboard, everything due this week (overdue first, by day), and a few counts of the workspace. */
export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const { week, items } = useWeek();
  const counts = useCounts();
  const outbox = useOutboxCount().data?.count;
  const changeDeadlines = useChangeDeadlineCounts().data?.counts;
  const groups = week.data ? groupWeek(items, week.data.today, week.data.weekEnd) : [];

  return (
    <div className="screen overview-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('title')}
          </Typography.Title>
          {week.data ? <Typography.Text type="secondary">{t('subtitle', { today: week.data.today, weekEnd: week.data.weekEnd })}</Typography.Text> : null}
        </div>
      </div>
      <CountCards counts={counts} outbox={outbox} changeDeadlines={changeDeadlines} />
      <div style={{ marginTop: 16 }}>
        <Dashboard />
      </div>
      <AnnualReportCard />
      <Card title={t('week.title')} size="small" style={{ marginTop: 16 }} loading={week.isLoading} data-testid="overview-week">
        {week.error ? <Typography.Text type="danger">{week.error.message}</Typography.Text> : null}
        {groups.length === 0 && week.data ? <Empty description={t('week.empty')} /> : null}
        {groups.map((g) => (
          <div key={g.key} data-testid={`overview-day-${g.key}`} style={{ marginBottom: 12 }}>
            <Typography.Text strong type={g.key === 'overdue' ? 'danger' : undefined}>
              {g.key === 'overdue' ? t('week.overdue') : t('week.day', { day: g.key, weekday: t(`weekday.${weekdayOf(g.key)}`) })}
            </Typography.Text>
            <List size="small" dataSource={g.items} rowKey={(i) => `${i.subject}:${i.id}:${i.step}`} renderItem={(i) => <DueLine item={i} />} />
          </div>
        ))}
        {week.data ? <NotListed counts={week.data.counts} items={items} /> : null}
      </Card>
    </div>
  );
}

/** Kinds with more due than the week lists: how many in all, the earliest being listed. */
function NotListed({ counts, items }: { counts: Partial<Record<DueThing['subject'], number>>; items: readonly DueThing[] }) {
  const { t } = useTranslation('overview');
  const more = Object.entries(counts).filter(([subject, n]) => n > items.filter((i) => i.subject === subject).length);
  if (!more.length) return null;
  return (
    <Space direction="vertical" size={2} data-testid="overview-week-more">
      {more.map(([subject, n]) => (
        <Typography.Text key={subject} type="secondary" data-subject={subject}>
          {t('week.more', { subject: t(`subject.${subject}`), count: n, listed: items.filter((i) => i.subject === subject).length })}
        </Typography.Text>
      ))}
    </Space>
  );
}

function DueLine({ item: i }: { item: DueThing }) {
  const { t } = useTranslation('overview');
  const { t: tr } = useTranslation('requests');
  const status = (i.status in DEADLINE_COLORS ? i.status : 'running') as keyof typeof DEADLINE_COLORS;
  return (
    <List.Item data-testid="overview-item" data-subject={i.subject} data-id={i.id}>
      <Space wrap>
        <Tag>{t(`subject.${i.subject}`)}</Tag>
        <Typography.Text>{i.title}</Typography.Text>
        <Typography.Text type="secondary">{i.subject === 'zeroUpdate' ? t('subject.zeroUpdateStep') : tr(`deadline.step.${i.step}`, { defaultValue: i.step })}</Typography.Text>
        <Tag color={DEADLINE_COLORS[status]}>{tr(`deadline.${status}`, { due: i.due, end: i.due, days: 0 })}</Tag>
        {!i.calendarCovered ? (
          <Typography.Text type="warning">
            <WarningOutlined /> {tr('deadline.uncovered', { year: i.due.slice(0, 4) })}
          </Typography.Text>
        ) : null}
      </Space>
    </List.Item>
  );
}

function CountCards({ counts, outbox, changeDeadlines }: { counts: ReturnType<typeof useCounts>; outbox: number | undefined; changeDeadlines: { running: number; dueSoon: number; overdue: number } | undefined }) {
  const { t } = useTranslation('overview');
  const { t: tm } = useTranslation('messages');
  const { enumLabel } = useLabels();
  const sum = (r: Record<string, number> | undefined) => (r ? Object.values(r).reduce((a, b) => a + b, 0) : undefined);
  const breakdown = (r: Record<string, number> | undefined, label: (k: string) => string) =>
    r ? (
      <Space size={[4, 4]} wrap>
        {Object.entries(r)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => (
            <Tag key={k}>{`${label(k)} ${n}`}</Tag>
          ))}
      </Space>
    ) : null;
  return (
    <Row gutter={[16, 16]} data-testid="overview-counts">
      <Col xs={24} md={12} xl={6}>
        <Card size="small">
          <Statistic title={t('count.entries')} value={sum(counts.entries) ?? '—'} />
          {breakdown(counts.entries, (k) => enumLabel('state', k))}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card size="small">
          <Statistic title={t('count.requests')} value={sum(counts.requests) ?? '—'} />
          {breakdown(counts.requests, (k) => tm(`requests.state.${k}`))}
        </Card>
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Card size="small" data-testid="overview-change-deadlines">
          <Statistic
            title={t('count.changeDeadlines')}
            value={changeDeadlines ? changeDeadlines.running + changeDeadlines.dueSoon + changeDeadlines.overdue : '—'}
            styles={changeDeadlines?.overdue ? { content: { color: '#cf1322' } } : undefined}
          />
          {changeDeadlines ? <Typography.Text type="secondary">{t('count.changeDeadlinesDetail', { running: changeDeadlines.running + changeDeadlines.dueSoon, overdue: changeDeadlines.overdue })}</Typography.Text> : null}
        </Card>
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Card size="small" data-testid="overview-objections">
          <Statistic title={t('count.objections')} value={counts.objections ?? '—'} />
        </Card>
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Card size="small" data-testid="overview-outbox">
          <Statistic title={t('count.outbox')} value={outbox ?? '—'} />
        </Card>
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Card size="small">
          <Statistic title={t('count.conflicts')} value={counts.conflicts ?? '—'} styles={counts.conflicts ? { content: { color: '#cf1322' } } : undefined} />
        </Card>
      </Col>
    </Row>
  );
}
