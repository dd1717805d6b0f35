// The annual report end to end: generated from the workspace as .docx (read back from its
// document.xml) and as PDF (the same HTML the shell prints, here through Chromium's page.pdf, read
// back with pdftotext), reminded until filed, and filed on the real platform over loopback.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { account, signedIn } from '../helpers/platform';
import { Connection } from '../../electron/core/db/connection';
import type { ReportFiling } from '../../shared/protocol/index';
import { call, callError, coreFor, disposeAll, entryOf, platform } from './sync-helpers';

afterEach(disposeAll);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasTools = existsSync(CHROMIUM) && (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function printPdf(html: string, path: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
const documentXml = (docx: string) => execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });

describe.skipIf(!hasTools)('annual report', () => {
  it('holds the workspace figures in the .docx and the PDF; an empty year says so; reminded until filed, then the authority sees it', async () => {
    const p = await platform({ tokenTtlMs: 365 * 86_400_000 });
    const edu = await coreFor(p, 'yc-edu');
    // The workspace has served the department since 2025: last year's report is owed.
    const conn = await Connection.open(join(edu.dir, 'workspace.db'));
    await conn.run("UPDATE workspace SET created_at = '2025-01-05T01:00:00.000Z'");
    await conn.close();
    await call(edu.core, 'evaluation.refresh', {});
    for (const name of ['在校学生名单', '教师资格信息', '学校基本信息']) await call(edu.core, 'catalogue.create', { entry: entryOf(edu, name) });

    // The report owed is last year's, due at the end of January: on 2 March it is overdue until filed.
    const owed = await call(edu.core, 'reports.annual', {});
    expect(owed).toMatchObject({ year: 2025, filedAt: null, due: '2026-02-02' }); // 31 January 2026 is a Saturday
    expect((await call(edu.core, 'evaluation.dashboard', {})).overdue.filter((i) => i.subject === 'annualReport').map((i) => i.id)).toEqual(['2025']);

    const officer = '本年度完成目录编制三项，组织数据质量自查两次。';
    await call(edu.core, 'reports.saveText', { year: 2026, text: officer });
    const dash = await call(edu.core, 'evaluation.dashboard', { fromMonth: '2026-01', toMonth: '2026-12' });
    const score = String(Math.round(dash.department.metrics.score! * 10) / 10);

    const docx = join(edu.dir, 'report-2026.docx');
    expect((await call(edu.core, 'reports.exportDocx', { year: 2026, path: docx })).path).toBe(docx);
    const xml = documentXml(docx);
    const { html } = await call(edu.core, 'reports.annualHtml', { year: 2026 });
    const pdfText = await printPdf(html, join(edu.dir, 'report-2026.pdf'));
    for (const text of [xml, pdfText.replace(/\s+/g, ' ')]) {
      for (const v of ['2026 年度政务数据管理情况报告', edu.department.name, '目录条目总数', '七、考核评价指标和排名', score, officer]) expect(text).toContain(v);
    }
    // three entries, in their share type
    expect(xml).toMatch(/目录条目总数<\/w:t>.*?<w:t[^>]*>3<\/w:t>/s);
    expect(pdfText).toMatch(/目录条目总数\s+3/);

    // A year with no data says so instead of producing empty tables.
    const empty = join(edu.dir, 'report-2019.docx');
    await call(edu.core, 'reports.exportDocx', { year: 2019, path: empty });
    expect(documentXml(empty)).toContain('工作区中没有 2019 年度的数据');
    expect((await call(edu.core, 'reports.annual', { year: 2019 })).empty).toBe(true);
    expect((await callError(edu.core, 'reports.exportDocx', { year: 2019, path: 'relative.docx' })).code).toBe('REPORT_BAD_PATH');

    // Filing: the PDF goes to the platform; the reminder ends; the authority sees who filed.
    const { html: html2025 } = await call(edu.core, 'reports.annualHtml', { year: 2025 });
    const pdf2025 = join(edu.dir, 'report-2025.pdf');
    await printPdf(html2025, pdf2025);
    const filed = await call(edu.core, 'reports.file', { year: 2025, pdfPath: pdf2025 });
    expect(filed.filedAt).not.toBeNull();
    expect((await call(edu.core, 'evaluation.dashboard', {})).overdue.filter((i) => i.subject === 'annualReport')).toEqual([]);
    const reviewer = await signedIn(p, 'yc-reviewer');
    const filings = await reviewer.send<{ filings: ReportFiling[] }>('GET', '/evaluation/reports?year=2025');
    const byCode = new Map(filings.body.filings.map((f) => [f.departmentCode, f]));
    expect(byCode.get(account(p, 'yc-edu').departmentCode)).toMatchObject({ mediaType: 'application/pdf' });
    expect(byCode.get(account(p, 'yc-police').departmentCode)?.filedAt).toBeNull();
  }, 120_000);
});
