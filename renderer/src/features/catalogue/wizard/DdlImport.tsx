import { Button, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { dockedItemSchema } from '@shared/ipc/channels/catalogue';
import { DdlSourceInput, useDdlSource } from '../DdlSource';
import { useLabels } from '../useLabels';

export type DockedItem = z.output<typeof dockedItemSchema>;

/**
 * 松江 system docking: data items from a CREATE TABLE script or a CSV of columns, read by the core
 * (`catalogue.itemsFromDdl`). The officer previews what was read, with each problem at its line,
 * and adds the items to the entry; nothing is saved here.
 */
export function DdlImport({ onAdd }: { onAdd(items: DockedItem[]): void }) {
  const { t } = useTranslation('wizard');
  const labels = useLabels();
  const source = useDdlSource();
  const result = source.read.data;

  return (
    <div className="ddl-import" data-testid="ddl-import">
      <DdlSourceInput
        source={source}
        loadLabel={t('ddl.load')}
        readLabel={t('ddl.read')}
        testIdPrefix="ddl"
        rows={6}
        placeholders={{ sql: t('ddl.sqlPlaceholder'), csv: t('ddl.csvPlaceholder') }}
        barClassName="ddl-import-bar"
      />
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
              source.clear();
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
