import type { SearchFacet, SearchFilters, SearchHighlight, SearchOutput, SearchResult, SearchScope } from '@shared/ipc/channels/search';
import { SEARCH_FACETS } from '@shared/ipc/channels/search';
import { highlightRanges } from '@shared/search/highlight';
import { planQuery, type QueryPlan } from '@shared/search/query';
import type { SqlValue } from '../db/connection';
import type { Database } from '../db/database';
import { bitsSql, countFacets, DICTIONARY_FACETS, enumCode, enumValue, SEQ_UNIT, type CodeFilter, type Dimension } from './facets';

/** bm25 column weights: name, summary, item names, pinyin (of name and item names). */
const WEIGHTS = '10.0, 1.0, 3.0, 4.0';
/** Added to the relevance of an entry whose name is the query, or starts with it. */
const EXACT_NAME_BOOST = 100;
const LEADING_NAME_BOOST = 10;
/** Item highlights per result: enough to show why an entry matched. */
const MAX_ITEM_HIGHLIGHTS = 5;

export interface SearchRequest {
  q: string;
  scope: SearchScope;
  filters?: SearchFilters | undefined;
  limit: number;
  offset: number;
}

/** The FTS part: document ids with their bm25 rank (lower is better), over one or both indexes. */
function matchSql(plan: QueryPlan): { sql: string; params: SqlValue[] } {
  if (plan.trigram && plan.pinyinWord) {
    // Either index may hold the match; a document found by both keeps its better rank.
    return {
      sql: `SELECT doc, min(r) AS r FROM (
              SELECT rowid AS doc, bm25(search_trigram, ${WEIGHTS}) AS r FROM search_trigram WHERE search_trigram MATCH ?
              UNION ALL
              SELECT rowid AS doc, bm25(search_cjk, ${WEIGHTS}) AS r FROM search_cjk WHERE search_cjk MATCH ?
            ) GROUP BY doc`,
      params: [plan.trigram, plan.pinyinWord],
    };
  }
  if (plan.trigram) {
    const cjk = plan.cjk ? ' AND rowid IN (SELECT rowid FROM search_cjk WHERE search_cjk MATCH ?)' : '';
    return {
      sql: `SELECT rowid AS doc, bm25(search_trigram, ${WEIGHTS}) AS r FROM search_trigram WHERE search_trigram MATCH ?${cjk}`,
      params: plan.cjk ? [plan.trigram, plan.cjk] : [plan.trigram],
    };
  }
  return { sql: `SELECT rowid AS doc, bm25(search_cjk, ${WEIGHTS}) AS r FROM search_cjk WHERE search_cjk MATCH ?`, params: [plan.cjk ?? ''] };
}

/**
 * A condition on the doc ids of the match set: the scope and the filters (all, or all but
 * `except`, since a facet is counted ignoring its own filter). Open values go through the
 * dictionary; enumerated ones are codes.
 */
