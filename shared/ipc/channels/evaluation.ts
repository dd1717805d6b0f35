import { DUE_SUBJECTS } from './requests';
import { z } from 'zod';
import { channel } from '../define';
import { UPDATE_CYCLES } from '../../domain/enums';
import { departmentRankSchema, metricsSchema } from '../../protocol/evaluation';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'validation.invalid' });
const dueItemSchema = z.object({ subject: z.enum(DUE_SUBJECTS), id: z.string(), title: z.string(), step: z.string(), due: z.string(), status: z.string(), calendarCovered: z.boolean() });

export const dashboardResourceSchema = z.object({
  entryId: z.string(),
  code: z.string(),
  name: z.string(),
  updateCycle: z.enum(UPDATE_CYCLES),
  rows: z.number().nullable(),
  bytes: z.number().nullable(),
  metrics: metricsSchema,
});
export type DashboardResource = z.output<typeof dashboardResourceSchema>;

export const trendPointSchema = metricsSchema.extend({ month: z.string() });
export type TrendPoint = z.output<typeof trendPointSchema>;

const filter = z.strictObject({ fromMonth: month.optional(), toMonth: month.optional(), entryId: z.string().min(1).max(64).optional() });

export const dashboardSchema = z.object({
  /** When the metrics were last pulled from the platform; null = never (the dashboard says so). */
  fetchedAt: z.string().nullable(),
  /** The months held in the cache, oldest first, and the ones selected. */
  months: z.array(z.string()),
  fromMonth: z.string().nullable(),
  toMonth: z.string().nullable(),
  /** The department over the selection: the mean of its resources' metrics, and its published rank. */
  department: z.object({ metrics: metricsSchema, rank: z.number().int().nullable(), ranked: z.number().int() }),
  trends: z.array(trendPointSchema),
  resources: z.array(dashboardResourceSchema),
  /** The lowest scores first, at most ten. */
  weakest: z.array(dashboardResourceSchema),
  rankings: z.array(departmentRankSchema),
  /**
   * Deadlines past their due day (requests, objections, notices, zero updates, the annual report),
   * earliest first: on the screen the first `OVERDUE_LISTED`, in the export and print every one.
   */
  overdue: z.array(dueItemSchema),
  /** How many are overdue in all, and of each kind. */
  overdueCount: z.number().int(),
  overdueBySubject: z.partialRecord(z.enum(DUE_SUBJECTS), z.number().int()),
  today: z.string(),
});
export type Dashboard = z.output<typeof dashboardSchema>;

/** Overdue duties the dashboard lists on screen; the counts tell of the rest. */
export const OVERDUE_LISTED = 100;

export const evaluationChannels = {
  /** Pull the department's metrics (12 months to today by default) and the ranking into the workspace. */
  'evaluation.refresh': channel(
    'core',
    z.strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() }),
    z.object({ fetchedAt: z.string(), from: z.string(), to: z.string(), resources: z.number().int() }),
  ),
  /** The dashboard of 统计 from the workspace's cache: works offline. */
  'evaluation.dashboard': channel('core', filter, dashboardSchema),
  /** The dashboard's figures as an Excel workbook at `path`. */
  'evaluation.export': channel('core', filter.extend({ path: z.string().min(1).max(4096) }), z.object({ path: z.string(), resources: z.number().int() })),
  /** The dashboard as print-ready HTML (the shell's `print.toPdf` makes the PDF). */
  'evaluation.printHtml': channel('core', filter, z.object({ html: z.string() })),
};
