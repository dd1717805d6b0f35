import type { reportSections } from './sections';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The report as print-ready HTML (A4); the shell's `print.toPdf` turns it into the PDF. Everything typed is escaped. */
export function reportHtml(r: ReturnType<typeof reportSections>): string {
  const body = r.sections
    .map((s) => {
      const content =
        s.text !== undefined
          ? s.text.split('\n').map((l) => `<p>${esc(l)}</p>`).join('')
          : s.none
            ? `<p class="none">${esc(s.none)}</p>`
            : `<table>${s.rows.map(([l, v]) => `<tr><th>${esc(l)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
      return `<section><h2>${esc(s.title)}</h2>${content}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(r.title)}</title><style>
@page { size: A4; margin: 20mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; color: #000; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; }
.subtitle { text-align: center; margin-bottom: 8mm; }
h2 { font-size: 14pt; margin: 6mm 0 2mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; font-weight: normal; }
th { text-align: left; width: 60%; }
td { text-align: right; }
.notice { font-weight: bold; }
section { break-inside: avoid; }
</style></head><body><h1>${esc(r.title)}</h1><p class="subtitle">${esc(r.subtitle)}</p>${r.notice ? `<p class="notice">${esc(r.notice)}</p>` : ''}${body}</body></html>`;
}
