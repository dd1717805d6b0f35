import { z } from 'zod';
import { channel } from '../define';
import { ENTRY_STATES, UPDATE_CYCLES } from '../../domain/enums';

/** `notPublished`: only published entries (on the platform) owe updates or zero-update reports. */
export const ZERO_UPDATE_STATES = ['ok', 'dueToday', 'overdue', 'notApplicable', 'none', 'notPublished'] as const;
export const ZERO_UPDATE_FILTERS = ['all', 'tracked', 'overdue'] as const;

const periodSchema = z.object({ key: z.string(), start: z.string(), end: z.string() });

export const zeroUpdateRowSchema = z.object({
  entryId: z.string(),
  code: z.string(),
  name: z.string(),
  entryState: z.enum(ENTRY_STATES),
  updateCycle: z.enum(UPDATE_CYCLES),
  status: z.enum(ZERO_UPDATE_STATES),
  /** The last data update or zero-update report. */
  last: z.object({ kind: z.enum(['zeroUpdate', 'dataUpdate']), day: z.string(), period: z.string().optional() }).optional(),
  covered: periodSchema.optional(),
  due: periodSchema.optional(),
  dueDate: z.string().optional(),
  daysOverdue: z.number().int(),
  /** The period a report made today covers, and whether it was already reported. */
  current: periodSchema.optional(),
  reportedCurrent: z.boolean(),
});
export type ZeroUpdateRow = z.output<typeof zeroUpdateRowSchema>;

export const updateEventSchema = z.object({
  id: z.string(),
  kind: z.enum(['zeroUpdate', 'dataUpdate']),
  period: z.string().optional(),
  day: z.string(),
  note: z.string().optional(),
  rows: z.number().int().optional(),
  bytes: z.number().int().optional(),
  actor: z.string(),
  at: z.string(),
});

/** Rows or bytes of the resource's data: a whole number, 0 or more. */
const volume = z.number({ message: 'validation.invalid' }).int({ message: 'validation.invalid' }).min(0, { message: 'validation.invalid' }).max(Number.MAX_SAFE_INTEGER, { message: 'validation.invalid' }).optional();
/** With the volume the resource holds (data volume, docs/evaluation.md): sent with the report to the platform. */
const report = z.strictObject({ entryId: z.string().min(1), note: z.string().trim().max(500, { message: 'validation.tooLong' }).optional(), rows: volume, bytes: volume });

export const zeroUpdateChannels = {
  /**
   * Entries with their next due date, most pressing first; `overdue` keeps the overdue ones; counts
   * cover every entry. With `page`, one page of `pageSize` rows (a 100,000-entry catalogue is not
   * sent whole to a table that shows 50); `total` is how many the filter keeps.
   */
  'zeroUpdates.list': channel(
    'core',
    z.strictObject({
      filter: z.enum(ZERO_UPDATE_FILTERS).default('all'),
      page: z.number().int().min(1).optional(),
      pageSize: z.number().int().min(1).max(500).default(50),
    }),
    z.object({
      today: z.string(),
      rows: z.array(zeroUpdateRowSchema),
      total: z.number().int(),
      counts: z.object({ tracked: z.number().int(), overdue: z.number().int(), dueToday: z.number().int(), ok: z.number().int() }),
    }),
  ),
  /** "No change this cycle" (零更新) for the current period; queued for the platform. */
  'zeroUpdates.report': channel('core', report, zeroUpdateRowSchema),
  /** The data of the entry was updated: the current period is covered; queued for the platform (`dataUpdate.report`). */
  'zeroUpdates.recordUpdate': channel('core', report, zeroUpdateRowSchema),
  /** The entry's updates and reports, newest first. */
  'zeroUpdates.history': channel('core', z.strictObject({ entryId: z.string().min(1) }), z.object({ events: z.array(updateEventSchema) })),
};
