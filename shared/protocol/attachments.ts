import { z } from 'zod';
import { sha256Schema, timestampSchema, withServerTime } from './common';

/**
 * Attachments (sealed demand forms, evidence) are content-addressed: the client uploads the bytes
 * to `PUT /attachments/{sha256}`, the platform checks the hash and sniffs the type from the bytes.
 */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'application/ofd'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The upload's own Content-Type: the bytes decide the stored type, not this header. */
export const ATTACHMENT_UPLOAD_CONTENT_TYPE = 'application/octet-stream';
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export const attachmentParamsSchema = z.strictObject({ sha256: sha256Schema });

export const attachmentInfoSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().min(1),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  uploadedAt: timestampSchema,
});
export type AttachmentInfo = z.output<typeof attachmentInfoSchema>;

export const attachmentUploadResponseSchema = withServerTime({ attachment: attachmentInfoSchema, created: z.boolean() });
