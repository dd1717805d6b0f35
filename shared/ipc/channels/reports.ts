import { z } from 'zod';
import { channel } from '../define';

const year = z.number().int().min(2000, { message: 'validation.invalid' }).max(2100, { message: 'validation.invalid' });
const path = z.string().min(1).max(4096);

export const annualReportStatusSchema = z.object({
  year: z.number().int(),
  /** The workspace holds nothing for the year: the report says so. */
  empty: z.boolean(),
  officerText: z.string(),
  /** When it was filed on the platform; null until then. */
  filedAt: z.string().nullable(),
  /** The profile's due date (伊川: the end of January), when it has one. */
  due: z.string().nullable(),
});
export type AnnualReportStatus = z.output<typeof annualReportStatusSchema>;

export const reportChannels = {
  /** The previous year's report (or `year`'s): whether there is data, the officer's text, filed or not. */
  'reports.annual': channel('core', z.strictObject({ year: year.optional() }), annualReportStatusSchema),
  /** The section the officer writes. */
  'reports.saveText': channel('core', z.strictObject({ year, text: z.string().max(20_000, { message: 'validation.tooLong' }) }), annualReportStatusSchema),
  /** The report as an editable Word document at `path` (.docx). */
  'reports.exportDocx': channel('core', z.strictObject({ year, path }), z.object({ path: z.string() })),
  /** The report as print-ready HTML (the shell's `print.toPdf` makes the PDF). */
  'reports.annualHtml': channel('core', z.strictObject({ year }), z.object({ html: z.string(), fileName: z.string() })),
  /** File the PDF at `pdfPath` on the platform: uploaded, then recorded as the year's report. */
  'reports.file': channel('core', z.strictObject({ year, pdfPath: path }), annualReportStatusSchema),
};
