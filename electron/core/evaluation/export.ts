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

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The dashboard as print-ready A4 HTML (the shell's `print.toPdf` makes the PDF): the same figures as the workbook. */
export function dashboardHtml(d: Dashboard, locale: Locale, department: string): string {
  const t = (k: string, p?: Record<string, unknown>) => translate(k, locale, p);
  const unknown = t('evaluation.unknown');
  const show = (k: string, v: number | null) => (v === null ? unknown : k === 'availability' || k === 'timeliness' ? `${(v * 100).toFixed(1)}%` : String(Math.round(v * 10) / 10));
  const table = (head: string[], rows: string[][]) =>
    `<table><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  const metricHeaders = METRIC_KEYS.map((k) => t(`evaluation.metric.${k}`));
  const summary = table(
    [t('evaluation.rank'), ...metricHeaders],
    [[d.department.rank === null ? unknown : `${d.department.rank} / ${d.department.ranked}`, ...METRIC_KEYS.map((k) => show(k, d.department.metrics[k]))]],
  );
  const trends = table([t('evaluation.column.month'), ...metricHeaders], d.trends.map((p) => [p.month, ...METRIC_KEYS.map((k) => show(k, p[k]))]));
  const weakest = table([t('evaluation.column.code'), t('evaluation.column.name'), ...metricHeaders], d.weakest.map((r) => [r.code, r.name, ...METRIC_KEYS.map((k) => show(k, r.metrics[k]))]));
  const ranking = table([t('evaluation.rank'), t('evaluation.column.department'), t('evaluation.metric.score')], d.rankings.map((r) => [r.rank === null ? unknown : String(r.rank), r.departmentName, show('score', r.score)]));
  const overdue = table([t('evaluation.column.subject'), t('evaluation.column.title'), t('evaluation.column.due')], d.overdue.map((i) => [t(`evaluation.subject.${i.subject}`), i.title, i.due]));
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${esc(department)}</title><style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "SimSun", "Noto Serif CJK SC", serif; font-size: 10pt; }
h1 { font-size: 15pt; margin: 0 0 3mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; }
table { width: 100%; border-collapse: collapse; } th, td { border: 1px solid #000; padding: 1mm 1.5mm; text-align: left; }
</style></head><body><h1>${esc(department)}</h1><p>${esc(t('evaluation.period'))}: ${esc(`${d.fromMonth ?? ''} – ${d.toMonth ?? ''}`)}; ${esc(t('evaluation.fetchedAt'))}: ${esc(d.fetchedAt ?? unknown)}</p>
<h2>${esc(t('evaluation.sheet.summary'))}</h2>${summary}<h2>${esc(t('evaluation.sheet.trends'))}</h2>${trends}<h2>${esc(t('evaluation.sheet.resources'))}</h2>${weakest}<h2>${esc(t('evaluation.sheet.rankings'))}</h2>${ranking}<h2>${esc(t('evaluation.sheet.overdue'))}</h2>${overdue}</body></html>`;
}
