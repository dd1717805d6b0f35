import { z } from 'zod';
import { departmentCodeSchema, ROLES, timestampSchema, withServerTime } from './common';

export const loginRequestSchema = z.strictObject({
  user: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const accountSchema = z.object({
  user: z.string(),
  role: z.enum(ROLES),
  departmentCode: departmentCodeSchema,
  departmentName: z.string(),
});
export type Account = z.output<typeof accountSchema>;

/** A bearer token for `Authorization: Bearer …`, valid until `expiresAt` (server clock). */
export const loginResponseSchema = withServerTime({
  token: z.string(),
  expiresAt: timestampSchema,
  account: accountSchema,
});
export type LoginResponse = z.output<typeof loginResponseSchema>;

export const meResponseSchema = withServerTime({ account: accountSchema, expiresAt: timestampSchema });
export const logoutResponseSchema = withServerTime({ ok: z.literal(true) });
