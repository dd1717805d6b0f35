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
  // Counted in typed arrays indexed by code, with the layout in locals: tens of thousands of
  // matches per query, where a Map update per facet per match cost several milliseconds.
  const n = COUNTED.length;
  const shifts = COUNTED.map((f) => LAYOUT[f].shift);
  const masks = COUNTED.map((f) => mask(f));
  const tallies = COUNTED.map((f) => new Float64Array(mask(f) + 1));
  const allowed = COUNTED.map((f) => {
    const codes = filter.codes[f];
    if (!codes) return null;
    const ok = new Uint8Array(mask(f) + 1);
    for (const c of codes) if (c >= 0 && c <= mask(f)) ok[c] = 1;
    return ok;
  });
  const active = allowed.flatMap((a, i) => (a ? [i] : []));
  const scope = filter.scope;
  const codes = new Int32Array(n);
  const tally = (i: number) => {
    const t = tallies[i] as Float64Array;
    const c = codes[i] as number;
    t[c] = (t[c] as number) + 1;
  };
  for (const token of lowBits.split(',')) {
    const low = Number(token);
    if (scope !== undefined && (low & 1) !== scope) continue;
    for (let i = 0; i < n; i++) codes[i] = (low >> (shifts[i] as number)) & (masks[i] as number);
    let failed = -1;
    let failures = 0;
    for (const i of active) {
      if (!(allowed[i] as Uint8Array)[codes[i] as number]) {
        failed = i;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      total++;
      for (let i = 0; i < n; i++) tally(i);
    } else tally(failed);
  }
  COUNTED.forEach((f, i) => (tallies[i] as Float64Array).forEach((count, code) => count && counts[f].set(code, count)));
  return { total, counts };
}
