import { z } from 'zod';
import { channel } from '../define';
import { OPEN_METHODS } from '../../domain/enums';
import { evaluationRequestSchema, LIST_KINDS, LIST_STATES, listCommentSchema, reviewListSchema } from '../../protocol/lists';

/** `queued`: in the outbox; `refused`: the platform refused the submission (its issues say where). */
export const LIST_VIEW_STATES = ['queued', ...LIST_STATES, 'refused'] as const;

/** One issue of a refused or unsubmittable list: the row (its index), the field, and the message. */
export const listIssueSchema = z.object({ row: z.number().int().optional(), field: z.string().optional(), path: z.string(), message: z.string() });
export type ListIssue = z.output<typeof listIssueSchema>;

export const listSubmissionViewSchema = z.object({
  id: z.string(),
  list: z.enum(LIST_KINDS),
  state: z.enum(LIST_VIEW_STATES),
  rowCount: z.number().int(),
  submittedAt: z.string(),
  reviewedAt: z.string().optional(),
  note: z.string().optional(),
  /** The reviewer's comments, each with the row's label as submitted (number or code, and name). */
  comments: z.array(listCommentSchema.extend({ label: z.string() })),
  /** Demands the platform matched to a published entry: demand id → entry id. */
  matches: z.record(z.string(), z.string()),
  evaluations: z.array(evaluationRequestSchema),
  refusal: z.object({ code: z.string(), reason: z.string(), issues: z.array(listIssueSchema) }).optional(),
});
export type ListSubmissionView = z.output<typeof listSubmissionViewSchema>;

const id = z.string().min(1).max(64);
const list = z.enum(LIST_KINDS);
const path = z.string().min(1).max(4096);

export const listChannels = {
  /**
   * Submit a list as it stands to the authority: checked first (a problem is `LIST_HAS_ERRORS`
   * with issues at `rows.<i>.<field>`, nothing queued), then queued in the outbox with its record.
   */
  'lists.submit': channel('core', z.strictObject({ list }), listSubmissionViewSchema),
  /** The submissions of a list, newest first, with the reviewer's comments and answers. */
  'lists.submissions': channel('core', z.strictObject({ list }), z.object({ submissions: z.array(listSubmissionViewSchema) })),
  /** The list as it stands, as an Excel workbook. */
  'lists.export': channel('core', z.strictObject({ list, path }), z.object({ path: z.string(), rows: z.number().int() })),
  // The reviewer's side (a reviewer account), relayed to the platform: a department's account is refused.
  /** Submissions awaiting review (or in another state), with their rows. */
  'lists.reviewQueue': channel('core', z.strictObject({ state: z.enum(LIST_STATES).default('submitted'), list: list.optional() }), z.object({ total: z.number().int(), submissions: z.array(reviewListSchema) })),
  'lists.accept': channel('core', z.strictObject({ id, revision: z.number().int().min(1), note: z.string().trim().max(2000).optional() }), reviewListSchema),
  'lists.return': channel(
    'core',
    z.strictObject({ id, revision: z.number().int().min(1), comments: z.array(listCommentSchema).min(1, { message: 'validation.required' }).max(500), note: z.string().trim().max(2000).optional() }),
    reviewListSchema,
  ),
  /** The authority's answer to a demand it was asked to evaluate. */
  'lists.answer': channel(
    'core',
    z.strictObject({ id, demandId: id, revision: z.number().int().min(1), answer: z.string().trim().min(1, { message: 'validation.required' }).max(2000, { message: 'validation.tooLong' }) }),
    reviewListSchema,
  ),
};

/** One entry of the open-data catalogue (开放目录). */
export const openRowSchema = z.object({
  entryId: z.string(),
  code: z.string(),
  name: z.string(),
  state: z.string(),
  openType: z.enum(['unconditional', 'conditional']),
  openCondition: z.string().optional(),
  openForms: z.array(z.enum(OPEN_METHODS)),
  /** The forms' problems under the profile (empty when the row can be submitted). */
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type OpenRow = z.output<typeof openRowSchema>;

export const openDataChannels = {
  /** Entries whose open type is unconditional or conditional (retired ones left out), with the profile's rule on forms. */
  'openData.list': channel(
    'core',
    z.strictObject({}),
    z.object({ rows: z.array(openRowSchema), methods: z.array(z.enum(OPEN_METHODS)), max: z.number().int() }),
  ),
  /** Set an entry's opening forms; a form the profile does not allow is refused at `openForms.<i>`. */
  'openData.setForms': channel('core', z.strictObject({ entryId: id, openForms: z.array(z.string().min(1).max(32)).max(10) }), openRowSchema),
};
