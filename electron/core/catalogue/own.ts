import type { EntryValues } from '@shared/domain/entry';
import type { ChangeOf, SharedEntry } from '@shared/protocol/index';
import { appendAudits, type AuditEntry } from '../audit/audit';
import type { Tx } from '../db/database';
import { setPlatformRevisions, type ApplyMeta } from '../sync/public';
import { createEntries } from './repository';

/** The entity type of a catalogue entry in sync's bookkeeping and the audit log. */
const ENTRY = 'catalogue_entry';
const ID_CHUNK = 500;

/** What the platform adds to an entry when it publishes it; the rest are the entry's own values. */
const PLATFORM_FIELDS = new Set(['id', 'revision', 'departmentCode', 'departmentName', 'publishedAt']);

/** The entry's values as the workspace keeps them (its code included, taken as is). */
export function ownValues(entry: SharedEntry): EntryValues {
  return Object.fromEntries(Object.entries(entry).filter(([k]) => !PLATFORM_FIELDS.has(k))) as EntryValues;
}

async function localIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let s = 0; s < ids.length; s += ID_CHUNK) {
    const chunk = ids.slice(s, s + ID_CHUNK);
    const rows = await tx.all<{ id: string }>(`SELECT id FROM catalogue_entries WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk);
    for (const r of rows) out.add(r.id);
  }
  return out;
}

export interface OwnPullResult {
  added: string[];
  /** Entries that could not be kept (a code taken by a local entry, a code the profile cannot read). */
  skipped: { id: string; name: string; reason: string }[];
}

/**
 * The department's own published entries from the platform (`ownEntry.upsert`): an entry the
 * workspace does not have yet becomes a local entry in state `published`, with the platform's id,
 * code and revision, so the officer changes what exists instead of retyping it. An entry the
 * workspace already has is the workspace's own business (its state, its edits, its review results
 * come through `review.result`), so it is left as it is.
 */
export async function applyOwnEntries(tx: Tx, changes: readonly ChangeOf<'ownEntry.upsert'>[], meta: ApplyMeta): Promise<OwnPullResult> {
  const latest = new Map<string, SharedEntry>();
  for (const { entry } of changes) {
    // Only the workspace's department: the platform sends no other, and none is taken if it did.
    if (entry.departmentCode !== meta.departmentCode) continue;
    const seen = latest.get(entry.id);
    if (!seen || seen.revision < entry.revision) latest.set(entry.id, entry);
  }
  const have = await localIds(tx, [...latest.keys()]);
  const fresh = [...latest.values()].filter((e) => !have.has(e.id));
  const result: OwnPullResult = { added: [], skipped: [] };
  if (!fresh.length) return result;
  const opts = { actor: meta.actor, action: 'sync.pulled', state: 'published' as const };
  try {
    // Nothing is written before a code is refused, so a refused batch is taken again one by one.
    // An entry pulled is as old as its publication, not as the pull: lists by date keep the
    // officer's own recent work first.
    await createEntries(tx, fresh.map(ownValues), meta.departmentCode, meta.at, { ...opts, ids: fresh.map((e) => e.id), dated: fresh.map((e) => e.publishedAt) });
    result.added = fresh.map((e) => e.id);
  } catch {
    for (const e of fresh) {
      try {
        await createEntries(tx, [ownValues(e)], meta.departmentCode, meta.at, { ...opts, ids: [e.id], dated: [e.publishedAt] });
        result.added.push(e.id);
      } catch (err) {
        result.skipped.push({ id: e.id, name: e.name, reason: (err as Error).message });
      }
    }
  }
  const added = new Set(result.added);
  const kept = fresh.filter((e) => added.has(e.id));
  await setPlatformRevisions(tx, ENTRY, kept.map((e) => [e.id, e.revision]));
  const audits: AuditEntry[] = [
    ...kept.map((e) => ({ actor: meta.actor, at: meta.at, action: 'catalogue.pulled', entityType: ENTRY, entityId: e.id, summary: `${e.code} ${e.name} r${e.revision}` })),
    ...result.skipped.map((s) => ({ actor: meta.actor, at: meta.at, action: 'catalogue.pullSkipped', entityType: ENTRY, entityId: s.id, summary: `${s.name}: ${s.reason}`.slice(0, 1000) })),
  ];
  await appendAudits(tx, audits);
  meta.changed({ entity: 'catalogue', action: 'sync' });
  return result;
}
