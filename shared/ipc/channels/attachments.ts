import { z } from 'zod';
import { channel } from '../define';
import { attachmentViewSchema } from './requests';

/** Where the bytes come from: a file the officer chose (path) or the bytes themselves (base64). */
const source = z.union([z.strictObject({ path: z.string().min(1).max(4096) }), z.strictObject({ base64: z.string().max(20 * 1024 * 1024) })]);

export const attachmentChannels = {
  /**
   * Stores a PDF/JPG/PNG content-addressed (type checked by content, size capped) and links it to a
   * request (the sealed demand form) or an objection; without an owner it is kept for a later link
   * (evidence of an objection about to be raised).
   */
  'attachments.add': channel(
    'core',
    z.strictObject({
      owner: z.strictObject({ type: z.enum(['request', 'objection']), id: z.string().min(1).max(64) }).optional(),
      role: z.enum(['sealedForm', 'evidence']).default('sealedForm'),
      fileName: z.string().trim().min(1).max(255),
      source,
    }),
    attachmentViewSchema,
  ),
  /**
   * The path of one of a request's files, to open with `shell.openPath`: from the workspace when
   * it is there and intact; else downloaded from the platform, checked against its sha256 (a
   * mismatch is fetched again, then refused as `ATTACHMENT_HASH_MISMATCH`) and kept in the workspace.
   */
  'attachments.open': channel(
    'core',
    z.strictObject({
      owner: z.strictObject({ type: z.literal('request'), id: z.string().min(1).max(64) }),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    z.object({ path: z.string(), attachment: attachmentViewSchema, downloaded: z.boolean() }),
  ),
};
