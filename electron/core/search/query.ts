import type { SearchFacet, SearchFilters, SearchHighlight, SearchOutput, SearchResult, SearchScope } from '@shared/ipc/channels/search';
import { SEARCH_FACETS } from '@shared/ipc/channels/search';
import { highlightRanges } from '@shared/search/highlight';
import { planQuery, type QueryPlan } from '@shared/search/query';
import type { SqlValue } from '../db/connection';
import type { Database } from '../db/database';

/** bm25 column weights: name, summary, item names, pinyin (of name and item names). */
const WEIGHTS = '10.0, 1.0, 3.0, 4.0';
/** Added to the relevance of an entry whose name is the query, or starts with it. */
const EXACT_NAME_BOOST = 100;
const LEADING_NAME_BOOST = 10;
/** Item highlights per result: enough to show why an entry matched. */
const MAX_ITEM_HIGHLIGHTS = 5;

const FACET_COLUMNS: Record<SearchFacet, string> = {
  shareType: 'share_type',
  formatClass: 'format_class',
  classification: 'classification',
  state: 'state',
  provider: 'provider',
};

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

/** `WHERE …` over the facet columns, leaving out the filter of `except` (a facet ignores its own). */
function filterSql(filters: SearchFilters | undefined, except?: SearchFacet): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const f of SEARCH_FACETS) {
    const values = filters?.[f];
    if (f === except || !values || values.length === 0) continue;
    parts.push(`${FACET_COLUMNS[f]} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** One row of the search statement: a result of the page, the total, or one facet value. */
interface Row {
  kind: 'page' | 'total' | SearchFacet;
  v: string | null;
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
 * One statement computes the match set once (MATERIALIZED, holding only what ranking and facets
 * need), then from it the ranked page with its display fields, the total (all filters) and each
 * facet (every filter but its own).
 */
export async function runSearch(db: Pick<Database, 'all'>, req: SearchRequest): Promise<SearchOutput> {
  const plan = planQuery(req.q);
  if (!plan) return { results: [], facets: emptyFacets(), total: 0 };
  const match = matchSql(plan);
  const all = filterSql(req.filters);
  const nulls = 'NULL, NULL, NULL, NULL, NULL';
  const parts: string[] = [
    `SELECT 'page', NULL, 0, p.score, s.scope, s.entity_id, s.code, s.name, s.provider FROM (
       SELECT doc, -r + CASE WHEN name = ? THEN ${EXACT_NAME_BOOST} WHEN substr(name, 1, length(?)) = ? THEN ${LEADING_NAME_BOOST} ELSE 0 END AS score
         FROM d ${all.sql} ORDER BY score DESC, doc LIMIT ? OFFSET ?
     ) p JOIN search_docs s ON s.doc_id = p.doc`,
    `SELECT 'total', NULL, count(*), ${nulls}, NULL FROM d ${all.sql}`,
  ];
  const params: SqlValue[] = [
    ...match.params,
    ...(req.scope === 'all' ? [] : [req.scope]),
    plan.whole,
    plan.whole,
    plan.whole,
    ...all.params,
    req.limit,
    req.offset,
    ...all.params,
  ];
  for (const f of SEARCH_FACETS) {
    const others = filterSql(req.filters, f);
    parts.push(`SELECT '${f}', ${FACET_COLUMNS[f]}, count(*), ${nulls}, NULL FROM d ${others.sql} GROUP BY ${FACET_COLUMNS[f]}`);
    params.push(...others.params);
  }
  const sql = `
    WITH m AS MATERIALIZED (${match.sql}),
    d AS MATERIALIZED (
      SELECT m.doc, m.r, s.name, s.share_type, s.format_class, s.classification, s.state, s.provider
        FROM m JOIN search_docs s ON s.doc_id = m.doc ${req.scope === 'all' ? '' : 'WHERE s.scope = ?'}
    )
    SELECT 'x' AS kind, NULL AS v, 0 AS n, NULL AS score, NULL AS scope, NULL AS entity_id, NULL AS code, NULL AS name, NULL AS provider WHERE 0
    UNION ALL ${parts.join('\n    UNION ALL ')}`;
  const rows = await db.all<Row>(sql, params);

  const facets = emptyFacets();
  let total = 0;
  const hits: Hit[] = [];
  for (const r of rows) {
    if (r.kind === 'page') {
      hits.push({ id: r.entity_id as string, scope: r.scope as Hit['scope'], code: r.code as string, name: r.name as string, provider: r.provider as string, score: r.score ?? 0 });
    } else if (r.kind === 'total') total = r.n;
    else facets[r.kind].push({ value: r.v ?? '', count: r.n });
  }
  // UNION ALL does not promise to keep the subquery's order.
  hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  for (const f of SEARCH_FACETS) facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

  const marks = await highlightsFor(db, hits, plan);
  const results: SearchResult[] = hits.map((h) => ({
    ...h,
    score: Math.round(h.score * 1000) / 1000,
    highlights: marks.get(`${h.scope}:${h.id}`) ?? [],
  }));
  return { results, facets, total };
}
