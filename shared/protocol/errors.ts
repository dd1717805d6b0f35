import { z } from 'zod';
import { timestampSchema } from './common';

/**
 * Typed errors of the protocol: the HTTP status each one travels with, and the body shape. The
 * message is translated (`protocol.error.<CODE>` in shared/i18n) for the caller's
 * Accept-Language; clients act on the code, never on the text.
 */
export const PROTOCOL_ERROR_STATUS = {
  VALIDATION: 400,
  MALFORMED_JSON: 400,
  CHECKSUM_MISMATCH: 400,
  AUTH_REQUIRED: 401,
  BAD_CREDENTIALS: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  STATE_FORBIDS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;
export type ProtocolErrorCode = keyof typeof PROTOCOL_ERROR_STATUS;
export const PROTOCOL_ERROR_CODES = Object.keys(PROTOCOL_ERROR_STATUS) as [ProtocolErrorCode, ...ProtocolErrorCode[]];

/** Errors a client may retry as they are (after backoff): the others need a person or a fix. */
export const TRANSIENT_ERROR_CODES: readonly ProtocolErrorCode[] = ['RATE_LIMITED', 'INTERNAL', 'UNAVAILABLE'];

/** One problem with one field: `path` dotted (`ops.3.payload.entry.name`), `code` a `validation.*` key. */
export const protocolIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ProtocolIssue = z.output<typeof protocolIssueSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(PROTOCOL_ERROR_CODES),
    message: z.string(),
    issues: z.array(protocolIssueSchema).optional(),
    /** Values that fill the message, e.g. `{ limit: 1048576 }` or `{ retryAfter: 30 }`. */
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  }),
  serverTime: timestampSchema,
});
export type ErrorBody = z.output<typeof errorBodySchema>;
