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
    const ids: string[] = [];
    for (const name of ['在校学生名单', '教师资格信息', '学校基本信息']) ids.push((await call(edu.core, 'catalogue.create', { entry: entryOf(edu, name) })).id);
    // This year's changes of resources against their catalogue-change deadline (伊川: 10 working days
    // to ask for the update, 5 more for its review): one in time, one late, one still under way.
    const chains: [string, string[][]][] = [
      [ids[0]!, [['changed', '2026-02-09T01:00:00.000Z'], ['updateRequested', '2026-02-10T01:00:00.000Z'], ['updated', '2026-02-11T01:00:00.000Z']]],
      [ids[1]!, [['changed', '2026-01-05T01:00:00.000Z'], ['updateRequested', '2026-02-24T01:00:00.000Z'], ['updated', '2026-02-26T01:00:00.000Z']]],
      [ids[2]!, [['changed', '2026-02-27T01:00:00.000Z']]],
    ];
    const db = await Connection.open(join(edu.dir, 'workspace.db'));
    for (const [id, events] of chains) {
      await db.run("INSERT INTO catalogue_change_deadlines (entry_id, reason, deadline_events, deadlines, deadlines_open, deadlines_stale) VALUES (?, 'change', ?, NULL, 1, 1)", [id, JSON.stringify(events)]);
    }
    await db.close();

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
    // Each change of the year and whether it was made by its deadline.
    const docText = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const pdfFlat = pdfText.replace(/\s+/g, ' ');
    for (const text of [docText, pdfFlat]) {
      expect(text).toMatch(/在目录更新时限内完成的变更 1 /);
      expect(text).toMatch(/超过目录更新时限的变更 1 /);
      expect(text).toMatch(/尚在办理的变更 1 /);
      // The PDF's table cells wrap, so there only the end of each line is read as one piece.
      for (const v of ['2026-02-11 完成：按时', '2026-02-26 完成：超期', '尚未完成：办理中']) expect(text).toContain(v);
    }
    expect(docText).toMatch(/在校学生名单（[^）]+） 2026-02-09 变更，时限 2026-02-24，2026-02-11 完成：按时/);
    expect(docText).toMatch(/教师资格信息（[^）]+） 2026-01-05 变更，时限 2026-03-02，2026-02-26 完成：超期/);
    expect(docText).toMatch(/学校基本信息（[^）]+） 2026-02-27 变更，时限 2026-03-12，尚未完成：办理中/);
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
