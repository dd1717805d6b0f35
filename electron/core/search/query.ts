import type { SearchFilters, SearchHighlight, SearchOutput, SearchResult, SearchScope } from '@shared/ipc/channels/search';
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

/** One FTS select of a plan: the table, its MATCH expression and any further condition on rowid. */
interface FtsSource {
  table: 'search_trigram' | 'search_cjk';
  where: string;
  params: SqlValue[];
}

/** The FTS selects whose union is the match set: one, or two when a pinyin word may match too. */
function sourcesOf(plan: QueryPlan): FtsSource[] {
  if (plan.trigram && plan.pinyinWord) {
    // Either index may hold the match. The pinyin-word select keeps only the documents the trigram
    // select does not find (an item's full spelling): ranking is the costly part of a select, and
    // ranking most matches twice made pinyin queries twice as slow as one ranked select.
    return [
      { table: 'search_trigram', where: 'search_trigram MATCH ?', params: [plan.trigram] },
      {
        table: 'search_cjk',
        where: 'search_cjk MATCH ? AND +rowid NOT IN (SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?)',
        params: [plan.pinyinWord, plan.trigram],
      },
    ];
  }
  if (plan.trigram && plan.cjk) {
    // `+rowid`: a plain `rowid IN (…)` makes FTS5 look each listed rowid up one by one, hundreds
    // of times slower than filtering its own scan.
    return [{ table: 'search_trigram', where: 'search_trigram MATCH ? AND +rowid IN (SELECT rowid FROM search_cjk WHERE search_cjk MATCH ?)', params: [plan.trigram, plan.cjk] }];
  }
  if (plan.trigram) return [{ table: 'search_trigram', where: 'search_trigram MATCH ?', params: [plan.trigram] }];
  return [{ table: 'search_cjk', where: 'search_cjk MATCH ?', params: [plan.cjk ?? ''] }];
}

/**
 * A condition on the FTS rowid (the doc id): the scope and every filter, on the facet bits, so
 * FTS's own ORDER BY … LIMIT still applies. Open values go through the dictionary; enumerated
 * ones are codes.
 */
function conditionSql(req: SearchRequest): { sql: string; params: SqlValue[] } {
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

/** A result of the page, as the page statement reads it. */
interface PageRow {
  doc: number;
  score: number;
  scope: 'own' | 'shared';
  entity_id: string;
  code: string;
  name: string;
  provider: string;
}
/** The facet bits of every match, or one value of the dictionary. */
interface CountRow {
  kind: 'bits' | 'dict';
  facet: string | null;
  id: number;
  v: string | null;
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
 * Two statements over the match set, neither of which ranks or joins all of it:
 * - the page: each FTS select ranks its matches itself (bm25 plus the exact/leading-name boost,
 *   filters on the rowid's facet bits) and keeps only the best `offset + limit` (a top-K sort);
 *   two selects never give the same document. Only the page joins search_docs.
 * - the counts: the facet bits of every match (rowids only, no bm25) and the dictionary of open
 *   values; facets and the total are counted from them in JS, in one pass (facets.ts).
 */
export async function runSearch(db: Pick<Database, 'all'>, req: SearchRequest): Promise<SearchOutput> {
  const plan = planQuery(req.q);
  if (!plan) return { results: [], facets: emptyFacets(), total: 0 };
  const sources = sourcesOf(plan);
  const cond = conditionSql(req);
  const nameEnd = `${plan.whole}\u{10FFFF}`;
  const top = req.offset + req.limit;
  const pageParams: SqlValue[] = [];
  const ranked = sources.map((src) => {
    pageParams.push(plan.whole, plan.whole, nameEnd, ...src.params, ...cond.params, top);
    // The name lists are built once per statement; each match is then a lookup in them.
    return `SELECT * FROM (SELECT rowid AS doc,
              -bm25(${src.table}, ${WEIGHTS}) + CASE
                WHEN rowid IN (SELECT doc_id FROM search_docs WHERE name = ?) THEN ${EXACT_NAME_BOOST}
                WHEN rowid IN (SELECT doc_id FROM search_docs WHERE name > ? AND name < ?) THEN ${LEADING_NAME_BOOST}
                ELSE 0 END AS score
            FROM ${src.table} WHERE ${src.where}${cond.sql} ORDER BY score DESC, doc LIMIT ?)`;
  });
  // With two selects, a document comes from one of them only (see sourcesOf).
  const best = ranked.join(' UNION ALL ');
  const pageSql = `SELECT c.doc, c.score, s.scope, s.entity_id, s.code, s.name, s.provider
    FROM (SELECT doc, score FROM (${best}) ORDER BY score DESC, doc LIMIT ? OFFSET ?) c
    JOIN search_docs s ON s.doc_id = c.doc
    ORDER BY c.score DESC, c.doc`;
  pageParams.push(req.limit, req.offset);
  const matches = sources.map((src) => `SELECT rowid AS doc FROM ${src.table} WHERE ${src.where}`);
  const countSql = `SELECT 'bits' AS kind, NULL AS facet, 0 AS id, group_concat(doc & ${SEQ_UNIT - 1}) AS v FROM (${matches.join(' UNION ALL ')})
    UNION ALL SELECT 'dict', facet, id, value FROM search_facet_values`;
  const pageRead = db.all<PageRow>(pageSql, pageParams);
  const countRead = db.all<CountRow>(countSql, sources.flatMap((src) => src.params));
  // Each read is awaited below; this keeps the failure of one from going unhandled while another is awaited.
  countRead.catch(() => undefined);
  const pageRows = await pageRead;
  const page: Hit[] = pageRows.map((r) => ({ id: r.entity_id, scope: r.scope, code: r.code, name: r.name, provider: r.provider, score: r.score }));
  // The highlight texts are read while the facets are counted in JS.
  const marking = highlightsFor(db, page, plan);
  marking.catch(() => undefined);
  const countRows = await countRead;

  let lowBits: string | null = null;
  const ids: Record<string, Map<string, number>> = { classification: new Map(), provider: new Map() };
  const names: Record<string, Map<number, string>> = { classification: new Map(), provider: new Map() };
  for (const r of countRows) {
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
  const total = counted.total;
  const facets = emptyFacets();
  for (const f of SEARCH_FACETS) {
    for (const [code, count] of counted.counts[f]) {
      facets[f].push({ value: names[f] ? (names[f].get(code) ?? '') : enumValue(f, code), count });
    }
  }
  for (const f of SEARCH_FACETS) facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

  const marks = await marking;
  const results: SearchResult[] = page.map((h) => ({
    ...h,
    score: Math.round(h.score * 1000) / 1000,
    highlights: marks.get(`${h.scope}:${h.id}`) ?? [],
  }));
  return { results, facets, total };
}
