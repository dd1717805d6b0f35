import { cachedPinyinKeys, type PinyinKeys } from '@shared/search/pinyin';
import { segmentForIndex } from '@shared/search/segment';
import { valuesPlaceholders, type SqlValue } from '../db/connection';
import type { Tx } from '../db/database';
import { SEARCH_COLUMNS } from './tiers';
import { DICTIONARY_FACETS, enumCode, mask, packDocId, SEQ_UNIT, type DictionaryFacet } from './facets';

/** What the search index needs of one own or shared entry. */
export interface SearchSource {
  scope: 'own' | 'shared';
  entityId: string;
  code: string;
  name: string;
  provider: string;
  summary: string;
  shareType: string;
  formatClass: string;
  /** The 类+项 code the classification facet counts ('' when unclassified). */
  classification: string;
  state: string;
  itemNames: readonly string[];
}

const DOC_COLUMNS = ['doc_id', 'scope', 'entity_id', 'code', 'name', 'provider', 'share_type', 'format_class', 'classification', 'state'];
const FTS_COLUMNS = ['rowid', ...SEARCH_COLUMNS];
const NAME_COLUMNS = ['rowid', 'name', 'name_pinyin'];
const INITIALS_COLUMNS = ['rowid', 'items_pinyin'];
/** The FTS tables of the search index, all keyed by doc id. */
const FTS_TABLES = ['search_trigram', 'search_cjk', 'search_names', 'search_initials'] as const;
/** Rows per multi-row INSERT: few statements, well under SQLite's 32,766 bound parameters. */
const BATCH = 1000;
/** Ids per `IN (…)` list. */
export const ID_CHUNK = 500;

/** Item texts are joined by a newline so that a substring never spans two items. */
const ITEM_SEPARATOR = '\n';

/**
 * The runs of initials indexed as tokens: from 3 letters (shorter queries are prefixes of words in
 * the CJK table, as before) to 16 (an initials query longer than that finds names by their
 * trigrams only: no officer types sixteen initials).
 */
export const MIN_INITIALS = 3;
export const MAX_INITIALS = 16;

/**
 * Every run of consecutive initials of each text (rkjcxx → rkj, rkjc, rkjcx, rkjcxx, kjc, kjcx, …,
 * cxx), each once: an initials query anywhere in an item name is then a single token.
 */
export function initialsRuns(initials: string, into: Set<string>): void {
  for (let start = 0; start + MIN_INITIALS <= initials.length; start++) {
    const end = Math.min(initials.length, start + MAX_INITIALS);
    for (let stop = start + MIN_INITIALS; stop <= end; stop++) into.add(initials.slice(start, stop));
  }
}

function runsOf(texts: readonly string[]): string {
  const runs = new Set<string>();
  for (const t of texts) initialsRuns(t, runs);
  return [...runs].join(' ');
}

/**
 * Pinyin of names and item names, kept across calls: item names (and many resource names) recur
 * across departments and pages, so a large shared catalogue costs one conversion per distinct text.
 */
const keysOf = cachedPinyinKeys(100_000);

/**
 * Small ids for open facet values (providers, classifications), added as new values appear. Past
 * the bit budget of the facet a value gets 0, counted as unknown rather than failing the write.
 */
async function dictionaryIds(tx: Tx, facet: DictionaryFacet, values: Iterable<string>): Promise<Map<string, number>> {
  const rows = await tx.all<{ value: string; id: number }>('SELECT value, id FROM search_facet_values WHERE facet = ?', [facet]);
  const ids = new Map(rows.map((r) => [r.value, r.id]));
  let next = rows.reduce((top, r) => Math.max(top, r.id), 0) + 1;
  const fresh: SqlValue[] = [];
  for (const v of values) {
    if (ids.has(v)) continue;
    const id = next <= mask(facet) ? next++ : 0;
    ids.set(v, id);
    if (id) fresh.push(facet, id, v);
  }
  for (let start = 0; start < fresh.length; start += 3 * BATCH) {
    const chunk = fresh.slice(start, start + 3 * BATCH);
    await tx.run(`INSERT INTO search_facet_values (facet, id, value) VALUES ${valuesPlaceholders(chunk.length / 3, 3)}`, chunk);
  }
  return ids;
}

