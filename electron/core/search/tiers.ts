import type { QueryPlan } from '@shared/search/query';
import type { SqlValue } from '../db/connection';

/** The columns of the trigram and CJK tables, in table order. */
export const SEARCH_COLUMNS = ['name', 'name_pinyin', 'items', 'items_pinyin', 'summary'] as const;
export type SearchColumn = (typeof SEARCH_COLUMNS)[number];

/**
 * Relevance tiers, best first: where every term is found decides the tier of a match — in the
 * name (or its pinyin), else in the names of the data items (or their pinyin), else anywhere
 * (the summary). Later tiers follow in index order, read only as far as the page goes.
 */
export const TIERS: readonly (readonly SearchColumn[])[] = [
  ['name', 'name_pinyin'],
  ['name', 'name_pinyin', 'items', 'items_pinyin'],
  SEARCH_COLUMNS,
];

type FtsTable = 'search_trigram' | 'search_cjk' | 'search_names' | 'search_initials';

/** The columns each FTS table has (documents.ts writes them). */
const TABLE_COLUMNS: Record<FtsTable, readonly SearchColumn[]> = {
  search_trigram: SEARCH_COLUMNS,
  search_cjk: SEARCH_COLUMNS,
  /** The name columns of search_trigram alone: the first tier of a trigram query reads names only. */
  search_names: ['name', 'name_pinyin'],
  search_initials: ['items_pinyin'],
};

/** One FTS select of a plan: its table, its MATCH expression, the columns it may match in. */
export interface Source {
  table: FtsTable;
  expr: string;
  columns: readonly SearchColumn[];
  /** Mixed short and long terms: the other table must match too. */
  also?: { table: FtsTable; expr: string };
}

/**
 * The selects whose union is the match set: the query's table (trigram, CJK, or trigram with the
 * CJK table for its short terms), and for a single term of letters the pinyin words (full
 * spellings) and the runs of items' initials.
 */
export function sourcesOf(plan: QueryPlan): Source[] {
  const out: Source[] = [];
  if (plan.trigram && plan.cjk) out.push({ table: 'search_trigram', expr: plan.trigram, columns: SEARCH_COLUMNS, also: { table: 'search_cjk', expr: plan.cjk } });
  else if (plan.trigram) out.push({ table: 'search_trigram', expr: plan.trigram, columns: SEARCH_COLUMNS });
  else out.push({ table: 'search_cjk', expr: plan.cjk ?? '', columns: SEARCH_COLUMNS });
  if (plan.pinyinWord) out.push({ table: 'search_cjk', expr: plan.pinyinWord, columns: ['name_pinyin', 'items_pinyin'] });
  if (plan.initials) out.push({ table: 'search_initials', expr: plan.initials, columns: ['items_pinyin'] });
  return out;
}

export interface Sql {
  sql: string;
  params: SqlValue[];
}

/** A condition on the rowid (scope and facet filters), appended to every select. */
export type RowidCondition = Sql;
export const NONE: RowidCondition = { sql: '', params: [] };

/** `expr` limited to `columns` of `table` (no filter when it may match in all of them). */
function filtered(table: FtsTable, expr: string, columns: readonly SearchColumn[]): string {
  return columns.length === TABLE_COLUMNS[table].length ? expr : `{${columns.join(' ')}} : (${expr})`;
}

/** The table a source reads for `columns`: the names table when they are name columns of the trigram table. */
function tableFor(table: FtsTable, columns: readonly SearchColumn[]): FtsTable {
  return table === 'search_trigram' && columns.every((c) => TABLE_COLUMNS.search_names.includes(c)) ? 'search_names' : table;
}

/** One FTS select: `FROM … WHERE … MATCH ?` and its table, for the bm25 call. */
interface Select extends Sql {
  table: FtsTable;
}

/**
 * The matches of one source within `columns`, as the body of a `SELECT rowid …` after its select
 * list; undefined when the source cannot match in those columns.
 */
function select(src: Source, columns: readonly SearchColumn[], cond: RowidCondition): Select | undefined {
  const cols = src.columns.filter((c) => columns.includes(c));
  if (cols.length === 0) return undefined;
  const table = tableFor(src.table, cols);
  let sql = ` FROM ${table} WHERE ${table} MATCH ?`;
  const params: SqlValue[] = [filtered(table, src.expr, cols)];
  // `+rowid`: a plain `rowid IN (…)` makes FTS5 look each listed rowid up one by one, hundreds of
  // times slower than filtering its own scan.
  if (src.also) {
    const also = tableFor(src.also.table, columns);
    sql += ` AND +rowid IN (SELECT rowid FROM ${also} WHERE ${also} MATCH ?)`;
    params.push(filtered(also, src.also.expr, columns.filter((c) => TABLE_COLUMNS[also].includes(c))));
  }
  return { table, sql: sql + cond.sql, params: [...params, ...cond.params] };
}

/**
 * Every document matched within `columns`, once each: `SELECT doc …`. A later source leaves out
 * what an earlier one finds, so that the union counts a document once.
 */
