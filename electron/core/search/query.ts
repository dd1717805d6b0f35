import type { SearchFacetsOutput, SearchFilters, SearchOutput, SearchResult, SearchScope } from '@shared/ipc/channels/search';
import { SEARCH_FACETS } from '@shared/ipc/channels/search';
import { planQuery } from '@shared/search/query';
import type { SqlValue } from '../db/connection';
import type { Database } from '../db/database';
import { bitsSql, countFacets, DICTIONARY_FACETS, enumCode, enumValue, SEQ_UNIT, type CodeFilter, type Dimension } from './facets';
import { highlightsFor } from './highlights';
import {
  EXACT_NAME_BOOST,
  firstTierCountSql,
  LEADING_NAME_BOOST,
  leadingNamesSql,
  matchSetSql,
  probeSql,
  rankedFirstTierSql,
  SEARCH_COLUMNS,
  sourcesOf,
  tierInOrderSql,
  TIERS,
  type RowidCondition,
  type Source,
  type Sql,
} from './tiers';

export interface SearchRequest {
  q: string;
  scope: SearchScope;
  filters?: SearchFilters | undefined;
  limit: number;
  offset: number;
}

/** A query reads on both reader connections: the page on one, the count on the other. */
export type SearchReader = Pick<Database, 'all' | 'allBeside'>;

/**
 * A first tier of up to this many matches is ranked by bm25 (about a microsecond a match); a
 * larger one is ordered by the index on names (the exact name, then names that start with the
 * query) and then index order, reading only as far as the page goes.
 */
export const RANK_CAP = 2_000;

/**
 * `search.query` counts matches up to this many and says "more than" beyond it: a count stops
 * as soon as it passes the cap, where an exact one reads every match (17 ms for a common phrase
 * of trigrams at 1,000,000 entries). `search.facets`, asked beside it, gives the exact total.
 */
export const TOTAL_CAP = 10_000;

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

const emptyFacets = (): SearchFacetsOutput['facets'] => ({ shareType: [], formatClass: [], classification: [], state: [], provider: [] });

/** Runs the statements and gives all their rows (one reader connection: in turn). */
async function allOf<T>(db: SearchReader, statements: readonly Sql[]): Promise<T[]> {
  const out: T[] = [];
  for (const st of statements) out.push(...(await db.all<T>(st.sql, st.params)));
  return out;
}

/**
 * The sources that match anything: a single-term pinyin query has up to three (text, pinyin words,
 * items' initials) and mostly only one of them matches; each left out saves its part of every pass.
 */
async function liveSources(db: SearchReader, sources: Source[]): Promise<Source[]> {
  if (sources.length < 2) return sources;
  const live: Source[] = [];
  for (const src of sources) {
    const probe = probeSql(src);
    if ((await db.all(probe.sql, probe.params)).length) live.push(src);
  }
  return live.length ? live : sources.slice(0, 1);
}

/**
 * The first `top` results, best first. The first tier: ranked when it is small; otherwise the
 * exact name, the names starting with the query, then the other name matches in index order. Later
 * tiers in index order as far as needed. The score says the tier: a later tier scores its place
 * from the end (1, 0), the first adds its relevance to 2.
 */
async function rankedTop(db: SearchReader, sources: Source[], whole: string, cond: RowidCondition, top: number, rankCap: number): Promise<Ranked[]> {
  const last = TIERS.length - 1;
  const hits: Ranked[] = [];
  const seen = new Set<number>();
  const add = (doc: number, score: number) => {
    if (seen.has(doc)) return;
    seen.add(doc);
    hits.push({ doc, score });
  };
  // Rows of several selects, in index order, taken until `want` are new (the tiers are
  // cumulative: each select is asked for as many more as were already taken).
  const inOrder = async (statements: Sql[], want: number, score: number) => {
    const rows = (await allOf<{ doc: number }>(db, statements)).sort((x, y) => x.doc - y.doc);
    for (const r of rows) {
      if (want <= 0) break;
      if (!seen.has(r.doc)) want--;
      add(r.doc, score);
    }
  };
  const count = firstTierCountSql(sources, cond, rankCap + 1);
  const firstTier = count ? ((await db.all<{ n: number }>(count.sql, count.params))[0]?.n ?? 0) : 0;
  if (firstTier > rankCap) {
    const names = leadingNamesSql(whole, cond, top);
    for (const r of await db.all<{ doc: number }>(names.exact.sql, names.exact.params)) add(r.doc, last + EXACT_NAME_BOOST);
    if (hits.length < top) for (const r of await db.all<{ doc: number }>(names.leading.sql, names.leading.params)) add(r.doc, last + LEADING_NAME_BOOST);
    // Past `top` exact and leading names the page is full; below it they are all in `seen`.
    if (hits.length < top) await inOrder(tierInOrderSql(sources, 0, cond, top - hits.length + seen.size), top - hits.length, last);
    if (hits.length >= top) return hits.slice(0, top);
  } else if (firstTier > 0) {
    const ranked = (await allOf<Ranked>(db, rankedFirstTierSql(sources, whole, cond, top))).sort((x, y) => y.score - x.score || x.doc - y.doc);
    for (const r of ranked) add(r.doc, last + r.score);
    if (hits.length >= top) return hits.slice(0, top);
  }
  // Fewer than `top` in the first tier means it is exhausted (every one of its documents is in
  // `seen`); a later tier is read only then.
  for (let tier = 1; tier <= last && hits.length < top; tier++) await inOrder(tierInOrderSql(sources, tier, cond, top - hits.length + seen.size), top - hits.length, last - tier);
  return hits;
}

