import { z } from 'zod';
import { entrySchema } from './entry';

/**
 * One entry of the shared catalogue (共享目录): a catalogue entry as the platform published it,
 * with the provider department and the publication time. The workspace states (draft, ready…) and
 * local timestamps are the provider's own business and stay out. `revision` is the platform's:
 * a cached entry is replaced only by a higher one, so replayed or reordered pages change nothing.
 * The entry rules (entryRules) are not re-applied: the platform published it, the cache keeps it.
 */
export const sharedEntrySchema = entrySchema.omit({ state: true, createdAt: true, updatedAt: true }).extend({
  id: z.string().min(1).max(64),
  revision: z.number().int().min(1),
  /** 统一社会信用代码 of the providing department. */
  departmentCode: z.string().min(1).max(18),
  departmentName: z.string().max(100),
  /** ISO timestamp of the publication on the platform. */
  publishedAt: z.string().min(1).max(40),
});
export type SharedEntryInput = z.input<typeof sharedEntrySchema>;
export type SharedEntry = z.output<typeof sharedEntrySchema>;
