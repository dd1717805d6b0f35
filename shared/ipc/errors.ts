import { z } from 'zod';
import type { Locale } from '../i18n/messages';
import { translate } from '../i18n/messages';
import { EXCHANGE_ERROR_CODES } from '../exchange/errors';
import { SYNC_ERROR_CODES } from '../sync/errors';

/** One problem with one field: `path` is dotted (`items.2.length`), `code` an i18n key. */
export const validationIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ValidationIssue = z.output<typeof validationIssueSchema>;

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'STATE_FORBIDS',
  'UNKNOWN_CHANNEL',
  'WORKSPACE_NOT_INITIALISED',
  'WORKSPACE_ALREADY_INITIALISED',
  'WORKSPACE_LOCKED',
  'WORKSPACE_NEWER',
  'WORKSPACE_MIGRATIONS_DIVERGED',
  'WORKSPACE_CORRUPT',
  /** A notice, not a failure: the workspace was restored from its backup. */
  'WORKSPACE_RESTORED',
  'WORKSPACE_UNAVAILABLE',
  /** SQLite or the file system found no room left (SQLITE_FULL, ENOSPC, EDQUOT): see isDiskFull. */
  'DISK_FULL',
  'FORBIDDEN_SENDER',
  'INTERNAL',
  /** The demand form could not be printed to PDF (the shell's print window). */
  'PRINT_FAILED',
  /** `ready` refused: the entry still has quality errors (listed as issues). */
  'ENTRY_HAS_ERRORS',
  /** Submission refused: an entry graded 涉密 is catalogued on this workstation only. */
  'ENTRY_CLASSIFIED',
  /** Demand list and zero updates (shared/i18n/messages/demands.ts). */
  'DEMAND_TRANSITION', 'DEMAND_NO_MATCH', 'ZERO_UPDATE_NOT_PUBLISHED', 'ZERO_UPDATE_NOT_APPLICABLE', 'ZERO_UPDATE_DUPLICATE',
  /** Share requests, objections and attachments (shared/i18n/messages/requests.ts). */
  'REQUEST_TRANSITION', 'REQUEST_OWN_ENTRY', 'REQUEST_NOT_SHAREABLE', 'REQUEST_SEALED_FORM_REQUIRED', 'REQUEST_WRONG_ROLE', 'REQUEST_NOT_EDITABLE', 'REQUEST_REASON_REQUIRED', 'REQUEST_NOT_ACTIVE', 'REQUEST_NOT_ESCALATABLE', 'OBJECTION_TRANSITION', 'OBJECTION_EXTENSION_NOT_ALLOWED', 'OBJECTION_WRONG_ROLE', 'ATTACHMENT_TYPE', 'ATTACHMENT_TOO_LARGE', 'ATTACHMENT_EMPTY', 'ATTACHMENT_UNREADABLE', 'ATTACHMENT_UNKNOWN',
  /** A request's file downloaded from the platform: not matching its sha256 twice; not a file of the request. */
  'ATTACHMENT_HASH_MISMATCH', 'ATTACHMENT_NOT_LISTED',
  /** Dashboard exports and the annual report (shared/i18n/messages/evaluation.ts). */
  'REPORT_BAD_PATH', 'REPORT_WRITE_FAILED', 'REPORT_NO_ACCOUNT',
  /** Lists reported to the authority (shared/i18n/messages/lists.ts). */
  'LIST_HAS_ERRORS', 'LIST_EMPTY',
  ...EXCHANGE_ERROR_CODES,
  ...SYNC_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What crosses IPC, the CLI and the e2e bridge when an operation fails: never a stack trace. */
export const appErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z
    .object({
      issues: z.array(validationIssueSchema).optional(),
      params: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});
export type AppErrorData = z.output<typeof appErrorSchema>;

/** A failure the user can act on. `params` fill the message; `issues` point at fields. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode | (string & {}),
    readonly params: Record<string, unknown> = {},
    readonly issues: { path: string; code: string; params?: Record<string, unknown> }[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }

  toData(locale: Locale): AppErrorData {
    const details: AppErrorData['details'] = {};
    if (this.issues.length) {
      details.issues = this.issues.map((i) => ({ path: i.path, code: i.code, message: translate(i.code, locale, i.params) }));
    }
    if (Object.keys(this.params).length) details.params = this.params;
    return {
      code: this.code,
      message: translate(`error.${this.code}`, locale, this.params),
      ...(details.issues || details.params ? { details } : {}),
    };
  }
}

const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const DISK_FULL_TEXT = /\b(?:SQLITE_FULL|ENOSPC|EDQUOT)\b|database or disk is full|no space left on device|disk quota exceeded/i;

/**
 * Whether a failure is the disk (or the user's quota) being full: SQLite's `SQLITE_FULL` — what
 * it reports when a write meets ENOSPC or `max_page_count` — or a file-system ENOSPC/EDQUOT,
 * also when wrapped (`cause`) or passed on as text (a reason string). SQLite rolls the
 * transaction back and file writes go to a temporary file first, so such a failure loses nothing.
 */
export function isDiskFull(err: unknown, depth = 0): boolean {
  if (depth > 4 || err === null || err === undefined) return false;
  if (typeof err === 'string') return DISK_FULL_TEXT.test(err);
  if (typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && DISK_FULL_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && DISK_FULL_TEXT.test(e.message)) return true;
  return isDiskFull(e.cause, depth + 1);
}

/** zod's issues as field issues; messages that are not our `validation.*` keys become generic ones. */
export function issuesFromZod(error: z.ZodError): { path: string; code: string }[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    if (i.message.startsWith('validation.')) return { path, code: i.message };
    if (i.code === 'invalid_type' && i.input === undefined) return { path, code: 'validation.required' };
    if (i.code === 'unrecognized_keys') return { path: [path, ...i.keys].filter(Boolean).join('.'), code: 'validation.unknownField' };
    if (i.code === 'too_big') return { path, code: 'validation.tooLong' };
    if (i.code === 'invalid_value') return { path, code: 'validation.enum' };
    return { path, code: 'validation.invalid' };
  });
}

/** The result envelope of every IPC call, so a typed error survives structured cloning. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
