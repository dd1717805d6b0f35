import { z } from 'zod';
import { channel } from '../define';
import { entryInputSchema, entrySchema, entrySummarySchema } from '../../domain/entry';
import { DATA_ITEM_TYPES, ENTRY_STATES } from '../../domain/enums';
import { SEVERITIES } from '../../quality/types';
import { validationIssueSchema } from '../errors';
import { deadlineViewSchema } from './requests';

export const CATALOGUE_SORT_KEYS = ['updatedAt', 'name', 'code', 'state'] as const;

export const catalogueListInputSchema = z.strictObject({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  sort: z.enum(CATALOGUE_SORT_KEYS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

/** One finding of the quality checks, translated; `path` points at the field, `confirm` marks a confirmable one. */
export const qualityIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  path: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  confirm: z.boolean().optional(),
});
export type QualityIssueView = z.output<typeof qualityIssueSchema>;

export const entryQualitySchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  score: z.number().int().min(0).max(100),
  errors: z.number().int(),
  warnings: z.number().int(),
  issues: z.array(qualityIssueSchema),
});

export const fieldChangeSchema = z.object({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });

export const revisionSchema = z.object({
  revision: z.number().int(),
  state: z.enum(ENTRY_STATES),
  action: z.string(),
  actor: z.string(),
  savedAt: z.string(),
  entry: entrySchema,
  changes: z.array(fieldChangeSchema),
});

/** A data item read from a table structure, with the table it came from. */
export const dockedItemSchema = z.object({
  table: z.string(),
  name: z.string(),
  nameEn: z.string(),
  type: z.enum(DATA_ITEM_TYPES),
  length: z.string().optional(),
  isKey: z.boolean().optional(),
});

export const dockingProblemSchema = z.object({
  line: z.number().int(),
  code: z.string(),
  message: z.string(),
  text: z.string(),
});

/** Table structures larger than this are refused with a problem, not read (a DDL dump of a whole schema is ~1 MB). */
export const DOCKING_MAX_CHARS = 2_000_000;

/** One entry's change deadlines (目录更新时限), each with its rule and source. */
export const changeDeadlinesSchema = z.object({
  entryId: z.string(),
  name: z.string(),
  code: z.string(),
  reason: z.enum(['change', 'docking']),
  deadlines: z.array(deadlineViewSchema),
});

/** The profile's yearly full maintenance of the catalogue (松江) for the current year. */
export const maintenanceViewSchema = z.object({
  year: z.number().int(),
  due: z.string(),
  doneAt: z.string().optional(),
  status: z.enum(['running', 'dueSoon', 'overdue', 'paused', 'done']),
  calendarCovered: z.boolean(),
  rule: z.object({ wording: z.object({ 'zh-CN': z.string(), en: z.string() }), source: z.object({ title: z.string(), article: z.string() }) }),
});

export const catalogueChannels = {
  'catalogue.list': channel(
    'core',
    catalogueListInputSchema,
    z.object({ total: z.number().int(), rows: z.array(entrySummarySchema) }),
  ),
  /** How many entries are in each state (统计's counts): one grouped count, not the entries. */
  'catalogue.stateCounts': channel('core', z.strictObject({}), z.object({ counts: z.partialRecord(z.enum(ENTRY_STATES), z.number().int()) })),
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
  /**
   * Pre-submission quality checks: one saved entry (`id`), an unsaved draft (`entry`, e.g. the
   * wizard's review page), or — with neither — the whole catalogue, with per-entry and catalogue scores.
   */
  'catalogue.quality': channel(
    'core',
    z.strictObject({ id: z.string().min(1).optional(), entry: z.unknown().optional() }),
    z.object({ score: z.number().int().min(0).max(100), entries: z.array(entryQualitySchema) }),
  ),
  /**
   * 松江 system docking: data items from a CREATE TABLE script or a CSV of columns. Nothing is saved.
   * With `entryId` of a published (or changing) entry whose items the tables no longer match, the
   * resource has changed: the entry's change deadline starts (`changeStarted`).
   */
  'catalogue.itemsFromDdl': channel(
    'core',
    z.strictObject({ text: z.string().max(DOCKING_MAX_CHARS, { message: 'validation.tooLong' }), format: z.enum(['sql', 'csv']), entryId: z.string().min(1).optional() }),
    z.object({ items: z.array(dockedItemSchema), problems: z.array(dockingProblemSchema), differs: z.boolean().optional(), changeStarted: z.boolean().optional() }),
  ),
  /**
   * Change deadlines: of one entry (`id`, also when ended), or of every entry with one running, with
   * counts for 统计 and the profile's yearly maintenance. Stale stored deadlines are recomputed first.
   */
  'catalogue.changeDeadlines': channel(
    'core',
    z.strictObject({ id: z.string().min(1).optional() }),
    z.object({
      today: z.string(),
      entries: z.array(changeDeadlinesSchema),
      counts: z.object({ running: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int() }),
      maintenance: maintenanceViewSchema.optional(),
    }),
  ),
  /** Recomputes every open change deadline for the workspace calendar and today (after a new schedule). */
  'catalogue.recomputeChangeDeadlines': channel('core', z.strictObject({}), z.object({ recomputed: z.number().int(), changed: z.number().int() })),
  /** Records the year's full maintenance of the catalogue (松江), ending that year's deadline. */
  'catalogue.recordMaintenance': channel('core', z.strictObject({ year: z.number().int().min(2000).max(2100) }), maintenanceViewSchema),
  /** Every saved revision, newest first, each with its field-level differences from the one before. */
  'catalogue.history': channel('core', z.strictObject({ id: z.string().min(1) }), z.object({ revisions: z.array(revisionSchema) })),
  /** Restores an earlier revision as a new one; `current` (optional) guards against a stale view. */
  'catalogue.restore': channel(
    'core',
    z.strictObject({ id: z.string().min(1), revision: z.number().int().min(1), current: z.number().int().optional() }),
    entrySchema,
  ),
  /** Moves an entry to another state by the officer; `revision` is the one the officer saw. */
  'catalogue.setState': channel(
    'core',
    z.strictObject({ id: z.string().min(1), revision: z.number().int(), state: z.enum(ENTRY_STATES) }),
    entrySchema,
  ),
};
