import './exchange.css';
import { Alert, Modal, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportError, ImportPreview } from '@shared/ipc/channels/exchange';
import { useFieldLabel } from '../catalogue/quality/useFieldLabel';

/** antd's button props type data attributes loosely; this keeps the test ids typed. */
const testId = (id: string) => ({ 'data-testid': id }) as Record<`data-${string}`, string>;

const STATUS_COLORS = { added: 'green', changed: 'blue', unchanged: 'default', invalid: 'red' } as const;

interface Props {
  preview: ImportPreview | undefined;
  file: string;
  applying: boolean;
  onApply(): void;
  onCancel(): void;
}

/**
 * The dry run of an import: what would be added, changed or left alone, and every problem at its
 * sheet, row and column. Nothing is written until "apply"; a workbook with errors cannot be applied.
 */
export function ImportPreviewModal({ preview, file, applying, onApply, onCancel }: Props) {
  const { t } = useTranslation('exchange');
  const fieldLabel = useFieldLabel();
  if (!preview) return null;
  const { summary, errors, entries, moreErrors } = preview;
  const blocked = errors.length > 0 || summary.invalid > 0;
  const nothing = summary.added + summary.changed === 0;
  return (
    <Modal
      open
      width={1000}
      title={t('preview.title', { file })}
      onCancel={onCancel}
      onOk={onApply}
      okText={t('preview.apply')}
      cancelText={t('preview.cancel')}
      okButtonProps={{ disabled: blocked || nothing, loading: applying, ...testId('import-apply') }}
      cancelButtonProps={testId('import-cancel')}
      className="import-preview"
      destroyOnHidden
    >
      <div className="import-summary" data-testid="import-summary">
        <Statistic title={t('preview.added')} value={summary.added} data-testid="import-added" />
        <Statistic title={t('preview.changed')} value={summary.changed} data-testid="import-changed" />
        <Statistic title={t('preview.unchanged')} value={summary.unchanged} data-testid="import-unchanged" />
        <Statistic title={t('preview.invalid')} value={summary.invalid} valueStyle={summary.invalid ? { color: '#cf1322' } : undefined} />
        <Statistic title={t('preview.resources')} value={summary.resources} />
        <Statistic title={t('preview.items')} value={summary.items} />
      </div>
      {blocked ? (
        <Alert type="error" showIcon className="import-alert" title={t('preview.blocked', { count: errors.length + moreErrors })} />
      ) : nothing ? (
        <Alert type="info" showIcon className="import-alert" title={t('preview.nothing')} data-testid="import-nothing" />
      ) : null}
      <Tabs
        defaultActiveKey={errors.length ? 'errors' : 'entries'}
        items={[
          {
            key: 'errors',
            label: t('preview.errorsTab', { count: errors.length + moreErrors }),
            children: (
              <>
                <Table<ImportError>
                  size="small"
                  rowKey={(e) => `${e.sheet}:${e.row}:${e.column}:${e.code}`}
                  dataSource={errors}
                  pagination={{ pageSize: 8, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
                  data-testid="import-errors"
                  columns={[
                    { title: t('error.sheet'), dataIndex: 'sheet', width: 170 },
                    { title: t('error.row'), dataIndex: 'row', width: 64, align: 'right' },
                    { title: t('error.column'), dataIndex: 'column', width: 64 },
                    { title: t('error.code'), dataIndex: 'code', width: 230, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
                    { title: t('error.message'), dataIndex: 'message' },
                  ]}
                />
                {moreErrors ? <Typography.Text type="secondary">{t('preview.moreErrors', { count: moreErrors })}</Typography.Text> : null}
              </>
            ),
          },
          {
            key: 'entries',
            label: t('preview.entriesTab', { count: entries.length }),
            children: (
              <Table
                size="small"
                rowKey={(e) => `${e.sheet}:${e.row}`}
                dataSource={entries}
                pagination={{ pageSize: 8, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
                data-testid="import-entries"
                columns={[
                  { title: t('entry.row'), width: 190, render: (_, e) => `${e.sheet} · ${e.row}` },
                  { title: t('entry.name'), dataIndex: 'name' },
                  { title: t('entry.status'), dataIndex: 'status', width: 90, render: (s: keyof typeof STATUS_COLORS) => <Tag color={STATUS_COLORS[s]}>{t(`status.${s}`)}</Tag> },
                  { title: t('entry.changes'), dataIndex: 'changes', render: (c: string[]) => c.map((p) => fieldLabel(p)).join(t('listSeparator')) },
                ]}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
