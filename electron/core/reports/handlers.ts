import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { annualReportDue, chinaDay, formatDay } from '@shared/calendar/index';
import type { AnnualReportStatus } from '@shared/ipc/channels/reports';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import type { Reader } from '../db/database';
import { deadlineContext } from '../deadlines/stored';
import { evaluationSummary, writeExport } from '../evaluation/public';
import { changeDeadlines } from '../catalogue/public';
import type { DeadlineContext } from '../deadlines/stored';
import type { ChangeTimeliness } from './annual';
import type { SyncEngine } from '../sync/public';
import { annualReportData } from './annual';
import { reportDocx } from './docx';
import { reportHtml } from './html';
import { reportSections } from './sections';
import { auditSummary } from '@shared/i18n/audit-action';

type ReportChannel = 'reports.annual' | 'reports.saveText' | 'reports.exportDocx' | 'reports.annualHtml' | 'reports.file';

/** The year before today's (in China): the one whose report is owed. */
export const previousYear = (now: string) => Number(formatDay(chinaDay(now, 'now')).slice(0, 4)) - 1;

/** Builds the year's report from the workspace, as sections ready for the Word document and the PDF. */
export async function buildAnnualReport(ctx: CoreContext, year: number) {
  const ws = ctx.workspace();
  const info = ws.requireInfo();
  const dc = await deadlineContext(ws.db, info.profileId, ws.now(), ctx.calendarOverrides);
  const data = await annualReportData(
    ws.db,
    year,
    { name: info.departmentName, code: info.departmentCode },
    ws.now(),
    (from, to) => evaluationSummary(ws.db, from, to, info.departmentCode),
    (from, to) => changesAgainstLimit(ws.db, dc, from, to),
  );
  return { data, sections: reportSections(data, ctx.locale) };
}

/**
 * The annual data-management report (《伊川县政务数据资源共享管理暂行办法》第三十九条): generated from the
 * workspace as .docx and (through the shell's printing) PDF, with the officer's own section; filing
 * uploads the PDF to the platform, where the authority sees who has filed.
 */
export function reportHandlers(ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>): HandlerMap<ReportChannel> {
  const status = async (db: Reader, year: number): Promise<AnnualReportStatus> => {
    const ws = ctx.workspace();
    const { data } = await buildAnnualReport(ctx, year);
    const row = await db.get<{ filed_at: string | null }>('SELECT filed_at FROM annual_reports WHERE year = ?', [year]);
    const dc = await deadlineContext(db, ws.requireInfo().profileId, ws.now(), ctx.calendarOverrides);
    const due = annualReportDue(ws.requireInfo().profileId, year, dc.calendar)?.due ?? null;
    return { year, empty: data.empty, officerText: data.officerText, filedAt: row?.filed_at ?? null, due };
  };
  return {
    'reports.annual': async ({ year }) => status(ctx.workspace().db, year ?? previousYear(ctx.workspace().now())),
    'reports.saveText': async ({ year, text }) => {
      const now = ctx.workspace().now();
      await ctx.write(async (tx, audit) => {
        await tx.run('INSERT INTO annual_reports (year, officer_text, updated_at) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET officer_text = excluded.officer_text, updated_at = excluded.updated_at', [year, text, now]);
        await audit('report.saveText', 'annualReport', String(year), auditSummary('annualReportSaved', { year }));
      });
      return status(ctx.workspace().db, year);
    },
    'reports.exportDocx': async ({ year, path }) => {
      const { sections } = await buildAnnualReport(ctx, year);
      return { path: writeExport(path, ['.docx'], await reportDocx(sections)) };
    },
    'reports.annualHtml': async ({ year }) => {
      const { sections, data } = await buildAnnualReport(ctx, year);
      return { html: reportHtml(sections), fileName: `${year}年度政务数据管理情况-${data.department.name}.pdf` };
    },
    'reports.file': async ({ year, pdfPath }) => {
      if (!isAbsolute(pdfPath)) throw new AppError('REPORT_BAD_PATH', { ext: '.pdf' });
      let bytes: Buffer;
      try {
        bytes = readFileSync(pdfPath);
      } catch {
        throw new AppError('REPORT_BAD_PATH', { ext: '.pdf' });
      }
      if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('REPORT_BAD_PATH', { ext: '.pdf' });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await engine.relay('uploadAttachment', { params: { sha256 }, body: bytes });
      const r = await engine.relay('fileReport', { body: { year, sha256 } });
      await ctx.write(async (tx, audit) => {
        await tx.run(
          'INSERT INTO annual_reports (year, filed_at, filed_sha256, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET filed_at = excluded.filed_at, filed_sha256 = excluded.filed_sha256, updated_at = excluded.updated_at',
          [year, r.filing.filedAt, sha256, ctx.workspace().now()],
        );
        await audit('report.file', 'annualReport', String(year), auditSummary('annualReportFiled', { year }));
      });
      return status(ctx.workspace().db, year);
    },
  };
}

/**
 * The changes of resources started in `[from, to)` with their change deadlines: on time when every
 * step was done in time, late when one was done after its due day (or is overdue and still open),
 * open while a step runs. A profile without change deadlines has none to report.
 */
async function changesAgainstLimit(db: Reader, dc: DeadlineContext, from: string, to: string): Promise<ChangeTimeliness[]> {
  const started = await db.all<{ entry_id: string }>(
    "SELECT entry_id FROM catalogue_change_deadlines WHERE date(json_extract(deadline_events, '$[0][1]'), '+8 hours') >= ? AND date(json_extract(deadline_events, '$[0][1]'), '+8 hours') < ?",
    [from, to],
  );
  const out: ChangeTimeliness[] = [];
  for (const { entry_id } of started) {
    for (const c of await changeDeadlines(db, dc, entry_id)) {
      if (!c.deadlines.length) continue;
      const last = c.deadlines.at(-1)!;
      const late = c.deadlines.some((d) => d.late === true || d.status === 'overdue');
      const finished = c.deadlines.every((d) => d.status === 'done');
      out.push({
        entryId: c.entryId,
        name: c.name,
        code: c.code,
        changed: c.deadlines[0]!.start,
        due: last.due ?? null,
        done: finished ? (last.end ?? null) : null,
        result: late ? 'late' : finished ? 'onTime' : 'open',
      });
    }
  }
  return out.sort((a, b) => a.changed.localeCompare(b.changed) || a.code.localeCompare(b.code));
}
