import { z } from 'zod';
import { channel } from '../define';
import { ENTRY_STATES, FORMAT_CLASSES, RESOURCE_KINDS, SHARE_TYPES, UPDATE_CYCLES } from '../../domain/enums';
import { sharedEntrySchema } from '../../domain/shared-entry';

export const SEARCH_SCOPES = ['own', 'shared', 'all'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

/** The facets counted over the match set; each is also a filter. */
export const SEARCH_FACETS = ['shareType', 'formatClass', 'classification', 'state', 'provider'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

const values = <T extends z.ZodType>(v: T) => z.array(v).max(50, { message: 'validation.tooMany' }).optional();

export const searchFiltersSchema = z.strictObject({
  shareType: values(z.enum(SHARE_TYPES)),
  formatClass: values(z.enum(FORMAT_CLASSES)),
  /** Classification at the 类+项 level, e.g. `101` (基础 · 人口). */
  classification: values(z.string().max(64)),
  state: values(z.enum(ENTRY_STATES)),
  provider: values(z.string().max(100)),
});
export type SearchFilters = z.output<typeof searchFiltersSchema>;

const searchMatchFields = {
  q: z.string().trim().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' }),
  scope: z.enum(SEARCH_SCOPES).default('all'),
  filters: searchFiltersSchema.optional(),
};

export const searchQueryInputSchema = z.strictObject({
  ...searchMatchFields,
  limit: z.number().int().min(1).max(200).default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type SearchQueryInput = z.input<typeof searchQueryInputSchema>;

/** The same query, scope and filters as `search.query`: its facets. */
export const searchFacetsInputSchema = z.strictObject(searchMatchFields);
export type SearchFacetsInput = z.input<typeof searchFacetsInputSchema>;

/** UTF-16 offsets into `text`, end exclusive; `text` is the original field text to mark. */
export const searchHighlightSchema = z.object({
  field: z.enum(['name', 'summary', 'item', 'provider']),
  /** Position of the data item (1-based) when `field` is `item`. */
  position: z.number().int().optional(),
  text: z.string(),
  ranges: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});
export type SearchHighlight = z.output<typeof searchHighlightSchema>;

export const searchResultSchema = z.object({
  id: z.string(),
  scope: z.enum(['own', 'shared']),
  code: z.string(),
  name: z.string(),
  provider: z.string(),
  /**
   * Higher is better. 2 or more: the name matched — 2 plus its bm25 relevance and a boost for an
   * exact or leading name match; 1: an item matched; 0: the summary only (electron/core/search/tiers.ts).
   */
  score: z.number(),
  highlights: z.array(searchHighlightSchema),
});
export type SearchResult = z.output<typeof searchResultSchema>;

const facetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));

/**
 * Shared entries pulled but not yet in the search index (right after a large first pull, while
 * it is built in the background): results and counts may miss them. Absent when none are.
 */
const pending = z.number().int().optional();

export const searchOutputSchema = z.object({
  results: z.array(searchResultSchema),
  /** Matches after all filters; with `totalAtLeast`, only that there are more than this many. */
  total: z.number().int(),
  /** The count stopped past its cap (`search.facets` gives the exact total). Absent when exact. */
  totalAtLeast: z.literal(true).optional(),
  pending,
});
export type SearchOutput = z.output<typeof searchOutputSchema>;

export const searchFacetsOutputSchema = z.object({
  /**
   * Counts per facet value. Each facet is counted with every filter applied except its own, so
   * the officer sees what choosing another value of the same facet would give.
   */
  facets: z.object({
    shareType: facetCounts,
    formatClass: facetCounts,
    classification: facetCounts,
    state: facetCounts,
    provider: facetCounts,
  }),
  /** Matches after all filters, exact (`search.query`'s stops counting past its cap). */
  total: z.number().int(),
  pending,
});
export type SearchFacetsOutput = z.output<typeof searchFacetsOutputSchema>;

/** One row of the shared catalogue when browsing it without a query. */
export const sharedRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  provider: z.string(),
  shareType: z.enum(SHARE_TYPES),
  formatClass: z.enum(FORMAT_CLASSES),
  formatType: z.string(),
  updateCycle: z.enum(UPDATE_CYCLES),
  publishedAt: z.string(),
  itemCount: z.number().int(),
  /** 资源类型: data or one of the non-data kinds. */
  kind: z.enum(RESOURCE_KINDS),
});
export type SharedRow = z.output<typeof sharedRowSchema>;

export const searchChannels = {
  /** A page of results, best first, and the total. */
  'search.query': channel('core', searchQueryInputSchema, searchOutputSchema),
  /**
   * The facet counts of the same search: they read every match, so they come apart from the page
   * (the search screen asks for both at once and shows the facets when they arrive).
   */
  'search.facets': channel('core', searchFacetsInputSchema, searchFacetsOutputSchema),
  /** The cached shared catalogue page by page, newest publications first: browsing before searching. */
  'search.sharedList': channel(
    'core',
    z.strictObject({
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(200).default(50),
      /** Only entries of these resource kinds; every kind when absent. */
      kinds: z.array(z.enum(RESOURCE_KINDS)).max(RESOURCE_KINDS.length).optional(),
    }),
    z.object({ total: z.number().int(), rows: z.array(sharedRowSchema) }),
  ),
  /** One cached shared-catalogue entry with its data items, for a result's details; NOT_FOUND once sync removed it. */
  'search.sharedEntry': channel('core', z.strictObject({ id: z.string().min(1).max(64) }), z.object({ entry: sharedEntrySchema })),
};
