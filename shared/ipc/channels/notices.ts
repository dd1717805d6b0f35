import { z } from 'zod';
import { channel } from '../define';
import { NOTICE_KINDS, NOTICE_STATES } from '../../protocol/evaluation';

/** `answerQueued`: the officer's answer waits in the outbox for the next sync. */
export const NOTICE_VIEW_STATES = [...NOTICE_STATES, 'answerQueued'] as const;

export const noticeViewSchema = z.object({
  id: z.string(),
  entryId: z.string(),
  entryName: z.string(),
  kind: z.enum(NOTICE_KINDS),
  evidence: z.string(),
  issuedAt: z.string(),
  dueDate: z.string(),
  state: z.enum(NOTICE_VIEW_STATES),
  /** running / dueSoon / overdue while an answer is owed, done otherwise. */
  deadlineStatus: z.enum(['running', 'dueSoon', 'overdue', 'done']),
  answer: z.object({ rectification: z.string(), answeredAt: z.string(), late: z.boolean() }).optional(),
  conclusion: z.object({ result: z.enum(['accepted', 'reopened']), note: z.string().optional(), at: z.string() }).optional(),
  draft: z.string().optional(),
  history: z.array(z.object({ type: z.string(), at: z.string(), note: z.string().optional(), late: z.boolean().optional() })),
});
export type NoticeView = z.output<typeof noticeViewSchema>;

const id = z.string().min(1).max(64);
const rectification = z.string().trim().min(1, { message: 'validation.required' }).max(4000, { message: 'validation.tooLong' });

export const noticeChannels = {
  /** Notices on my resources, open ones first by due date. */
  'notices.list': channel('core', z.strictObject({ entryId: id.optional() }), z.object({ today: z.string(), notices: z.array(noticeViewSchema) })),
  'notices.get': channel('core', z.strictObject({ id }), noticeViewSchema),
  /** Keep the answer being written (offline too); nothing is sent. */
  'notices.saveDraft': channel('core', z.strictObject({ id, rectification: z.string().max(4000, { message: 'validation.tooLong' }) }), noticeViewSchema),
  /** Answer with the rectification and its evidence: queued in the outbox, sent with the next sync. */
  'notices.answer': channel('core', z.strictObject({ id, rectification, attachments: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(20).default([]) }), noticeViewSchema),
  // The authority's side (a reviewer account), relayed to the platform: a department's account is refused.
  /** Issue a notice on a published resource. */
  'notices.issue': channel(
    'core',
    z.strictObject({ entryId: id, kind: z.enum(NOTICE_KINDS), evidence: z.string().trim().min(1, { message: 'validation.required' }).max(4000), dueDate: z.iso.date().optional() }),
    z.object({ id: z.string(), dueDate: z.string(), state: z.enum(NOTICE_STATES) }),
  ),
  /** Every department's notices (the authority). */
  'notices.all': channel(
    'core',
    z.strictObject({}),
    z.object({ notices: z.array(z.object({ id: z.string(), entryId: z.string(), entryName: z.string(), departmentCode: z.string(), departmentName: z.string().optional(), kind: z.enum(NOTICE_KINDS), evidence: z.string(), issuedAt: z.string(), state: z.enum(NOTICE_STATES), dueDate: z.string(), revision: z.number().int(), answer: z.object({ rectification: z.string(), answeredAt: z.string(), late: z.boolean() }).optional() })) }),
  ),
  /** Accept or reopen an answered notice (the authority). */
  'notices.conclude': channel('core', z.strictObject({ id, revision: z.number().int().min(1), result: z.enum(['accepted', 'reopened']), note: z.string().trim().max(2000).optional() }), z.object({ id: z.string(), state: z.enum(NOTICE_STATES) })),
};
