import { useState } from 'react';
import { Alert, Button, Input, List, Radio, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { dockedItemSchema } from '@shared/ipc/channels/catalogue';
import { call } from '../../../api/client';
import { useLabels } from '../useLabels';

export type DockedItem = z.output<typeof dockedItemSchema>;
type Format = 'sql' | 'csv';

/**
 * 松江 system docking: data items from a CREATE TABLE script or a CSV of columns, read by the core
 * (`catalogue.itemsFromDdl`). The officer previews what was read, with each problem at its line,
 * and adds the items to the entry; nothing is saved here.
 */
export function DdlImport({ onAdd }: { onAdd(items: DockedItem[]): void }) {
  const { t } = useTranslation('wizard');
  const labels = useLabels();
  const [format, setFormat] = useState<Format>('sql');
  const [text, setText] = useState('');
  const read = useMutation({ mutationFn: () => call('catalogue.itemsFromDdl', { text, format }) });
  const result = read.data;

  return (
    <div className="ddl-import" data-testid="ddl-import">
      <Space className="ddl-import-bar" wrap>
        <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as Format)} optionType="button" size="small">
          <Radio.Button value="sql">{t('ddl.sql')}</Radio.Button>
          <Radio.Button value="csv">{t('ddl.csv')}</Radio.Button>
        </Radio.Group>
        <Upload
          accept=".sql,.txt,.csv"
          showUploadList={false}
          // Read in the page: the file never needs a path or the core, only its text.
          beforeUpload={(file) => {
            void file.text().then((s) => {
              setText(s);
              if (file.name.toLowerCase().endsWith('.csv')) setFormat('csv');
            });
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />}>
            {t('ddl.load')}
          </Button>
        </Upload>
      </Space>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={6}
        className="mono"
        placeholder={format === 'sql' ? t('ddl.sqlPlaceholder') : t('ddl.csvPlaceholder')}
        data-testid="ddl-text"
      />
      <Button onClick={() => read.mutate()} disabled={!text.trim()} loading={read.isPending} data-testid="ddl-read">
        {t('ddl.read')}
      </Button>
      {read.error ? <Alert type="error" showIcon title={read.error.message} /> : null}
      {result?.problems.length ? (
        <List
          size="small"
          className="ddl-problems"
          data-testid="ddl-problems"
          dataSource={result.problems}
          renderItem={(p) => (
            <List.Item>
              <Typography.Text type="warning">{t('ddl.line', { line: p.line })}</Typography.Text> {p.message}{' '}
              <Typography.Text code>{p.text}</Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
      {result?.items.length ? (
        <>
          <Table
            size="small"
            rowKey={(r) => `${r.table}.${r.nameEn}`}
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={result.items}
            data-testid="ddl-preview"
            columns={[
              { title: t('ddl.table'), dataIndex: 'table', width: 140 },
              { title: t('ddl.name'), dataIndex: 'name' },
              { title: t('ddl.nameEn'), dataIndex: 'nameEn', width: 160 },
              { title: t('ddl.type'), dataIndex: 'type', width: 120, render: (v: string) => labels.enumLabel('itemType', v) },
              { title: t('ddl.length'), dataIndex: 'length', width: 90 },
            ]}
          />
          <Button
            type="primary"
            onClick={() => {
              onAdd(result.items);
              read.reset();
              setText('');
            }}
            data-testid="ddl-add"
          >
            {t('ddl.add', { count: result.items.length })}
          </Button>
        </>
      ) : null}
    </div>
  );
}
