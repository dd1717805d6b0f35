import type { QueryPlan } from '@shared/search/query';
import type { SqlValue } from '../db/connection';

/** The columns of both FTS tables, in table order. */
export const SEARCH_COLUMNS = ['name', 'name_pinyin', 'items', 'items_pinyin', 'summary'] as const;
export type SearchColumn = (typeof SEARCH_COLUMNS)[number];

/**
 * Relevance tiers, best first: where every term is found decides the tier of a match — in the
 * name (or its pinyin), else in the names of the data items (or their pinyin), else anywhere
 * (the summary). Only the first tier is ranked by bm25; later tiers follow in index order.
 * Ranking is the costly part of a query (about 0.6 µs per match): a common bigram such as 户籍
 * is in the items of one entry in six, but in few names, so ranking only the first tier keeps a
 * query's cost to the names it matches, and later tiers are read only as far as the page goes.
 */
export const TIERS: readonly (readonly SearchColumn[])[] = [
  ['name', 'name_pinyin'],
  ['name', 'name_pinyin', 'items', 'items_pinyin'],
  SEARCH_COLUMNS,
];

/** bm25 column weights in the first tier: the name over its pinyin (the others never match there). */
const WEIGHTS = '10.0, 4.0, 0.0, 0.0, 0.0';
/** Added to the relevance of an entry whose name is the query, or starts with it. */
const EXACT_NAME_BOOST = 100;
const LEADING_NAME_BOOST = 10;

type FtsTable = 'search_trigram' | 'search_cjk' | 'search_initials';

/** One FTS select of a plan: its table, its MATCH expression, the columns it may match in. */
interface Source {
  table: FtsTable;
  expr: string;
  columns: readonly SearchColumn[];
  /** Mixed short and long terms: the other table must match too. */
  also?: { table: FtsTable; expr: string };
}

/** The selects whose union is the match set: one, or two when a pinyin word may match too. */
export function sourcesOf(plan: QueryPlan): Source[] {
  const initials: Source[] = plan.initials ? [{ table: 'search_initials', expr: plan.initials, columns: ['items_pinyin'] }] : [];
  if (plan.trigram && plan.pinyinWord) {
    return [
      { table: 'search_trigram', expr: plan.trigram, columns: SEARCH_COLUMNS },
      { table: 'search_cjk', expr: plan.pinyinWord, columns: ['name_pinyin', 'items_pinyin'] },
      ...initials,
    ];
  }
  if (plan.trigram && initials.length) return [{ table: 'search_trigram', expr: plan.trigram, columns: SEARCH_COLUMNS }, ...initials];
  if (plan.trigram && plan.cjk) return [{ table: 'search_trigram', expr: plan.trigram, columns: SEARCH_COLUMNS, also: { table: 'search_cjk', expr: plan.cjk } }];
  if (plan.trigram) return [{ table: 'search_trigram', expr: plan.trigram, columns: SEARCH_COLUMNS }];
  return [{ table: 'search_cjk', expr: plan.cjk ?? '', columns: SEARCH_COLUMNS }];
}

/** `expr` limited to `columns` (no filter when it may match anywhere). */
function filtered(expr: string, columns: readonly SearchColumn[], table?: FtsTable): string {
  return table === 'search_initials' || columns.length === SEARCH_COLUMNS.length ? expr : `{${columns.join(' ')}} : (${expr})`;
}

export interface Sql {
  sql: string;
  params: SqlValue[];
}

/** A condition on the rowid (scope and facet filters), appended to every select. */
export type RowidCondition = Sql;
const NONE: RowidCondition = { sql: '', params: [] };

/**
 * The matches of one source within `columns`, as a `SELECT rowid …` body after its select list;
 * undefined when the source cannot match in those columns. A later source leaves out what an
 * earlier one finds in the same columns, so that the selects of a tier never give a document twice.
 */
