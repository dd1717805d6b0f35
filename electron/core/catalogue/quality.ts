import type { Entry } from '@shared/domain/entry';
import { translate, type Locale } from '@shared/i18n/messages';
import type { QualityIssueView } from '@shared/ipc/channels/catalogue';
import {
  catalogueScore,
  checkDraft,
  checkEntry,
  entryScore,
  indexSharedItems,
  issueMessageKey,
  type QualityContext,
  type QualityIssue,
  type SharedItemRef,
} from '@shared/quality';
import type { JurisdictionProfile } from '@shared/profiles/types';
import type { Reader } from '../db/database';
import { allEntries, getEntry } from './read';

/**
 * The quality checks against the workspace: the catalogue's other entries for duplicates, and —
 * when sync has created them — the cached shared-catalogue tables for 一数一源.
 */

export interface Department {
  departmentCode: string;
  departmentName: string;
  profile: JurisdictionProfile;
}

async function tableExists(db: Reader, name: string): Promise<boolean> {
  const row = await db.get<{ n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?", [name]);
  return (row?.n ?? 0) > 0;
}

/** Max bound parameters per lookup: far below SQLite's limit. */
const NAME_BATCH = 900;

/**
 * Shared items whose names equal one of `names` (raw, trimmed or NFKC-folded), from other providers.
 * Empty before the shared-catalogue migration exists, so the check works before and after sync lands.
 */
export async function sharedItemsNamed(db: Reader, names: Iterable<string>, departmentCode: string): Promise<SharedItemRef[]> {
  if (!(await tableExists(db, 'shared_catalogue_items')) || !(await tableExists(db, 'shared_catalogue_entries'))) return [];
  const variants = new Set<string>();
  for (const n of names) for (const v of [n, n.trim(), n.normalize('NFKC').trim()]) if (v) variants.add(v);
  const list = [...variants];
  const out: SharedItemRef[] = [];
  for (let i = 0; i < list.length; i += NAME_BATCH) {
    const batch = list.slice(i, i + NAME_BATCH);
    const rows = await db.all<{ item: string; entry: string; provider: string; provider_code: string | null }>(
      `SELECT i.name AS item, e.name AS entry, e.provider AS provider, e.provider_code AS provider_code
         FROM shared_catalogue_items i JOIN shared_catalogue_entries e ON e.id = i.entry_id
        WHERE i.name IN (${batch.map(() => '?').join(',')}) AND coalesce(e.provider_code, '') <> ?
        ORDER BY e.name`,
      [...batch, departmentCode],
    );
    for (const r of rows) out.push({ itemName: r.item, entryName: r.entry, provider: r.provider, ...(r.provider_code ? { providerCode: r.provider_code } : {}) });
  }
  return out;
}

export function viewIssues(issues: QualityIssue[], locale: Locale): QualityIssueView[] {
  return issues.map((i) => {
    const key = i.code === 'sensitiveItem' ? `catalogue.quality.sensitiveItem.${String(i.params?.kind)}` : issueMessageKey(i);
    return { ...i, message: translate(key, locale, i.params) };
  });
}

export interface EntryQuality {
  id?: string;
  name: string;
  issues: QualityIssue[];
  score: number;
}

type Named = Pick<Entry, 'id' | 'name'> & { code?: string; state?: Entry['state'] };

/**
 * The department's entries in the cached shared catalogue that the workspace does not hold (yet):
 * published on the platform, so their names are taken too.
 */
async function publishedElsewhere(db: Reader, departmentCode: string): Promise<Named[]> {
  if (!departmentCode || !(await tableExists(db, 'shared_catalogue_entries'))) return [];
  return db.all<Named>(
    "SELECT s.id, s.name, 'published' AS state FROM shared_catalogue_entries s WHERE s.provider_code = ? AND s.id NOT IN (SELECT id FROM catalogue_entries)",
    [departmentCode],
  );
}

async function context(db: Reader, dept: Department, entries: Named[], items: Iterable<string>): Promise<QualityContext> {
  const all = [...entries, ...(await publishedElsewhere(db, dept.departmentCode))];
  return {
    profile: dept.profile,
    departmentCode: dept.departmentCode,
    departmentName: dept.departmentName,
    others: all.map((e) => ({ id: e.id, name: e.name, code: e.code, ...(e.state === 'published' ? { published: true } : {}) })),
    sharedItems: indexSharedItems(await sharedItemsNamed(db, items, dept.departmentCode)),
  };
}

/** Names and codes of the whole catalogue: what duplicate checks compare against. */
async function catalogueNames(db: Reader): Promise<Named[]> {
  return db.all<Named>('SELECT id, name, code, state FROM catalogue_entries');
}

/** Checks saved entries: one (`only`) or all, each against the whole catalogue. */
export async function checkSaved(db: Reader, dept: Department, only?: string): Promise<EntryQuality[]> {
  const entries = only ? await catalogueNames(db) : await allEntries(db);
  const targets = only ? [await getEntry(db, only)] : (entries as Entry[]);
  const ctx = await context(db, dept, entries, targets.flatMap((e) => e.items.map((i) => i.name)));
  return targets.map((e) => {
    const issues = checkEntry(e, ctx);
    return { id: e.id, name: e.name, issues, score: entryScore(issues) };
  });
}

/** Checks an unsaved draft against the saved catalogue. */
export async function checkUnsaved(db: Reader, dept: Department, raw: unknown): Promise<EntryQuality> {
  const entries = await catalogueNames(db);
  const rawItems = (raw as { items?: unknown } | null)?.items;
  const names = Array.isArray(rawItems) ? rawItems.map((i) => (i as { name?: unknown })?.name).filter((n): n is string => typeof n === 'string') : [];
  const issues = checkDraft(raw, await context(db, dept, entries, names));
  const name = typeof (raw as { name?: unknown } | null)?.name === 'string' ? (raw as { name: string }).name : '';
  const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : undefined;
  return { ...(id ? { id } : {}), name, issues, score: entryScore(issues) };
}

export { catalogueScore };
