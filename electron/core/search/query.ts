import type { SearchFilters, SearchOutput, SearchResult, SearchScope } from '@shared/ipc/channels/search';
import { SEARCH_FACETS } from '@shared/ipc/channels/search';
import { planQuery } from '@shared/search/query';
import type { SqlValue } from '../db/connection';
import type { Database } from '../db/database';
import { bitsSql, countFacets, DICTIONARY_FACETS, enumCode, enumValue, SEQ_UNIT, type CodeFilter, type Dimension } from './facets';
import { highlightsFor } from './highlights';
import { matchSetSql, rankedFirstTierSql, SEARCH_COLUMNS, sourcesOf, tierInOrderSql, TIERS, type RowidCondition } from './tiers';

export interface SearchRequest {
  q: string;
  scope: SearchScope;
  filters?: SearchFilters | undefined;
  limit: number;
  offset: number;
}

/** A query reads on both reader connections: the page on one, the facet counts on the other. */
export type SearchReader = Pick<Database, 'all' | 'allBeside'>;

/**
 * A condition on the FTS rowid (the doc id): the scope and every filter, on the facet bits, so
 * FTS's own ORDER BY … LIMIT still applies. Open values go through the dictionary; enumerated
 * ones are codes.
 */
function conditionSql(req: SearchRequest): RowidCondition {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (req.scope !== 'all') {
    parts.push(`${bitsSql('scope', 'rowid')} = ?`);
    params.push(enumCode('scope', req.scope));
  }
  for (const f of SEARCH_FACETS) {
    const values = req.filters?.[f];
    if (!values || values.length === 0) continue;
    const list = values.map(() => '?').join(',');
    if ((DICTIONARY_FACETS as readonly string[]).includes(f)) {
      parts.push(`${bitsSql(f, 'rowid')} IN (SELECT id FROM search_facet_values WHERE facet = '${f}' AND value IN (${list}))`);
      params.push(...values);
    } else {
      parts.push(`${bitsSql(f, 'rowid')} IN (${list})`);
      params.push(...values.map((v) => enumCode(f as Dimension, v)));
    }
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** The facet bits of every match, or one value of the dictionary. */
interface CountRow {
  kind: 'bits' | 'dict';
  facet: string | null;
  id: number;
  v: string | null;
}
interface DocRow {
  doc_id: number;
  scope: 'own' | 'shared';
  entity_id: string;
  code: string;
  name: string;
  provider: string;
}
interface Ranked {
  doc: number;
  score: number;
}

const emptyFacets = (): SearchOutput['facets'] => ({ shareType: [], formatClass: [], classification: [], state: [], provider: [] });

/**
 * The first `top` results, best first: the first tier ranked, then the later tiers in index order
 * as far as needed. The score says the tier: a later tier scores its place from the end (1, 0),
 * the first adds its relevance to 2.
 */
async function rankedTop(db: SearchReader, sources: ReturnType<typeof sourcesOf>, whole: string, cond: RowidCondition, top: number): Promise<Ranked[]> {
  const last = TIERS.length - 1;
  const first = rankedFirstTierSql(sources, whole, cond, top);
  const hits: Ranked[] = first ? (await db.all<Ranked>(first.sql, first.params)).map((r) => ({ doc: r.doc, score: last + r.score })) : [];
  // Fewer than `top` ranked means the first tier is exhausted; a later tier is read only then.
  for (let tier = 1; tier <= last && hits.length < top; tier++) {
    const next = tierInOrderSql(sources, tier, cond, top - hits.length);
    if (!next) continue;
    for (const r of await db.all<{ doc: number }>(next.sql, next.params)) hits.push({ doc: r.doc, score: last - tier });
  }
  return hits;
}

/** Facets and the total from the count statement's rows, in one pass over the match set's bits. */
function facetsOf(rows: CountRow[], req: SearchRequest): Pick<SearchOutput, 'facets' | 'total'> {
  let lowBits: string | null = null;
  const ids: Record<string, Map<string, number>> = { classification: new Map(), provider: new Map() };
  const names: Record<string, Map<number, string>> = { classification: new Map(), provider: new Map() };
  for (const r of rows) {
    if (r.kind === 'bits') lowBits = r.v;
    else {
      ids[r.facet as string]?.set(r.v as string, r.id);
      names[r.facet as string]?.set(r.id, r.v as string);
    }
  }
  const filter: CodeFilter = { codes: {} };
  if (req.scope !== 'all') filter.scope = enumCode('scope', req.scope);
  for (const f of SEARCH_FACETS) {
    const values = req.filters?.[f];
    if (!values || values.length === 0) continue;
    const dict = ids[f];
    filter.codes[f] = new Set(values.map((v) => (dict ? (dict.get(v) ?? -1) : enumCode(f as Dimension, v))));
  }
  const counted = countFacets(lowBits, filter);
  const facets = emptyFacets();
  for (const f of SEARCH_FACETS) {
    for (const [code, count] of counted.counts[f]) facets[f].push({ value: names[f] ? (names[f].get(code) ?? '') : enumValue(f, code), count });
    facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { facets, total: counted.total };
}

/**
 * Two reads side by side, on the two reader connections:
 * - the page (tiers.ts): the first tier ranked by a top-K sort in FTS, later tiers in index order
 *   only as far as the page needs; then the page's documents and the texts to highlight in;
 * - the counts: the facet bits of every match (rowids only, nothing ranked) and the dictionary of
 *   open values, counted in JS in one pass (facets.ts) while the page is still being read.
 */
export async function runSearch(db: SearchReader, req: SearchRequest): Promise<SearchOutput> {
  const plan = planQuery(req.q);
  if (!plan) return { results: [], facets: emptyFacets(), total: 0 };
  const sources = sourcesOf(plan);
  const cond = conditionSql(req);
  const all = matchSetSql(sources, SEARCH_COLUMNS) ?? { sql: 'SELECT NULL AS doc WHERE 0', params: [] };
  const counting = db
    .allBeside<CountRow>(
      `SELECT 'bits' AS kind, NULL AS facet, 0 AS id, group_concat(doc & ${SEQ_UNIT - 1}) AS v FROM (${all.sql})
       UNION ALL SELECT 'dict', facet, id, value FROM search_facet_values`,
      all.params,
    )
    .then((rows) => facetsOf(rows, req));
  // Awaited below; this keeps its failure from going unhandled while the page is awaited.
  counting.catch(() => undefined);

  const top = req.offset + req.limit;
  const ranked = (await rankedTop(db, sources, plan.whole, cond, top)).slice(req.offset);
  const docs = ranked.length
    ? await db.all<DocRow>(`SELECT doc_id, scope, entity_id, code, name, provider FROM search_docs WHERE doc_id IN (${ranked.map(() => '?').join(',')})`, ranked.map((r) => r.doc))
    : [];
  const byDoc = new Map(docs.map((d) => [d.doc_id, d]));
  const page = ranked.flatMap((r) => {
    const d = byDoc.get(r.doc);
    return d ? [{ id: d.entity_id, scope: d.scope, code: d.code, name: d.name, provider: d.provider, score: r.score }] : [];
  });
  const marks = await highlightsFor(db, page, plan);
  const { facets, total } = await counting;
  const results: SearchResult[] = page.map((h) => ({
    ...h,
    score: Math.round(h.score * 1000) / 1000,
    highlights: marks.get(`${h.scope}:${h.id}`) ?? [],
  }));
  return { results, facets, total };
}