function conditionSql(req: SearchRequest, except?: SearchFacet): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (req.scope !== 'all') {
    parts.push(`${bitsSql('scope')} = ?`);
    params.push(enumCode('scope', req.scope));
  }
  for (const f of SEARCH_FACETS) {
    const values = req.filters?.[f];
    if (f === except || !values || values.length === 0) continue;
    const list = values.map(() => '?').join(',');
    if ((DICTIONARY_FACETS as readonly string[]).includes(f)) {
      parts.push(`${bitsSql(f)} IN (SELECT id FROM search_facet_values WHERE facet = '${f}' AND value IN (${list}))`);
      params.push(...values);
    } else {
      parts.push(`${bitsSql(f)} IN (${list})`);
      params.push(...values.map((v) => enumCode(f as Dimension, v)));
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** One row of the search statement: a result of the page, the total, or one facet value. */
interface Row {
  kind: 'page' | 'bits' | 'dict';
  v: string | number | null;
  n: number;
  score: number | null;
  scope: 'own' | 'shared' | null;
  entity_id: string | null;
  code: string | null;
  name: string | null;
  provider: string | null;
}
type Hit = Pick<SearchResult, 'id' | 'scope' | 'code' | 'name' | 'provider' | 'score'>;

const emptyFacets = (): SearchOutput['facets'] => ({ shareType: [], formatClass: [], classification: [], state: [], provider: [] });

/**
 * The texts to highlight in — name, summary, provider and item names of the page's entries —
 * read in one statement per scope. Pinyin is marked only where it is indexed: names and items.
 */
async function highlightsFor(db: Pick<Database, 'all'>, hits: Hit[], plan: QueryPlan): Promise<Map<string, SearchHighlight[]>> {
  const out = new Map<string, SearchHighlight[]>();
  for (const scope of ['own', 'shared'] as const) {
    const ids = hits.filter((r) => r.scope === scope).map((r) => r.id);
    if (ids.length === 0) continue;
    const list = ids.map(() => '?').join(',');
    const [entryTable, itemTable] = scope === 'own' ? ['catalogue_entries', 'data_items'] : ['shared_catalogue_entries', 'shared_catalogue_items'];
    const rows = await db.all<{ entry_id: string; position: number; name: string; summary: string | null; provider: string | null }>(
      `SELECT id AS entry_id, 0 AS position, name, summary, provider FROM ${entryTable} WHERE id IN (${list})
       UNION ALL
       SELECT entry_id, position, name, NULL, NULL FROM ${itemTable} WHERE entry_id IN (${list})
       ORDER BY entry_id, position`,
      [...ids, ...ids],
    );
    for (const r of rows) {
      const key = `${scope}:${r.entry_id}`;
      let marks = out.get(key);
      if (!marks) out.set(key, (marks = []));
      const mark = (field: SearchHighlight['field'], text: string, pinyin: boolean, position?: number) => {
        const ranges = highlightRanges(text, plan.terms, { pinyin });
        if (ranges.length) marks.push(position === undefined ? { field, text, ranges } : { field, position, text, ranges });
      };
      if (r.position === 0) {
        mark('name', r.name, true);
        if (r.summary !== null) mark('summary', r.summary, false);
        if (r.provider !== null) mark('provider', r.provider, false);
      } else if (marks.filter((m) => m.field === 'item').length < MAX_ITEM_HIGHLIGHTS) mark('item', r.name, true, r.position);
    }
  }
  return out;
}

/**
 * One statement: the match set is computed once (MATERIALIZED: doc ids and bm25 only), then the
 * page, the total and each facet are read from its doc ids, whose low bits carry the facet values
 * (facets.ts) — no per-match join. The page joins search_docs for its candidates only: the best
 * `offset + limit` by bm25, plus the matches whose name is the query or starts with it (boosted).
 */
export async function runSearch(db: Pick<Database, 'all'>, req: SearchRequest): Promise<SearchOutput> {
  const plan = planQuery(req.q);
  if (!plan) return { results: [], facets: emptyFacets(), total: 0 };
  const match = matchSql(plan);
  const all = conditionSql(req);
  const nameEnd = `${plan.whole}\u{10FFFF}`;
  const nulls = 'NULL, NULL, NULL, NULL, NULL';
  const parts: string[] = [
    `SELECT 'page', c.doc, 0,
            -c.r + CASE WHEN s.name = ? THEN ${EXACT_NAME_BOOST} WHEN s.name >= ? AND s.name < ? THEN ${LEADING_NAME_BOOST} ELSE 0 END,
            s.scope, s.entity_id, s.code, s.name, s.provider
       FROM (SELECT doc, r FROM (SELECT doc, r FROM f ORDER BY r, doc LIMIT ?)
             UNION SELECT doc, r FROM f WHERE doc IN (SELECT doc_id FROM search_docs WHERE name >= ? AND name < ?)) c
       JOIN search_docs s ON s.doc_id = c.doc`,
  ];
  const params: SqlValue[] = [
    ...match.params,
    ...all.params,
    plan.whole,
    plan.whole,
    nameEnd,
    req.offset + req.limit,
    plan.whole,
    nameEnd,
  ];
  // Facets and total are counted in JS from the low bits of every match: one pass, where five
  // GROUP BYs would sort the match set five times. The dictionary names the open values.
  parts.push(`SELECT 'bits', group_concat(doc & ${SEQ_UNIT - 1}), 0, ${nulls}, NULL FROM m`);
  parts.push(`SELECT 'dict', facet, id, NULL, NULL, NULL, NULL, value, NULL FROM search_facet_values`);
  const sql = `
    WITH m AS MATERIALIZED (${match.sql}),
    f AS MATERIALIZED (SELECT doc, r FROM m ${all.sql})
    SELECT 'x' AS kind, NULL AS v, 0 AS n, NULL AS score, NULL AS scope, NULL AS entity_id, NULL AS code, NULL AS name, NULL AS provider WHERE 0
    UNION ALL ${parts.join('\n    UNION ALL ')}`;
  const rows = await db.all<Row>(sql, params);

  const hits: { hit: Hit; doc: number }[] = [];
  let lowBits: string | null = null;
  const ids: Record<string, Map<string, number>> = { classification: new Map(), provider: new Map() };
  const names: Record<string, Map<number, string>> = { classification: new Map(), provider: new Map() };
  for (const r of rows) {
    if (r.kind === 'page') {
      const hit = { id: r.entity_id as string, scope: r.scope as Hit['scope'], code: r.code as string, name: r.name as string, provider: r.provider as string, score: r.score ?? 0 };
      hits.push({ hit, doc: Number(r.v) });
    } else if (r.kind === 'bits') lowBits = r.v as string | null;
    else if (r.kind === 'dict') {
      ids[r.v as string]?.set(r.name as string, r.n);
      names[r.v as string]?.set(r.n, r.name as string);
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
  const total = counted.total;
  const facets = emptyFacets();
  for (const f of SEARCH_FACETS) {
    for (const [code, count] of counted.counts[f]) {
      facets[f].push({ value: names[f] ? (names[f].get(code) ?? '') : enumValue(f, code), count });
    }
  }
  // The same order as the candidates' LIMIT: score, then doc id.
  hits.sort((a, b) => b.hit.score - a.hit.score || a.doc - b.doc);
  const page = hits.slice(req.offset, req.offset + req.limit).map((h) => h.hit);
  for (const f of SEARCH_FACETS) facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

  const marks = await highlightsFor(db, page, plan);
  const results: SearchResult[] = page.map((h) => ({
    ...h,
    score: Math.round(h.score * 1000) / 1000,
    highlights: marks.get(`${h.scope}:${h.id}`) ?? [],
  }));
  return { results, facets, total };
}
