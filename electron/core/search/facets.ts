import { ENTRY_STATES, FORMAT_CLASSES, SHARE_TYPES } from '@shared/domain/enums';
import type { SearchFacet } from '@shared/ipc/channels/search';

/**
 * The facet values of a search document, packed into the low bits of its doc_id (the FTS rowid),
 * so that counting facets and applying filters over a match set of tens of thousands of rows needs
 * no join: `(doc >> shift) & mask` in SQL. The document's sequence number sits above them. All of
 * it stays below 2^53, so JS numbers hold doc ids exactly.
 */
export type Dimension = SearchFacet | 'scope';

export const LAYOUT: Record<Dimension, { shift: number; bits: number }> = {
  scope: { shift: 0, bits: 1 },
  shareType: { shift: 1, bits: 2 },
  formatClass: { shift: 3, bits: 3 },
  state: { shift: 6, bits: 3 },
  /** Up to 255 classifications (at the 类+项 level) per workspace. */
  classification: { shift: 9, bits: 8 },
  /** Up to 4,095 providers; more share the code 0 (counted as unknown). */
  provider: { shift: 17, bits: 12 },
};
export const FACET_BITS = 29;
/** 2^29: the doc sequence number is multiplied by it (JS `<<` is 32-bit). */
export const SEQ_UNIT = 2 ** FACET_BITS;

export const mask = (d: Dimension) => 2 ** LAYOUT[d].bits - 1;

/** SQL for the code of a dimension in the doc id column `col`. */
export const bitsSql = (d: Dimension, col = 'doc') => `((${col} >> ${LAYOUT[d].shift}) & ${mask(d)})`;

/** Facets whose values are a fixed list: code = position + 1 (0 = a value outside the list). */
export const ENUM_VALUES: Partial<Record<Dimension, readonly string[]>> = {
  scope: ['shared'],
  shareType: SHARE_TYPES,
  formatClass: FORMAT_CLASSES,
  state: ENTRY_STATES,
};

/** Facets whose values are open (providers, classifications): codes from search_facet_values. */
export const DICTIONARY_FACETS = ['classification', 'provider'] as const;
export type DictionaryFacet = (typeof DICTIONARY_FACETS)[number];

export function enumCode(d: Dimension, value: string): number {
  const list = ENUM_VALUES[d] ?? [];
  const i = list.indexOf(value);
  return i < 0 || i + 1 > mask(d) ? 0 : i + 1;
}

export function enumValue(d: Dimension, code: number): string {
  return (ENUM_VALUES[d] ?? [])[code - 1] ?? '';
}

export function packDocId(seq: number, codes: Record<Dimension, number>): number {
  let low = 0;
  for (const d of Object.keys(LAYOUT) as Dimension[]) low += (codes[d] & mask(d)) * 2 ** LAYOUT[d].shift;
  return seq * SEQ_UNIT + low;
}

/** Which codes each filtered facet lets through, and the scope bit when the search is scoped. */
export interface CodeFilter {
  scope?: number;
  codes: Partial<Record<SearchFacet, ReadonlySet<number>>>;
}

const COUNTED: readonly SearchFacet[] = ['shareType', 'formatClass', 'state', 'classification', 'provider'];

/**
 * Facet counts and the total from the low bits of every match (a comma-separated list, as
 * `group_concat` gives it): one pass, no sort. A facet counts the matches that pass every filter
 * but its own; the total those that pass all.
 */
export function countFacets(lowBits: string | null, filter: CodeFilter): { total: number; counts: Record<SearchFacet, Map<number, number>> } {
  const counts = Object.fromEntries(COUNTED.map((f) => [f, new Map<number, number>()])) as Record<SearchFacet, Map<number, number>>;
  let total = 0;
  if (!lowBits) return { total, counts };
  const active = COUNTED.filter((f) => filter.codes[f]);
  const codes = new Array<number>(COUNTED.length);
  for (const token of lowBits.split(',')) {
    const low = Number(token);
    if (filter.scope !== undefined && (low & 1) !== filter.scope) continue;
    let failed: SearchFacet | undefined;
    let failures = 0;
    for (const f of active) {
      if (!(filter.codes[f] as ReadonlySet<number>).has((low >> LAYOUT[f].shift) & mask(f))) {
        failed = f;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    COUNTED.forEach((f, i) => (codes[i] = (low >> LAYOUT[f].shift) & mask(f)));
    if (failures === 0) {
      total++;
      COUNTED.forEach((f, i) => counts[f].set(codes[i] as number, (counts[f].get(codes[i] as number) ?? 0) + 1));
    } else {
      const i = COUNTED.indexOf(failed as SearchFacet);
      counts[failed as SearchFacet].set(codes[i] as number, (counts[failed as SearchFacet].get(codes[i] as number) ?? 0) + 1);
    }
  }
  return { total, counts };
}
