import { useState } from 'react';
import { Alert, Button, Collapse, Input, List, Radio, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Entry } from '@shared/domain/entry';
import { dockedDifference } from '@shared/docking/difference';
import { call } from '../../api/client';
import { ChangeDeadlineTags } from './ChangeDeadlineTags';
import { useLabels } from './useLabels';

type Format = 'sql' | 'csv';
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
  const { t: tw } = useTranslation('wizard');
  const labels = useLabels();
  const [format, setFormat] = useState<Format>('sql');
  const [text, setText] = useState('');
  const read = useMutation({ mutationFn: () => call('catalogue.itemsFromDdl', { text, format, entryId: entry.id }) });
  const result = read.data;
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
      <Space wrap>
        <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as Format)} optionType="button" size="small">
          <Radio.Button value="sql">{tw('ddl.sql')}</Radio.Button>
          <Radio.Button value="csv">{tw('ddl.csv')}</Radio.Button>
        </Radio.Group>
        <Upload
          accept=".sql,.txt,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((s) => {
              setText(s);
              if (file.name.toLowerCase().endsWith('.csv')) setFormat('csv');
            });
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />}>
            {t('redock.load')}
          </Button>
        </Upload>
      </Space>
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} rows={5} className="mono" data-testid="redock-text" />
      <Button onClick={() => read.mutate()} disabled={!text.trim()} loading={read.isPending} data-testid="redock-read">
        {t('redock.read')}
      </Button>
      {read.error ? <Alert type="error" showIcon title={read.error.message} /> : null}
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
