import { useState } from 'react';
import { Alert, Button, Input, Radio, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

export type DdlFormat = 'sql' | 'csv';

/**
 * A system's table structures as the officer gives them (a CREATE TABLE script or a CSV of
 * columns, typed or loaded from a file), read by the core (`catalogue.itemsFromDdl`; with
 * `entryId`, compared with that entry's items). Shared by the wizard's docking step and re-docking.
 */
export function useDdlSource(entryId?: string) {
  const [format, setFormat] = useState<DdlFormat>('sql');
  const [text, setText] = useState('');
  const read = useMutation({ mutationFn: () => call('catalogue.itemsFromDdl', { text, format, ...(entryId ? { entryId } : {}) }) });
  return {
    format,
    setFormat,
    text,
    setText,
    read,
    /** Back to an empty text with nothing read. */
    clear() {
      read.reset();
      setText('');
    },
  };
}

export type DdlSourceState = ReturnType<typeof useDdlSource>;

/** The format switch, the file button, the text and the read button, with the core's refusal under them. */
export function DdlSourceInput({
  source,
  loadLabel,
  readLabel,
  testIdPrefix,
  rows,
  placeholders,
  barClassName,
}: {
  source: DdlSourceState;
  loadLabel: string;
  readLabel: string;
  /** `<prefix>-text` and `<prefix>-read`. */
  testIdPrefix: string;
  rows: number;
  placeholders?: Record<DdlFormat, string>;
  barClassName?: string;
}) {
  const { t } = useTranslation('wizard');
  const { format, setFormat, text, setText, read } = source;
  return (
    <>
      <Space className={barClassName} wrap>
        <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as DdlFormat)} optionType="button" size="small">
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
          <Button size="small" icon={<UploadOutlined />} data-testid={`${testIdPrefix}-load`}>
            {loadLabel}
          </Button>
        </Upload>
      </Space>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={rows}
        className="mono"
        {...(placeholders ? { placeholder: placeholders[format] } : {})}
        data-testid={`${testIdPrefix}-text`}
      />
      <Button onClick={() => read.mutate()} disabled={!text.trim()} loading={read.isPending} data-testid={`${testIdPrefix}-read`}>
        {readLabel}
      </Button>
      {read.error ? <Alert type="error" showIcon title={read.error.message} /> : null}
    </>
  );
}
