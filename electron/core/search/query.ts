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

interface Row {
  facet: 0 | 1;
  doc_id: number | null;
  scope: 'own' | 'shared' | null;
  entity_id: string | null;
  code: string | null;
  name: string | null;
  provider: string;
  score: number | null;
  n: number | null;
  share_type: string;
  format_class: string;
  classification: string;
  state: string;
}

function filterSql(filters: SearchFilters | undefined): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const f of SEARCH_FACETS) {
    const values = filters?.[f];
    if (!values || values.length === 0) continue;
    parts.push(`${FACET_COLUMNS[f]} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * Facets from the counts of each combination of facet values in the match set (one GROUP BY,
 * in the same statement as the page): a facet counts the combinations that pass every filter
 * but its own, the total those that pass all.
 */
function facetsFrom(combos: Row[], filters: SearchFilters | undefined): { facets: SearchOutput['facets']; total: number } {
  const passes = (row: Row, except?: SearchFacet) =>
    SEARCH_FACETS.every((f) => {
      const values = filters?.[f] as string[] | undefined;
      return f === except || !values || values.length === 0 || values.includes(row[FACET_COLUMNS[f] as keyof Row] as string);
    });
  const facets = {} as SearchOutput['facets'];
  for (const f of SEARCH_FACETS) {
    const counts = new Map<string, number>();
    for (const c of combos) {
      if (!passes(c, f)) continue;
      const value = c[FACET_COLUMNS[f] as keyof Row] as string;
      counts.set(value, (counts.get(value) ?? 0) + (c.n ?? 0));
    }
    facets[f] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  const total = combos.reduce((sum, c) => sum + (passes(c) ? (c.n ?? 0) : 0), 0);
  return { facets, total };
}

const emptyFacets = (): SearchOutput['facets'] => ({ shareType: [], formatClass: [], classification: [], state: [], provider: [] });

/** The texts to highlight in: name, summary and item names of the page's entries. */
async function highlightsFor(db: Pick<Database, 'all'>, page: Row[], plan: QueryPlan): Promise<Map<string, SearchHighlight[]>> {
  const out = new Map<string, SearchHighlight[]>();
  for (const scope of ['own', 'shared'] as const) {
    const ids = page.filter((r) => r.scope === scope).map((r) => r.entity_id as string);
    if (ids.length === 0) continue;
    const list = ids.map(() => '?').join(',');
    const [entryTable, itemTable] = scope === 'own' ? ['catalogue_entries', 'data_items'] : ['shared_catalogue_entries', 'shared_catalogue_items'];
    const entries = await db.all<{ id: string; name: string; summary: string; provider: string }>(
      `SELECT id, name, summary, provider FROM ${entryTable} WHERE id IN (${list})`,
      ids,
    );
    const items = await db.all<{ entry_id: string; position: number; name: string }>(
      `SELECT entry_id, position, name FROM ${itemTable} WHERE entry_id IN (${list}) ORDER BY entry_id, position`,
      ids,
    );
    for (const e of entries) {
      const marks: SearchHighlight[] = [];
      const mark = (field: SearchHighlight['field'], text: string, position?: number) => {
        const ranges = highlightRanges(text, plan.terms);
        if (ranges.length) marks.push(position === undefined ? { field, text, ranges } : { field, position, text, ranges });
      };
      mark('name', e.name);
      mark('summary', e.summary);
      mark('provider', e.provider);
      out.set(`${scope}:${e.id}`, marks);
    }
    for (const i of items) {
      const marks = out.get(`${scope}:${i.entry_id}`);
      if (!marks || marks.filter((m) => m.field === 'item').length >= MAX_ITEM_HIGHLIGHTS) continue;
      const ranges = highlightRanges(i.name, plan.terms);
      if (ranges.length) marks.push({ field: 'item', position: i.position, text: i.name, ranges });
    }
  }
  return out;
}

/**
 * One statement computes the match set once (MATERIALIZED), then both the ranked page (with the
 * filters) and the facet combinations (without them) from it.
 */
export async function runSearch(db: Pick<Database, 'all'>, req: SearchRequest): Promise<SearchOutput> {
  const plan = planQuery(req.q);
  if (!plan) return { results: [], facets: emptyFacets(), total: 0 };
  const match = matchSql(plan);
  const filters = filterSql(req.filters);
  const scope = req.scope === 'all' ? '' : 'WHERE s.scope = ?';
  const sql = `
    WITH m AS MATERIALIZED (${match.sql}),
    d AS MATERIALIZED (
      SELECT s.doc_id, s.scope, s.entity_id, s.code, s.name, s.provider, s.share_type, s.format_class, s.classification, s.state,
             -m.r + CASE WHEN s.name = ? THEN ${EXACT_NAME_BOOST} WHEN substr(s.name, 1, length(?)) = ? THEN ${LEADING_NAME_BOOST} ELSE 0 END AS score
        FROM m JOIN search_docs s ON s.doc_id = m.doc ${scope}
    )
    SELECT * FROM (
      SELECT 0 AS facet, doc_id, scope, entity_id, code, name, provider, score, NULL AS n, share_type, format_class, classification, state
        FROM d ${filters.sql} ORDER BY score DESC, doc_id LIMIT ? OFFSET ?
    )
    UNION ALL
    SELECT 1, NULL, NULL, NULL, NULL, NULL, provider, NULL, count(*), share_type, format_class, classification, state
      FROM d GROUP BY share_type, format_class, classification, state, provider`;
  const params: SqlValue[] = [
    ...match.params,
    plan.whole,
    plan.whole,
    plan.whole,
    ...(req.scope === 'all' ? [] : [req.scope]),
    ...filters.params,
    req.limit,
    req.offset,
  ];
  const rows = await db.all<Row>(sql, params);
  const page = rows.filter((r) => r.facet === 0);
  const { facets, total } = facetsFrom(
    rows.filter((r) => r.facet === 1),
    req.filters,
  );
  const marks = await highlightsFor(db, page, plan);
  const results: SearchResult[] = page.map((r) => ({
    id: r.entity_id as string,
    scope: r.scope as 'own' | 'shared',
    code: r.code as string,
    name: r.name as string,
    provider: r.provider,
    score: Math.round((r.score ?? 0) * 1000) / 1000,
    highlights: marks.get(`${r.scope}:${r.entity_id}`) ?? [],
  }));
  return { results, facets, total };
}
