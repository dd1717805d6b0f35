import { z } from 'zod';
import { channel } from '../define';
import { DEMAND_STATUSES, demandInputSchema, demandSchema } from '../../domain/demand';

export const demandListInputSchema = z.strictObject({
  /** Only demands in these statuses; all when absent. */
  status: z.array(z.enum(DEMAND_STATUSES)).max(DEMAND_STATUSES.length).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const demandSuggestionSchema = z.object({
  /** The shared catalogue entry: what a share request names. */
  entryId: z.string(),
  code: z.string(),
  name: z.string(),
  provider: z.string(),
  departmentCode: z.string(),
  score: z.number(),
  nameScore: z.number(),
  itemScore: z.number(),
  /** Needed items the entry holds, with the entry's item (1-based position) that answers each. */
  matches: z.array(z.object({ needed: z.string(), item: z.string(), position: z.number().int(), similarity: z.number() })),
  missing: z.array(z.string()),
  /** All item names of the entry, in order, so the panel can mark the matched ones. */
  items: z.array(z.string()),
});
export type DemandSuggestion = z.output<typeof demandSuggestionSchema>;

const ref = { id: z.string().min(1), revision: z.number().int() };

export const demandChannels = {
  'demands.list': channel(
    'core',
    demandListInputSchema,
    z.object({
      total: z.number().int(),
      rows: z.array(demandSchema),
      /** Demands per status over the whole list (not only the filtered page). */
      counts: z.record(z.enum(DEMAND_STATUSES), z.number().int()),
    }),
  ),
  'demands.get': channel('core', z.strictObject({ id: z.string().min(1) }), demandSchema),
  'demands.create': channel('core', z.strictObject({ demand: demandInputSchema }), demandSchema),
  /** `revision` is the one the officer edited: a newer one is a CONFLICT, never overwritten. */
  'demands.update': channel('core', z.strictObject({ ...ref, demand: demandInputSchema }), demandSchema),
  'demands.delete': channel('core', z.strictObject({ id: z.string().min(1), revision: z.number().int().optional() }), z.object({ id: z.string() })),
  /** Moves a demand along its status flow (DEMAND_TRANSITIONS); `reason` is required for unsatisfiable. */
  'demands.setStatus': channel(
    'core',
    z.strictObject({ ...ref, status: z.enum(DEMAND_STATUSES), reason: z.string().trim().max(1000, { message: 'validation.tooLong' }).optional() }),
    demandSchema,
  ),
  /** Shared catalogue entries that may answer the demand, best first, with the items that matched. */
  'demands.suggest': channel(
    'core',
    z.strictObject({ id: z.string().min(1), limit: z.number().int().min(1).max(50).default(10) }),
    z.object({ suggestions: z.array(demandSuggestionSchema) }),
  ),
  /** Accepts a suggestion: sets the matched entry and code, status `matched`. */
  'demands.acceptMatch': channel('core', z.strictObject({ ...ref, entryId: z.string().min(1) }), demandSchema),
};