function fromSource(sources: readonly Source[], i: number, columns: readonly SearchColumn[], cond: RowidCondition): Sql | undefined {
  const src = sources[i] as Source;
  const cols = src.columns.filter((c) => columns.includes(c));
  if (cols.length === 0) return undefined;
  let sql = ` FROM ${src.table} WHERE ${src.table} MATCH ?`;
  const params: SqlValue[] = [filtered(src.expr, cols, src.table)];
  // `+rowid`: a plain `rowid IN (…)` makes FTS5 look each listed rowid up one by one, hundreds of
  // times slower than filtering its own scan.
  if (src.also) {
    sql += ` AND +rowid IN (SELECT rowid FROM ${src.also.table} WHERE ${src.also.table} MATCH ?)`;
    params.push(filtered(src.also.expr, columns));
  }
  for (let j = 0; j < i; j++) {
    const earlier = fromSource(sources, j, columns, NONE);
    if (!earlier) continue;
    sql += ` AND +rowid NOT IN (SELECT rowid${earlier.sql})`;
    params.push(...earlier.params);
  }
  return { sql: sql + cond.sql, params: [...params, ...cond.params] };
}

/** Every document matched within `columns`, once each: `SELECT doc …`. */
export function matchSetSql(sources: readonly Source[], columns: readonly SearchColumn[], cond: RowidCondition = NONE): Sql | undefined {
  const parts = sources.flatMap((_, i) => fromSource(sources, i, columns, cond) ?? []);
  if (parts.length === 0) return undefined;
  return { sql: parts.map((p) => `SELECT rowid AS doc${p.sql}`).join(' UNION ALL '), params: parts.flatMap((p) => p.params) };
}

/**
 * The best `top` of the first tier, `(doc, score)`: each select ranks its own matches (bm25 plus
 * the exact/leading-name boost) and keeps its best `top`, a top-K sort.
 */
export function rankedFirstTierSql(sources: readonly Source[], whole: string, cond: RowidCondition, top: number): Sql | undefined {
  const nameEnd = `${whole}\u{10FFFF}`;
  const selects: string[] = [];
  const params: SqlValue[] = [];
  sources.forEach((src, i) => {
    const from = fromSource(sources, i, TIERS[0] as readonly SearchColumn[], cond);
    if (!from) return;
    // The name lists are built once per statement; each match is then a lookup in them.
    selects.push(`SELECT * FROM (SELECT rowid AS doc,
        -bm25(${src.table}, ${WEIGHTS}) + CASE
          WHEN rowid IN (SELECT doc_id FROM search_docs WHERE name = ?) THEN ${EXACT_NAME_BOOST}
          WHEN rowid IN (SELECT doc_id FROM search_docs WHERE name > ? AND name < ?) THEN ${LEADING_NAME_BOOST}
          ELSE 0 END AS score${from.sql} ORDER BY score DESC, doc LIMIT ?)`);
    params.push(whole, whole, nameEnd, ...from.params, top);
  });
  if (selects.length === 0) return undefined;
  return { sql: `SELECT doc, score FROM (${selects.join(' UNION ALL ')}) ORDER BY score DESC, doc LIMIT ?`, params: [...params, top] };
}

/** The first `limit` documents of tier `tier` (≥ 1) in index order: its matches not in the tier before. */
export function tierInOrderSql(sources: readonly Source[], tier: number, cond: RowidCondition, limit: number): Sql | undefined {
  const columns = TIERS[tier] as readonly SearchColumn[];
  const previous = TIERS[tier - 1] as readonly SearchColumn[];
  const only = sources.length === 1 ? sources[0] : undefined;
  if (only && !only.also) {
    // One table: FTS5's own NOT walks both sides in rowid order and stops with the LIMIT, where
    // `NOT IN (…)` would first collect every match of the tier before.
    const match = `(${filtered(only.expr, columns)}) NOT (${filtered(only.expr, previous)})`;
    return { sql: `SELECT rowid AS doc FROM ${only.table} WHERE ${only.table} MATCH ?${cond.sql} ORDER BY rowid LIMIT ?`, params: [match, ...cond.params, limit] };
  }
  const here = matchSetSql(sources, columns, cond);
  const before = matchSetSql(sources, previous);
  if (!here) return undefined;
  const exclude = before ? ` WHERE doc NOT IN (${before.sql})` : '';
  return { sql: `SELECT doc FROM (${here.sql})${exclude} ORDER BY doc LIMIT ?`, params: [...here.params, ...(before?.params ?? []), limit] };
}
