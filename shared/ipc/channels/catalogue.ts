import { z } from 'zod';
import { channel } from '../define';
import { entryInputSchema, entrySchema, entrySummarySchema } from '../../domain/entry';
import { validationIssueSchema } from '../errors';

export const CATALOGUE_SORT_KEYS = ['updatedAt', 'name', 'code', 'state'] as const;

export const catalogueListInputSchema = z.strictObject({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  sort: z.enum(CATALOGUE_SORT_KEYS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const catalogueChannels = {
  'catalogue.list': channel(
    'core',
    catalogueListInputSchema,
    z.object({ total: z.number().int(), rows: z.array(entrySummarySchema) }),
  ),
  'catalogue.get': channel('core', z.strictObject({ id: z.string().min(1) }), entrySchema),
  'catalogue.create': channel('core', z.strictObject({ entry: entryInputSchema }), entrySchema),
  /** `revision` is the one the officer edited: a newer one in the workspace is a conflict, never overwritten. */
  'catalogue.update': channel(
    'core',
    z.strictObject({ id: z.string().min(1), revision: z.number().int(), entry: entryInputSchema }),
    entrySchema,
  ),
  'catalogue.delete': channel(
    'core',
    z.strictObject({ id: z.string().min(1), revision: z.number().int().optional() }),
    z.object({ id: z.string() }),
  ),
  /** Validates without saving: the same rules as create and update, for forms and imports. */
  'catalogue.validate': channel(
    'core',
    z.strictObject({ entry: z.unknown() }),
    z.object({ issues: z.array(validationIssueSchema) }),
  ),
};
