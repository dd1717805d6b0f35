import { z } from 'zod';
import { channel } from '../define';
import { OBJECTION_ANSWERS, OBJECTION_STATES } from '../../domain/objection-states';
import { attachmentViewSchema, deadlineViewSchema } from './requests';

export const objectionViewSchema = z.object({
  id: z.string(),
  role: z.enum(['raiser', 'provider']),
  state: z.enum(OBJECTION_STATES),
  entryId: z.string(),
  entryName: z.string(),
  itemName: z.string().optional(),
  recordKey: z.string().optional(),
  description: z.string(),
  raiserCode: z.string(),
  providerCode: z.string(),
  raisedAt: z.string(),
  extensions: z.number().int(),
  answer: z.object({ answer: z.enum(OBJECTION_ANSWERS), note: z.string(), answeredAt: z.string() }).optional(),
  attachments: z.array(attachmentViewSchema),
  deadlines: z.array(deadlineViewSchema),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  history: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), at: z.string(), note: z.string().optional(), actor: z.string() })),
});
export type ObjectionView = z.output<typeof objectionViewSchema>;

const id = z.string().min(1).max(64);
const note = z.string().trim().min(1, { message: 'validation.required' }).max(2000, { message: 'validation.tooLong' });

export const objectionChannels = {
  /** Raise a 数据疑义 on an entry of the shared catalogue, a data item or a record; evidence from `attachments.add`. */
  'objections.raise': channel(
    'core',
    z.strictObject({
      entryId: id,
      itemName: z.string().trim().max(100).optional(),
      recordKey: z.string().trim().max(200).optional(),
      description: note,
      attachments: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(20).default([]),
    }),
    objectionViewSchema,
  ),
  'objections.get': channel('core', z.strictObject({ id }), objectionViewSchema),
  'objections.list': channel('core', z.strictObject({ role: z.enum(['raiser', 'provider']).optional(), openOnly: z.boolean().default(false) }), z.object({ objections: z.array(objectionViewSchema) })),
  /** Open objections on one entry (own or shared): what the entry's page shows while they last. */
  'objections.openForEntry': channel('core', z.strictObject({ entryId: id }), z.object({ objections: z.array(objectionViewSchema) })),
  'objections.acknowledge': channel('core', z.strictObject({ id }), objectionViewSchema),
  'objections.startCorrecting': channel('core', z.strictObject({ id }), objectionViewSchema),
  /** The one extension the profile allows (伊川 +10 WD); queued as `objection.requestExtension`. */
  'objections.requestExtension': channel('core', z.strictObject({ id, note }), objectionViewSchema),
  /** The provider's answer: corrected, or checked and no error; queued as `objection.answer`. */
  'objections.answer': channel('core', z.strictObject({ id, answer: z.enum(OBJECTION_ANSWERS).default('corrected'), note }), objectionViewSchema),
  'objections.confirm': channel('core', z.strictObject({ id }), objectionViewSchema),
  'objections.reopen': channel('core', z.strictObject({ id, note }), objectionViewSchema),
};
