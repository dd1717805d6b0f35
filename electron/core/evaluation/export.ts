import ExcelJS from 'exceljs';
import { translate, type Locale } from '@shared/i18n/messages';
import type { Dashboard } from '@shared/ipc/channels/evaluation';
import type { Metrics } from '@shared/evaluation/formulas';

const METRIC_KEYS: (keyof Metrics)[] = ['score', 'availability', 'callsPerDay', 'departmentsPerDay', 'timeliness', 'quality', 'usage'];

/** An unknown metric stays an empty cell marked 未知, never 0. */
const cell = (v: number | null, unknown: string) => (v === null ? unknown : v);

/** The dashboard as a workbook: the department, the resources, the trends, the ranking, the overdue duties. */
export async function dashboardWorkbook(d: Dashboard, locale: Locale): Promise<Buffer> {
  const t = (k: string, p?: Record<string, unknown>) => translate(k, locale, p);
  const unknown = t('evaluation.unknown');
  const wb = new ExcelJS.Workbook();
  const metricHeaders = METRIC_KEYS.map((k) => t(`evaluation.metric.${k}`));

  const summary = wb.addWorksheet(t('evaluation.sheet.summary'));
  summary.addRow([t('evaluation.period'), `${d.fromMonth ?? ''} – ${d.toMonth ?? ''}`]);
  summary.addRow([t('evaluation.fetchedAt'), d.fetchedAt ?? unknown]);
  summary.addRow([t('evaluation.rank'), d.department.rank === null ? unknown : `${d.department.rank} / ${d.department.ranked}`]);
  for (const k of METRIC_KEYS) summary.addRow([t(`evaluation.metric.${k}`), cell(d.department.metrics[k], unknown)]);

  const res = wb.addWorksheet(t('evaluation.sheet.resources'));
  res.addRow([t('evaluation.column.code'), t('evaluation.column.name'), ...metricHeaders, t('evaluation.column.rows'), t('evaluation.column.bytes')]);
  for (const r of d.resources) res.addRow([r.code, r.name, ...METRIC_KEYS.map((k) => cell(r.metrics[k], unknown)), cell(r.rows, unknown), cell(r.bytes, unknown)]);

  const trends = wb.addWorksheet(t('evaluation.sheet.trends'));
  trends.addRow([t('evaluation.column.month'), ...metricHeaders]);
  for (const p of d.trends) trends.addRow([p.month, ...METRIC_KEYS.map((k) => cell(p[k], unknown))]);

  const rank = wb.addWorksheet(t('evaluation.sheet.rankings'));
  rank.addRow([t('evaluation.rank'), t('evaluation.column.department'), t('evaluation.metric.score'), t('evaluation.column.resources')]);
  for (const r of d.rankings) rank.addRow([cell(r.rank, unknown), r.departmentName, cell(r.score, unknown), r.resources]);

  const due = wb.addWorksheet(t('evaluation.sheet.overdue'));
  due.addRow([t('evaluation.column.subject'), t('evaluation.column.title'), t('evaluation.column.due')]);
  for (const i of d.overdue) due.addRow([t(`evaluation.subject.${i.subject}`), i.title, i.due]);

  for (const ws of wb.worksheets) ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
