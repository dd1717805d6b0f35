import { scoreMatch } from '@shared/domain/demand-match';
import type { Demand } from '@shared/domain/demand';
import type { DemandSuggestion } from '@shared/ipc/channels/demands';
import { cjkTokens } from '@shared/search/segment';
import type { Reader } from '../db/database';


/** Candidates per index query: the best-ranked by name, and by items; the rest are never read. */
const BY_NAME = 100;
const BY_ITEMS = 200;
/** Tokens in one MATCH: a demand's name and a few dozen item names. */
const MAX_TOKENS = 80;
/** Bigrams in nearly every entry's name ("…信息", "…数据"): they would rank nothing, only slow the query. */
const STOP_TOKENS = new Set(['信息', '数据', '基本', '情况', '记录']);
/** Below this score a candidate is not worth showing, unless one of its items matched. */
const MIN_SCORE = 0.15;

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

function tokensOf(texts: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) for (const t of cjkTokens(text)) if (Array.from(t).length > 1 && !STOP_TOKENS.has(t)) tokens.add(t);
  return [...tokens].slice(0, MAX_TOKENS);
}

/** Document ids of one column's best bm25 matches for any of `tokens`. */
async function ranked(db: Reader, column: 'name' | 'items', tokens: string[], limit: number): Promise<number[]> {
  if (tokens.length === 0) return [];
  // The FTS query runs alone: joined with search_docs, SQLite may re-run MATCH per document row.
  const weights = column === 'name' ? '1.0, 0.0, 0.0, 0.0, 0.0' : '0.0, 0.0, 1.0, 0.0, 0.0';
  const rows = await db.all<{ doc: number }>(
    `SELECT rowid AS doc FROM search_cjk WHERE search_cjk MATCH ? ORDER BY bm25(search_cjk, ${weights}), rowid LIMIT ?`,
    [`${column} : (${tokens.map(quote).join(' OR ')})`, limit],
  );
  return rows.map((r) => r.doc);
}

/**
 * Candidates come from the search feature's CJK index (search_cjk: bigrams and whole words of
 * names and item names): the entries whose names share the most bigrams with the demand's name,
 * and those whose items share the most with the needed items (bm25). Only shared-scope documents
 * count. Each candidate is then scored by shared/domain/demand-match.ts.
 */
async function candidates(db: Reader, demand: Pick<Demand, 'name' | 'items'>): Promise<string[]> {
  const docs = new Set([...(await ranked(db, 'name', tokensOf([demand.name]), BY_NAME)), ...(await ranked(db, 'items', tokensOf(demand.items), BY_ITEMS))]);
  if (docs.size === 0) return [];
  const list = [...docs];
  const rows = await db.all<{ id: string }>(
    `SELECT entity_id AS id FROM search_docs WHERE doc_id IN (${list.map(() => '?').join(',')}) AND scope = 'shared'`,
    list,
  );
  return rows.map((r) => r.id);
}

export async function suggestMatches(db: Reader, demand: Pick<Demand, 'name' | 'items'>, limit: number): Promise<DemandSuggestion[]> {
  const ids = await candidates(db, demand);
  if (ids.length === 0) return [];
  const list = ids.map(() => '?').join(',');
  const [entries, items] = await Promise.all([
    db.all<{ id: string; code: string; name: string; provider: string; department_code: string }>(
      `SELECT id, code, name, provider, department_code FROM shared_catalogue_entries WHERE id IN (${list})`,
      ids,
    ),
    db.all<{ entry_id: string; name: string }>(`SELECT entry_id, name FROM shared_catalogue_items WHERE entry_id IN (${list}) ORDER BY entry_id, position`, ids),
  ]);
  const itemsOf = new Map<string, string[]>();
  for (const i of items) {
    const l = itemsOf.get(i.entry_id) ?? [];
    l.push(i.name);
    itemsOf.set(i.entry_id, l);
  }
  const scored = entries.map((e) => {
    const entryItems = itemsOf.get(e.id) ?? [];
    const s = scoreMatch(demand, { name: e.name, items: entryItems });
    return { entryId: e.id, code: e.code, name: e.name, provider: e.provider, departmentCode: e.department_code, ...s, items: entryItems };
  });
  return scored
    .filter((s) => s.score >= MIN_SCORE || s.matches.length > 0)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, limit);
}
