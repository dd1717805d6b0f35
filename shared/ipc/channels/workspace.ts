import { z } from 'zod';
import { channel } from '../define';
import { PROFILE_IDS } from '../../profiles/types';
import { appErrorSchema } from '../errors';

export const workspaceInfoSchema = z.object({
  dir: z.string(),
  profileId: z.enum(PROFILE_IDS),
  departmentName: z.string(),
  departmentCode: z.string(),
  createdAt: z.string(),
});
export type WorkspaceInfo = z.output<typeof workspaceInfoSchema>;

/**
 * What the officer must be told about this workspace's opening (e.g. that it was restored from a
 * backup): kept in the status because the renderer subscribes to events only after the first open.
 */
const notices = z.array(appErrorSchema).optional();

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), workspace: workspaceInfoSchema, notices }),
  z.object({ state: z.literal('uninitialised'), dir: z.string(), notices }),
  z.object({ state: z.literal('unavailable'), dir: z.string(), error: appErrorSchema, notices }),
]);
export type WorkspaceStatus = z.output<typeof workspaceStatusSchema>;

export const workspaceInitSchema = z.strictObject({
  profileId: z.enum(PROFILE_IDS, { message: 'validation.enum' }),
  departmentName: z.string().trim().min(1, { message: 'validation.required' }).max(100, { message: 'validation.tooLong' }),
  departmentCode: z.string().trim().min(1, { message: 'validation.required' }),
});
export type WorkspaceInit = z.input<typeof workspaceInitSchema>;

export const auditRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  /** The action in the officer's words (the stored code stays in `action`). */
  actionLabel: z.string().optional(),
  entityType: z.string(),
  entityTypeLabel: z.string().optional(),
  entityId: z.string(),
  summary: z.string(),
});
export type AuditRow = z.output<typeof auditRowSchema>;

export const workspaceChannels = {
  'workspace.status': channel('core', z.strictObject({}), workspaceStatusSchema),
  'workspace.init': channel('core', workspaceInitSchema, workspaceInfoSchema),
  /** Closes the current workspace and opens the one in `dir` (created if empty). */
  'workspace.open': channel('core', z.strictObject({ dir: z.string().min(1) }), workspaceStatusSchema),
  'outbox.count': channel('core', z.strictObject({}), z.object({ count: z.number().int() })),
};
