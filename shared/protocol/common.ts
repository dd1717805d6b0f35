import { z } from 'zod';
import { isValidUscc } from '../ids/uscc';

/**
 * Building blocks of the platform protocol (docs/sync.md). Every path lives under API_BASE; a
 * breaking change gets a new base (`/api/v2`), additive ones (new optional fields, new change
 * or operation kinds) do not.
 */
export const PROTOCOL_VERSION = 1;
export const API_BASE = '/api/v1';

/** Response header carrying the server's clock on every answer, errors and downloads included. */
export const SERVER_TIME_HEADER = 'x-server-time';

export const timestampSchema = z.iso.datetime({ offset: true });
export const dateSchema = z.iso.date();

/** Client-generated ids (UUIDs in practice): short, URL-safe, so they can sit in paths and keys. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);

/** 统一社会信用代码 of a department, checksum included (GB 32100). */
export const departmentCodeSchema = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
  .refine(isValidUscc, { message: 'validation.uscc' });

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** An opaque position in the change feed; `0` is the beginning. */
export const cursorSchema = z.string().regex(/^\d{1,15}$/);

export const ROLES = ['officer', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** Every JSON answer carries the server's clock so a client can detect skew. */
export const withServerTime = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, serverTime: timestampSchema });

/** A number given in a query string: documented as its string form, parsed to an integer. */
export const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
