import type { SearchHighlight, SearchResult } from '@shared/ipc/channels/search';
import { highlightRanges } from '@shared/search/highlight';
import type { QueryPlan } from '@shared/search/query';
import type { Database } from '../db/database';

/** Item highlights per result: enough to show why an entry matched. */
const MAX_ITEM_HIGHLIGHTS = 5;

type Hit = Pick<SearchResult, 'id' | 'scope'>;

/**
 * The texts to highlight in — name, summary, provider and item names of the page's entries —
 * read in one statement per scope. Pinyin is marked only where it is indexed: names and items.
 */
export async function highlightsFor(db: Pick<Database, 'all'>, hits: Hit[], plan: QueryPlan): Promise<Map<string, SearchHighlight[]>> {
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
