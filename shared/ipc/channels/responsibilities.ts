import { z } from 'zod';
import { channel } from '../define';
import { responsibilitySchema, responsibilityRowSchema } from '../../domain/responsibility';

export const responsibilityChannels = {
  /** One row per catalogue entry (retired ones left out), in code order; `gapsOnly` keeps the incomplete ones. */
  'responsibilities.list': channel(
    'core',
    z.strictObject({
      gapsOnly: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    z.object({ total: z.number().int(), incomplete: z.number().int(), rows: z.array(responsibilityRowSchema) }),
  ),
  /** Saves the responsibility of one entry; `revision` is the row's (0 when none was saved yet). */
  'responsibilities.update': channel(
    'core',
    z.strictObject({ entryId: z.string().min(1), revision: z.number().int().min(0), responsibility: responsibilitySchema }),
    responsibilityRowSchema,
  ),
};
