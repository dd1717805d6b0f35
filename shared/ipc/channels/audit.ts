import { z } from 'zod';
import { channel } from '../define';
import { auditRowSchema } from './workspace';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' });

/** The audit trail's filters: who, what (action), when (days, inclusive, China time), which entity. */
export const auditFilterSchema = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  actor: z.string().max(200).optional(),
  action: z.string().max(200).optional(),
  entityType: z.string().max(100).optional(),
  /** An entity's id, or words of the record's summary (an entry's name). */
  entity: z.string().max(200).optional(),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const auditChannels = {
  /** The latest records, of one entity when given. */
  'audit.list': channel(
    'core',
    z.strictObject({ entityId: z.string().optional(), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ rows: z.array(auditRowSchema) }),
  ),
  /** One page of the audit trail, newest first, with the values the filters offer. */
  'audit.search': channel(
    'core',
    auditFilterSchema.extend({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(auditRowSchema), actors: z.array(z.string()), actions: z.array(z.string()), actionLabels: z.record(z.string(), z.string()), entityTypes: z.array(z.string()), entityTypeLabels: z.record(z.string(), z.string()) }),
  ),
  /** Writes the filtered audit trail as an Excel workbook (oldest first); the log itself is never changed. */
  'audit.export': channel('core', auditFilterSchema.extend({ path: z.string().min(1) }), z.object({ path: z.string(), rows: z.number().int() })),
};