export function makeIndexer() {
  const both = (k: PinyinKeys) => (k.initials === k.full ? k.full : `${k.initials} ${k.full}`);

  return async function indexDocs(tx: Tx, sources: readonly SearchSource[]): Promise<void> {
    if (sources.length === 0) return;
    const top = await tx.get<{ id: number }>('SELECT coalesce(max(doc_id), 0) AS id FROM search_docs');
    let seq = Math.floor((top?.id ?? 0) / SEQ_UNIT) + 1;
    if (seq + sources.length > MAX_SEQ) {
      await renumberLater(tx);
      seq = 1;
    }
    const dict = {} as Record<DictionaryFacet, Map<string, number>>;
    for (const f of DICTIONARY_FACETS) dict[f] = await dictionaryIds(tx, f, new Set(sources.map((s) => s[f])));
    for (let start = 0; start < sources.length; start += BATCH) {
      const batch = sources.slice(start, start + BATCH);
      const docs: SqlValue[] = [];
      const trigram: SqlValue[] = [];
      const cjk: SqlValue[] = [];
      const names: SqlValue[] = [];
      const initials: SqlValue[] = [];
      for (const s of batch) {
        const id = packDocId(seq++, {
          scope: enumCode('scope', s.scope),
          shareType: enumCode('shareType', s.shareType),
          formatClass: enumCode('formatClass', s.formatClass),
          state: enumCode('state', s.state),
          classification: dict.classification.get(s.classification) ?? 0,
          provider: dict.provider.get(s.provider) ?? 0,
        });
        docs.push(id, s.scope, s.entityId, s.code, s.name, s.provider, s.shareType, s.formatClass, s.classification, s.state);
        const items = s.itemNames.join(ITEM_SEPARATOR);
        const nameKeys = keysOf(s.name);
        const itemKeys = s.itemNames.map(keysOf);
        const name = both(nameKeys);
        // Trigrams: the texts and the name's initials and full spelling (renkou in 常住人口统计).
        // Items' initials have a table of their own, every run a token (as trigrams, those of the
        // commonest item names made an initials query read a sixth of the catalogue, several
        // times over); items' full spellings are words in the CJK table.
        trigram.push(id, s.name, name, items, '', s.summary);
        // Words: initials and full spellings of the name and of every item, for prefixes (xingming, qy).
        cjk.push(id, segmentForIndex(s.name), name, segmentForIndex(items), itemKeys.map(both).filter(Boolean).join(' '), segmentForIndex(s.summary));
        // The name alone, with its initials and full spelling: the name matches of a query.
        names.push(id, s.name, name);
        initials.push(id, runsOf(itemKeys.map((k) => k.initials)));
      }
      await tx.run(`INSERT INTO search_docs (${DOC_COLUMNS.join(',')}) VALUES ${valuesPlaceholders(batch.length, DOC_COLUMNS.length)}`, docs);
      const fts = valuesPlaceholders(batch.length, FTS_COLUMNS.length);
      await tx.run(`INSERT INTO search_trigram (${FTS_COLUMNS.join(',')}) VALUES ${fts}`, trigram);
      await tx.run(`INSERT INTO search_cjk (${FTS_COLUMNS.join(',')}) VALUES ${fts}`, cjk);
      await tx.run(`INSERT INTO search_names (${NAME_COLUMNS.join(',')}) VALUES ${valuesPlaceholders(batch.length, NAME_COLUMNS.length)}`, names);
      await tx.run(`INSERT INTO search_initials (${INITIALS_COLUMNS.join(',')}) VALUES ${valuesPlaceholders(batch.length, INITIALS_COLUMNS.length)}`, initials);
    }
  };
}

/**
 * The highest doc sequence number whose doc id a JS number still holds exactly. Every re-index
 * takes new numbers (16.7 million of them: decades of pulls), so when they run out the index is
 * emptied and every entry queued again, to be numbered from 1.
 */
export const MAX_SEQ = Math.floor(Number.MAX_SAFE_INTEGER / SEQ_UNIT);

async function renumberLater(tx: Tx): Promise<void> {
  for (const t of FTS_TABLES) await tx.run(`INSERT INTO ${t} (${t}) VALUES ('delete-all')`);
  await tx.run('DELETE FROM search_docs');
  await tx.run('INSERT OR IGNORE INTO search_rebuild (entity_id) SELECT id FROM shared_catalogue_entries');
  await tx.run('INSERT OR IGNORE INTO search_pending (entity_id) SELECT id FROM catalogue_entries');
}

/** Removes the documents of these entities from every search table. */
export async function unindexDocs(tx: Tx, scope: 'own' | 'shared', entityIds: readonly string[]): Promise<void> {
  for (let start = 0; start < entityIds.length; start += ID_CHUNK) {
    const chunk = entityIds.slice(start, start + ID_CHUNK);
    const rows = await tx.all<{ doc_id: number }>(
      `SELECT doc_id FROM search_docs WHERE scope = ? AND entity_id IN (${chunk.map(() => '?').join(',')})`,
      [scope, ...chunk],
    );
    if (rows.length === 0) continue;
    const docIds = rows.map((r) => r.doc_id);
    const list = docIds.map(() => '?').join(',');
    for (const t of FTS_TABLES) await tx.run(`DELETE FROM ${t} WHERE rowid IN (${list})`, docIds);
    await tx.run(`DELETE FROM search_docs WHERE doc_id IN (${list})`, docIds);
  }
}

/** Removes every document of a scope (a full resync of the shared catalogue). */
export async function unindexScope(tx: Tx, scope: 'own' | 'shared'): Promise<void> {
  const docs = 'SELECT doc_id FROM search_docs WHERE scope = ?';
  for (const t of FTS_TABLES) await tx.run(`DELETE FROM ${t} WHERE rowid IN (${docs})`, [scope]);
  await tx.run('DELETE FROM search_docs WHERE scope = ?', [scope]);
}
