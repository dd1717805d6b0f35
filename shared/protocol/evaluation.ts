import { z } from 'zod';
import { UPDATE_CYCLES } from '../domain/enums';
import { dateSchema, departmentCodeSchema, idSchema, sha256Schema, timestampSchema, withServerTime } from './common';

/**
 * Evaluation endpoints (docs/evaluation.md): metrics of published resources, the departments'
 * ranking, anomaly notices and annual-report filings. An officer reads its own department's; a
 * reviewer (the authority) reads every department's. A metric that cannot be computed is `null`.
 */

const count = z.number().int().min(0);
export const metricTotalsSchema = z.object({
  days: count,
  checks: count,
  failures: count,
  calls: count,
  departmentDays: count,
  dueCycles: count,
  onTimeCycles: count,
  upheldObjections: count,
  reviewReturns: count,
  notices: count,
  lateNotices: count,
});

const unknownOr = z.number().nullable();
export const metricsSchema = z.object({
  availability: unknownOr,
  callsPerDay: unknownOr,
  departmentsPerDay: unknownOr,
  timeliness: unknownOr,
  quality: unknownOr,
  usage: unknownOr,
  score: unknownOr,
});

export const resourceMetricsSchema = z.object({
  entryId: idSchema,
  code: z.string(),
  name: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  updateCycle: z.enum(UPDATE_CYCLES),
  publishedAt: timestampSchema,
  /** The catalogue quality score of the published version (0–100). */
  catalogueScore: z.number().nullable(),
  /** Rows and bytes the provider last reported (with an update), unknown when it never did. */
  rows: z.number().int().min(0).nullable(),
  bytes: z.number().int().min(0).nullable(),
  totals: metricTotalsSchema,
  metrics: metricsSchema,
});
export type ResourceMetrics = z.output<typeof resourceMetricsSchema>;

export const resourceMonthSchema = z.object({ entryId: idSchema, month: z.string().regex(/^\d{4}-\d{2}$/), totals: metricTotalsSchema });
export type ResourceMonth = z.output<typeof resourceMonthSchema>;

export const metricsQuerySchema = z.strictObject({
  from: dateSchema,
  to: dateSchema,
  /** A reviewer may name one department; an officer gets its own whatever it names. */
  department: departmentCodeSchema.optional(),
});
export const metricsResponseSchema = withServerTime({
  from: dateSchema,
  to: dateSchema,
  resources: z.array(resourceMetricsSchema),
  /** The same totals per calendar month of the period, per resource: the trends. */
  months: z.array(resourceMonthSchema),
});

export const departmentRankSchema = z.object({
  departmentCode: z.string(),
  departmentName: z.string(),
  resources: z.number().int().min(0),
  score: z.number().nullable(),
  rank: z.number().int().min(1).nullable(),
});
export type DepartmentRank = z.output<typeof departmentRankSchema>;
export const rankingsQuerySchema = z.strictObject({ from: dateSchema, to: dateSchema });
export const rankingsResponseSchema = withServerTime({ from: dateSchema, to: dateSchema, departments: z.array(departmentRankSchema) });

/**
 * What the authority's monitoring records: availability checks and volumes reported. Calls are not
 * recorded here: they are the usage reported on the resource's authorisations (`/authorisations/:id/usage`).
 */
export const observationsRequestSchema = z.strictObject({
  checks: z.array(z.strictObject({ entryId: idSchema, day: dateSchema, checks: count, failures: count })).max(50_000).default([]),
  volumes: z.array(z.strictObject({ entryId: idSchema, day: dateSchema, rows: count, bytes: count })).max(50_000).default([]),
});
export const observationsResponseSchema = withServerTime({ recorded: count });

// ── Anomaly notices (异常通报) ─────────────────────────────────────────────────────────────────
export const NOTICE_KINDS = ['availability', 'quality', 'timeliness', 'misuse'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** issued → answered → accepted, or reopened (a new answer owed) → answered … */
export const NOTICE_STATES = ['issued', 'answered', 'accepted', 'reopened'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

export const noticeSchema = z.object({
  id: idSchema,
  entryId: idSchema,
  entryName: z.string(),
  departmentCode: z.string(),
  /** The department's name as the platform lists it (absent from platforms that do not send it). */
  departmentName: z.string().optional(),
  kind: z.enum(NOTICE_KINDS),
  evidence: z.string(),
  issuedAt: timestampSchema,
  dueDate: dateSchema,
  state: z.enum(NOTICE_STATES),
  revision: z.number().int().min(1),
  answer: z.object({ rectification: z.string(), attachments: z.array(sha256Schema), answeredAt: timestampSchema, late: z.boolean() }).optional(),
  conclusion: z.object({ result: z.enum(['accepted', 'reopened']), note: z.string().optional(), at: timestampSchema }).optional(),
  /** Every step, oldest first: the notice's history stays with the resource. */
  history: z.array(z.object({ type: z.enum(['issued', 'answered', 'accepted', 'reopened']), at: timestampSchema, note: z.string().optional(), late: z.boolean().optional() })),
  updatedAt: timestampSchema,
});
export type Notice = z.output<typeof noticeSchema>;

export const issueNoticeRequestSchema = z.strictObject({
  id: idSchema,
  entryId: idSchema,
  kind: z.enum(NOTICE_KINDS),
  evidence: z.string().trim().min(1).max(4000),
  /** Default: the profile's rectification period from today. */
  dueDate: dateSchema.optional(),
});
export const concludeNoticeRequestSchema = z.strictObject({ revision: z.number().int().min(1), note: z.string().trim().max(2000).optional() });
export const noticeIdParamsSchema = z.strictObject({ id: idSchema });
export const noticeResponseSchema = withServerTime({ notice: noticeSchema });
export const noticesQuerySchema = z.strictObject({ department: departmentCodeSchema.optional() });
export const noticesResponseSchema = withServerTime({ notices: z.array(noticeSchema) });

// ── Annual reports (年度数据管理情况) ─────────────────────────────────────────────────────────
export const reportFilingSchema = z.object({
  departmentCode: z.string(),
  departmentName: z.string(),
  year: z.number().int(),
  filedAt: timestampSchema.nullable(),
  sha256: sha256Schema.nullable(),
  mediaType: z.string().nullable(),
});
export type ReportFiling = z.output<typeof reportFilingSchema>;
export const fileReportRequestSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** The report's bytes, uploaded first with uploadAttachment. */
  sha256: sha256Schema,
});
export const fileReportResponseSchema = withServerTime({ filing: reportFilingSchema });
export const reportFilingsQuerySchema = z.strictObject({ year: z.string().regex(/^\d{4}$/).transform(Number) });
export const reportFilingsResponseSchema = withServerTime({ filings: z.array(reportFilingSchema) });