/** Facets and the total from the count statement's rows, in one pass over the match set's bits. */
function facetsOf(rows: CountRow[], req: Omit<SearchRequest, 'limit' | 'offset'>): SearchFacetsOutput {
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

/** The match set of a request, or undefined when its query can match nothing. */
async function matchesOf(db: SearchReader, q: string) {
  const plan = planQuery(q);
  if (!plan) return undefined;
  const sources = await liveSources(db, sourcesOf(plan));
  return { plan, sources, all: matchSetSql(sources, SEARCH_COLUMNS) };
}

/**
 * A page of results and the total, read side by side on the two reader connections:
 * - the page (tiers.ts): the first tier ranked or in name-index order, later tiers in index order
 *   only as far as the page needs; then the page's documents and the texts to highlight in;
 * - the total: a count of the filtered match set up to `totalCap` (rowids only, nothing ranked or
 *   collected); past it the total is the cap and `totalAtLeast` says so.
 * Facets and the exact total are a call of their own (runFacets): they read every match.
 */
export async function runSearch(db: SearchReader, req: SearchRequest, { rankCap = RANK_CAP, totalCap = TOTAL_CAP } = {}): Promise<SearchOutput> {
  const m = await matchesOf(db, req.q);
  if (!m) return { results: [], total: 0 };
  const cond = conditionSql(req);
  const all = matchSetSql(m.sources, SEARCH_COLUMNS, cond);
  const counting = all
    ? db.allBeside<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM (${all.sql}) LIMIT ?)`, [...all.params, totalCap + 1]).then((rows) => rows[0]?.n ?? 0)
    : Promise.resolve(0);
  // Awaited below; this keeps its failure from going unhandled while the page is awaited.
  counting.catch(() => undefined);

  const top = req.offset + req.limit;
  const ranked = (await rankedTop(db, m.sources, m.plan.whole, cond, top, rankCap)).slice(req.offset);
  const docs = ranked.length
    ? await db.all<DocRow>(`SELECT doc_id, scope, entity_id, code, name, provider FROM search_docs WHERE doc_id IN (${ranked.map(() => '?').join(',')})`, ranked.map((r) => r.doc))
    : [];
  const byDoc = new Map(docs.map((d) => [d.doc_id, d]));
  const page = ranked.flatMap((r) => {
    const d = byDoc.get(r.doc);
    return d ? [{ id: d.entity_id, scope: d.scope, code: d.code, name: d.name, provider: d.provider, score: r.score }] : [];
  });
  const marks = await highlightsFor(db, page, m.plan);
  const counted = await counting;
  const results: SearchResult[] = page.map((h) => ({
    ...h,
    score: Math.round(h.score * 1000) / 1000,
    highlights: marks.get(`${h.scope}:${h.id}`) ?? [],
  }));
  return counted > totalCap ? { results, total: totalCap, totalAtLeast: true } : { results, total: counted };
}

/**
 * The facet counts and the total of a request: the facet bits of every match (rowids only,
 * nothing ranked) and the dictionary of open values, counted in JS in one pass (facets.ts).
 */
export async function runFacets(db: SearchReader, req: Omit<SearchRequest, 'limit' | 'offset'>): Promise<SearchFacetsOutput> {
  const m = await matchesOf(db, req.q);
  if (!m?.all) return { facets: emptyFacets(), total: 0 };
  const rows = await db.all<CountRow>(
    `SELECT 'bits' AS kind, NULL AS facet, 0 AS id, group_concat(doc & ${SEQ_UNIT - 1}) AS v FROM (${m.all.sql})
     UNION ALL SELECT 'dict', facet, id, value FROM search_facet_values`,
    m.all.params,
  );
  return facetsOf(rows, req);
}