export function matchSetSql(sources: readonly Source[], columns: readonly SearchColumn[], cond: RowidCondition = NONE): Sql | undefined {
  const parts: Sql[] = [];
  sources.forEach((src, i) => {
    const own = select(src, columns, cond);
    if (!own) return;
    let sql = own.sql;
    const params = [...own.params];
    for (const earlier of sources.slice(0, i)) {
      const e = select(earlier, columns, NONE);
      if (!e) continue;
      sql += ` AND +rowid NOT IN (SELECT rowid${e.sql})`;
      params.push(...e.params);
    }
    parts.push({ sql: `SELECT rowid AS doc${sql}`, params });
  });
  if (parts.length === 0) return undefined;
  return { sql: parts.map((p) => p.sql).join(' UNION ALL '), params: parts.flatMap((p) => p.params) };
}

/** Whether a source matches anything at all (before filters): a source that cannot is left out. */
export function probeSql(src: Source): Sql {
  const s = select(src, src.columns, NONE) as Select;
  return { sql: `SELECT 1 AS one${s.sql} LIMIT 1`, params: s.params };
}

/** The first tier's selects, one per source that can match in names. */
function firstTier(sources: readonly Source[], cond: RowidCondition): Select[] {
  return sources.flatMap((src) => select(src, TIERS[0] as readonly SearchColumn[], cond) ?? []);
}

/** How many first-tier matches each source has, counted up to `cap` (a bound, enough to choose how to order them). */
export function firstTierCountSql(sources: readonly Source[], cond: RowidCondition, cap: number): Sql | undefined {
  const selects = firstTier(sources, cond);
  if (selects.length === 0) return undefined;
  return {
    sql: `SELECT ${selects.map((_, i) => `(SELECT count(*) FROM (SELECT 1${selects[i]?.sql} LIMIT ?))`).join(' + ')} AS n`,
    params: selects.flatMap((s) => [...s.params, cap]),
  };
}

/** bm25 column weights in the first tier: the name over its pinyin (the others never match there). */
const WEIGHTS: Record<FtsTable, string> = {
  search_trigram: '10.0, 4.0, 0.0, 0.0, 0.0',
  search_cjk: '10.0, 4.0, 0.0, 0.0, 0.0',
  search_names: '10.0, 4.0',
  search_initials: '1.0',
};
/** Added to the relevance of an entry whose name is the query, or starts with it. */
export const EXACT_NAME_BOOST = 100;
export const LEADING_NAME_BOOST = 10;

/**
 * The best `top` of a small first tier, `(doc, score)` per select: bm25 plus the exact/leading-name
 * boost, a top-K sort. Ranking costs about a microsecond per match, so it is asked only when the
 * first tier is small (query.ts).
 */
export function rankedFirstTierSql(sources: readonly Source[], whole: string, cond: RowidCondition, top: number): Sql[] {
  const nameEnd = `${whole}\u{10FFFF}`;
  return firstTier(sources, cond).map((s) => ({
    // The name lists are built once per statement; each match is then a lookup in them.
    sql: `SELECT rowid AS doc,
        -bm25(${s.table}, ${WEIGHTS[s.table]}) + CASE
          WHEN rowid IN (SELECT doc_id FROM search_docs WHERE name = ?) THEN ${EXACT_NAME_BOOST}
          WHEN rowid IN (SELECT doc_id FROM search_docs WHERE name > ? AND name < ?) THEN ${LEADING_NAME_BOOST}
          ELSE 0 END AS score${s.sql} ORDER BY score DESC, doc LIMIT ?`,
    params: [whole, whole, nameEnd, ...s.params, top],
  }));
}

/**
 * Entries whose name is `whole`, then those whose name starts with it (in name order), from the
 * index on names: the head of a large first tier, without reading its matches.
 */
export function leadingNamesSql(whole: string, cond: RowidCondition, limit: number): { exact: Sql; leading: Sql } {
  return {
    exact: { sql: `SELECT doc_id AS doc FROM search_docs WHERE name = ?${cond.sql} ORDER BY doc_id LIMIT ?`, params: [whole, ...cond.params, limit] },
    leading: {
      sql: `SELECT doc_id AS doc FROM search_docs WHERE name > ? AND name < ?${cond.sql} ORDER BY name, doc_id LIMIT ?`,
      params: [whole, `${whole}\u{10FFFF}`, ...cond.params, limit],
    },
  };
}

/**
 * The first `limit` matches of tier `tier` in index order, one select per source: tiers are
 * cumulative (the second holds the first), so the caller asks for as many more as it has already
 * taken from earlier tiers, and leaves those out.
 */
export function tierInOrderSql(sources: readonly Source[], tier: number, cond: RowidCondition, limit: number): Sql[] {
  return sources.flatMap((src) => {
    const s = select(src, TIERS[tier] as readonly SearchColumn[], cond);
    return s ? [{ sql: `SELECT rowid AS doc${s.sql} ORDER BY rowid LIMIT ?`, params: [...s.params, limit] }] : [];
  });
}
