import { z } from 'zod';
import { DEMAND_STATUSES, demandFields, demandRules } from '../domain/demand';
import { OPEN_METHODS } from '../domain/enums';
import { REQUIRED_RESPONSIBILITY_FIELDS, responsibilitySchema } from '../domain/responsibility';
import { idSchema, queryInt, timestampSchema, withServerTime } from './common';

/**
 * Lists a department reports to the authority (docs/demands.md "Lists reported to the authority"):
 * the demand list (《伊川县政务数据资源共享管理暂行办法》第十二条), the responsibility list (同办法第十三、十四条)
 * and the open-data catalogue (《丽水市公共数据资源管理办法》第二十一条). Each submission is the whole
 * list as it stood; the reviewer accepts it or returns it with comments per row.
 */
export const LIST_KINDS = ['demands', 'responsibilities', 'openData'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const LIST_STATES = ['submitted', 'accepted', 'returned'] as const;
export type ListState = (typeof LIST_STATES)[number];

/** Most rows one submission may carry. */
export const MAX_LIST_ROWS = 5000;

/** A demand as reported: its fields, checked by the same rules as the form's. */
export const demandListRowSchema = demandFields
  .extend({
    id: idSchema,
    number: z.string().trim().min(1).max(32),
    status: z.enum(DEMAND_STATUSES),
    /** The published entry the department matched it to, if any (the platform checks it). */
    matchedEntryId: idSchema.optional(),
  })
  .strict()
  .superRefine(demandRules);
export type DemandListRow = z.output<typeof demandListRowSchema>;

/** A responsibility row as reported: every required part named (gaps are refused at their field). */
export const responsibilityListRowSchema = responsibilitySchema
  .extend({ entryId: idSchema, code: z.string().trim().min(1).max(64), name: z.string().trim().min(1).max(100) })
  .strict()
  .superRefine((r, ctx) => {
    for (const f of REQUIRED_RESPONSIBILITY_FIELDS) if (!r[f]) ctx.addIssue({ code: 'custom', path: [f], message: 'validation.required' });
  });
export type ResponsibilityListRow = z.output<typeof responsibilityListRowSchema>;

/** An entry of the open-data catalogue with its opening forms (the profile's rule is the platform's check). */
export const openListRowSchema = z.strictObject({
  entryId: idSchema,
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  openType: z.enum(['unconditional', 'conditional']),
  openCondition: z.string().trim().max(500).optional(),
  /** Any text here: which forms are allowed is the profile's (openFormIssues), so the refusal names the form. */
  openForms: z.array(z.string().trim().min(1).max(32)).max(OPEN_METHODS.length * 2),
});
export type OpenListRow = z.output<typeof openListRowSchema>;

const rows = <T extends z.ZodType>(row: T) => z.array(row).min(1, { message: 'lists.validation.empty' }).max(MAX_LIST_ROWS, { message: 'validation.tooMany' });

/** Operation payloads (shared/protocol/operations.ts); entityId = the submission's id. */
export const demandListSubmitSchema = z.strictObject({ rows: rows(demandListRowSchema) });
export const responsibilityListSubmitSchema = z.strictObject({ rows: rows(responsibilityListRowSchema) });
export const openListSubmitSchema = z.strictObject({ rows: rows(openListRowSchema) });

/** The reviewer's comment on one row (its index in the submission), at a field when it names one. */
export const listCommentSchema = z.strictObject({
  row: z.number().int().min(0).max(MAX_LIST_ROWS),
  field: z.string().trim().min(1).max(100).optional(),
  comment: z.string().trim().min(1).max(1000),
});
export type ListComment = z.output<typeof listCommentSchema>;

/**
 * A demand the platform could not match to a published entry: a request to the authority to
 * evaluate it (《拱墅区政务数字资源共建共享管理办法》第二十四条), answered on the platform.
 */
export const evaluationRequestSchema = z.object({
  demandId: idSchema,
  number: z.string(),
  name: z.string(),
  answer: z.string().optional(),
  answeredAt: timestampSchema.optional(),
});
export type EvaluationRequest = z.output<typeof evaluationRequestSchema>;

/** A submission as the department hears of it (change `list.update`). */
export const listSubmissionSchema = z.object({
  id: idSchema,
  list: z.enum(LIST_KINDS),
  departmentCode: z.string(),
  departmentName: z.string(),
  state: z.enum(LIST_STATES),
  revision: z.number().int().min(1),
  rowCount: z.number().int().min(0),
  submittedAt: timestampSchema,
  reviewedAt: timestampSchema.optional(),
  note: z.string().optional(),
  comments: z.array(listCommentSchema),
  /** Demands matched by the platform to a published entry: demand id → entry id. */
  matches: z.record(z.string(), z.string()),
  evaluations: z.array(evaluationRequestSchema),
});
export type ListSubmission = z.output<typeof listSubmissionSchema>;

/** The same with its rows, for the reviewer. */
export const reviewListSchema = listSubmissionSchema.extend({ rows: z.array(z.record(z.string(), z.unknown())) });
export type ReviewList = z.output<typeof reviewListSchema>;

// Reviewer endpoints
export const listIdParamsSchema = z.strictObject({ id: idSchema });
export const evaluationParamsSchema = z.strictObject({ id: idSchema, demandId: idSchema });
export const reviewListsQuerySchema = z.strictObject({
  state: z.enum(LIST_STATES).default('submitted'),
  list: z.enum(LIST_KINDS).optional(),
  offset: queryInt(0, 1_000_000).optional(),
  limit: queryInt(1, 500).optional(),
});
export const reviewListsResponseSchema = withServerTime({ total: z.number().int(), submissions: z.array(reviewListSchema) });
export const acceptListRequestSchema = z.strictObject({ revision: z.number().int().min(1), note: z.string().trim().max(2000).optional() });
export const returnListRequestSchema = z.strictObject({
  revision: z.number().int().min(1),
  comments: z.array(listCommentSchema).min(1).max(500),
  note: z.string().trim().max(2000).optional(),
});
export const answerEvaluationRequestSchema = z.strictObject({ revision: z.number().int().min(1), answer: z.string().trim().min(1).max(2000) });
export const listResponseSchema = withServerTime({ submission: reviewListSchema });
