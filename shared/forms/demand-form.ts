/**
 * The sealed demand form (共享需求单, 伊川 第二十九条（二）) as print-ready HTML: A4, every field of
 * the request, the requesting department, the date and a seal box (盖章处). The officer prints it,
 * seals it, scans it and attaches the scan. Every value is HTML-escaped: request text is typed by
 * people and the HTML is rendered by a browser engine.
 */
export interface DemandFormData {
  /** 申请编号: department code, year and the year's sequence, e.g. `12320100671322000Q-2026-0007`. */
  formNumber: string;
  requesterName: string;
  requesterCode: string;
  providerName: string;
  entryName: string;
  entryCode: string;
  /** 有条件共享 etc., in the profile's words. */
  shareTypeLabel: string;
  items: readonly string[];
  purpose: string;
  scenario: string;
  basisLabel: string;
  basisText: string;
  shareMethodLabel: string;
  periodFrom: string;
  periodTo: string;
  contactName: string;
  contactPhone: string;
  /** The date printed on the form (YYYY-MM-DD). */
  date: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const row = (label: string, value: string, wide = false) =>
  `<tr><th>${escapeHtml(label)}</th><td${wide ? ' colspan="3"' : ''}>${escapeHtml(value).replace(/\n/g, '<br>')}</td></tr>`;

/** The complete HTML document; nothing external is loaded, so it renders the same offline. */
export function renderDemandForm(d: DemandFormData): string {
  const items = d.items.length ? d.items.join('、') : '全部信息项';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政务数据共享需求单</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; color: #000; }
h1 { text-align: center; font-size: 20pt; margin: 0 0 6mm; letter-spacing: 2pt; }
.meta { display: flex; justify-content: space-between; margin-bottom: 3mm; font-size: 10.5pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 2.5mm 3mm; vertical-align: top; word-break: break-all; }
th { width: 32mm; text-align: center; font-weight: normal; background: #f2f2f2; }
.seal { margin-top: 8mm; display: flex; justify-content: flex-end; }
.seal-box { width: 60mm; height: 45mm; border: 1px dashed #000; position: relative; }
.seal-box .label { position: absolute; top: 2mm; left: 3mm; }
.seal-box .date { position: absolute; bottom: 3mm; right: 3mm; }
</style></head>
<body>
<h1>政务数据共享需求单</h1>
<div class="meta"><span>申请编号：${escapeHtml(d.formNumber)}</span><span>填报日期：${escapeHtml(d.date)}</span></div>
<table>
${row('需求部门', d.requesterName)}
${row('统一社会信用代码', d.requesterCode)}
${row('数据提供部门', d.providerName)}
${row('申请资源名称', d.entryName)}
${row('信息资源代码', d.entryCode)}
${row('共享类型', d.shareTypeLabel)}
${row('申请信息项', items)}
${row('用途', d.purpose)}
${row('应用场景', d.scenario)}
${row('申请依据', `${d.basisLabel}：${d.basisText}`)}
${row('共享方式', d.shareMethodLabel)}
${row('使用期限', `${d.periodFrom} 至 ${d.periodTo}`)}
${row('联系人', d.contactName)}
${row('联系电话', d.contactPhone)}
</table>
<div class="seal"><div class="seal-box"><span class="label">需求部门（盖章处）</span><span class="date">${escapeHtml(d.date)}</span></div></div>
</body></html>
`;
}
