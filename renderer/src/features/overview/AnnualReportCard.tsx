import { useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDate } from '../../format/date';

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/** The annual report (伊川 第三十九条): the officer's section, the .docx, the PDF, filing on the platform. */
export function AnnualReportCard() {
  const { t } = useTranslation('overview');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const report = useQuery({ queryKey: queryKeys.evaluation.of('annualReport'), queryFn: () => call('reports.annual', {}) });
  const [edited, setText] = useState<string | undefined>();
  const r = report.data;
  const text = edited ?? r?.officerText ?? '';
  const refresh = () => void qc.invalidateQueries({ queryKey: queryKeys.evaluation.all });
  const fail = (err: Error) => void message.error(err.message);
  const save = useMutation({ mutationFn: () => call('reports.saveText', { year: r!.year, text }), onSuccess: () => (refresh(), void message.success(t('report.saved'))), onError: fail });
  const docx = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.saveFile', { filters: ['docx'], defaultName: `${t('report.fileName', { year: r!.year })}.docx` });
      return path ? call('reports.exportDocx', { year: r!.year, path }) : undefined;
    },
    onSuccess: (out) => void (out && message.success(t('report.written', { file: baseName(out.path) }))),
    onError: fail,
  });
  const pdf = async () => {
    const { html } = await call('reports.annualHtml', { year: r!.year });
    return (await call('print.toPdf', { html })).path;
  };
  const print = useMutation({ mutationFn: async () => call('shell.openPath', { path: await pdf() }), onError: fail });
  const file = useMutation({
    mutationFn: async () => call('reports.file', { year: r!.year, pdfPath: await pdf() }),
    onSuccess: () => (refresh(), void message.success(t('report.filedNow'))),
    onError: fail,
  });
  if (!r) return null;
  return (
    <Card size="small" style={{ marginTop: 16 }} title={t('report.title', { year: r.year })} data-testid="annual-report">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          {r.filedAt ? <Tag color="green">{t('report.filed', { at: formatDate(r.filedAt) })}</Tag> : <Tag color="orange">{t('report.notFiled')}</Tag>}
          {r.due ? <Typography.Text type="secondary">{t('report.due', { due: r.due })}</Typography.Text> : null}
        </Space>
        {r.empty ? <Alert type="info" showIcon message={t('report.empty', { year: r.year })} /> : null}
        <Typography.Text strong id="annual-report-officer">
          {t('report.officer')}
        </Typography.Text>
        <Input.TextArea aria-labelledby="annual-report-officer" rows={4} maxLength={20_000} value={text} onChange={(e) => setText(e.target.value)} data-testid="annual-report-text" />
        <Space wrap>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('report.save')}
          </Button>
          <Button onClick={() => docx.mutate()} loading={docx.isPending}>
            {t('report.docx')}
          </Button>
          <Button onClick={() => print.mutate()} loading={print.isPending}>
            {t('report.pdf')}
          </Button>
          <Button type="primary" onClick={() => file.mutate()} loading={file.isPending} data-testid="annual-report-file">
            {t('report.file')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
