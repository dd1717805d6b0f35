import { Alert, Collapse, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Entry } from '@shared/domain/entry';
import { dockedDifference } from '@shared/docking/difference';
import { ChangeDeadlineTags } from './ChangeDeadlineTags';
import { DdlSourceInput, useDdlSource } from './DdlSource';
import { useLabels } from './useLabels';

type Kind = 'added' | 'removed' | 'changed';
interface Row {
  key: string;
  kind: Kind;
  name: string;
  nameEn?: string;
  before?: string;
  after?: string;
}

const KIND_COLORS: Record<Kind, string> = { added: 'green', removed: 'red', changed: 'orange' };

/**
 * Re-docking a published entry's system tables (`catalogue.itemsFromDdl` with the entry): the
 * difference from the catalogued items, item by item, and the change deadline the core starts
 * when there is one. Nothing in the entry is changed here: the officer starts the change.
 */
export function RedockPanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation('catalogue');
  const labels = useLabels();
  const source = useDdlSource(entry.id);
  const result = source.read.data;
  const typed = (i: { type: string; length?: string }) => `${labels.enumLabel('itemType', i.type)}${i.length ? ` (${i.length})` : ''}`;
  const rows: Row[] = [];
  if (result?.differs) {
    const diff = dockedDifference(entry.items, result.items);
    diff.added.forEach((d, k) => rows.push({ key: `a${k}`, kind: 'added', name: d.name, nameEn: d.nameEn, after: typed(d) }));
    diff.removed.forEach((e, k) => rows.push({ key: `r${k}`, kind: 'removed', name: e.name, nameEn: e.nameEn, before: typed(e) }));
    diff.changed.forEach((c, k) => rows.push({ key: `c${k}`, kind: 'changed', name: c.before.name, nameEn: c.after.nameEn, before: typed(c.before), after: typed(c.after) }));
  }

  const body = (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('redock.hint')}</Typography.Text>
      <DdlSourceInput source={source} loadLabel={t('redock.load')} readLabel={t('redock.read')} testIdPrefix="redock" rows={5} />
      {result?.problems.length ? (
        <List
          size="small"
          header={t('redock.problemsTitle')}
          data-testid="redock-problems"
          dataSource={result.problems}
          renderItem={(p) => (
            <List.Item>
              <Typography.Text type="warning">{t('redock.line', { line: p.line })}</Typography.Text> {p.message}
            </List.Item>
          )}
        />
      ) : null}
      {result && result.items.length > 0 && !result.differs ? <Alert type="success" showIcon title={t('redock.same')} data-testid="redock-same" /> : null}
      {result?.differs ? (
        <>
          <Alert
            type="warning"
            showIcon
            data-testid="redock-deadline"
            data-started={result.changeStarted ? 'true' : 'false'}
            title={t('redock.differs')}
            description={
              <Space direction="vertical">
                <span>{t(result.changeStarted ? 'redock.started' : 'redock.running')}</span>
                <ChangeDeadlineTags entryId={entry.id} />
              </Space>
            }
          />
          <Table<Row>
            size="small"
            pagination={false}
            dataSource={rows}
            data-testid="redock-difference"
            columns={[
              { title: t('redock.column.kind'), dataIndex: 'kind', width: 90, render: (k: Kind) => <Tag color={KIND_COLORS[k]}>{t(`redock.kind.${k}`)}</Tag> },
              { title: t('redock.column.name'), dataIndex: 'name' },
              { title: t('redock.column.nameEn'), dataIndex: 'nameEn', width: 140 },
              { title: t('redock.column.before'), dataIndex: 'before', width: 150 },
              { title: t('redock.column.after'), dataIndex: 'after', width: 150 },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
  return <Collapse size="small" className="redock-panel" data-testid="redock-panel" items={[{ key: 'redock', label: t('redock.title'), children: body }]} />;
}
