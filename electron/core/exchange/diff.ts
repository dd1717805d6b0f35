import { entryInputSchema, type Entry, type EntryValues } from '@shared/domain/entry';
import { EDITABLE_STATES } from '@shared/domain/states';
import { classificationCode } from '@shared/domain/classification';
import type { ImportIssue } from '@shared/exchange/grid';
import type { ParsedEntry } from '@shared/exchange/parse';
import type { Reader } from '../db/database';
import { getEntry } from '../catalogue/public';


/** Fields of an Entry that are bookkeeping, not values the file can carry. */
const META = new Set(['id', 'code', 'state', 'revision', 'createdAt', 'updatedAt', 'items']);

export interface PlannedEntry {
  parsed: ParsedEntry;
  status: 'added' | 'changed' | 'unchanged' | 'invalid';
  id?: string;
  revision?: number;
  /** What to save: the file's values over the workspace's, for the fields the file has columns for. */
  values?: EntryValues;
  changes: string[];
}

export interface Plan {
  entries: PlannedEntry[];
  issues: ImportIssue[];
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return (a ?? undefined) === (b ?? undefined);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The file's values laid over the workspace entry: fields the file has no column for (extensions
 * another template does not carry) keep their workspace values, item by item matched on name.
 */
function overlay(existing: Entry, imported: EntryValues, covered: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(existing)) if (!META.has(k)) out[k] = v;
  // Sent back unchanged, an explicit (imported) code stays; a rendered one is rendered again.
  out.code = existing.code;
  for (const k of covered) if (k.startsWith('entry.')) out[k.slice(6)] = (imported as Record<string, unknown>)[k.slice(6)];
  // The file carries the classification as a code: the same code keeps the entry's own tree.
  if (existing.classification && imported.classification && classificationCode(existing.classification) === classificationCode(imported.classification)) {
    out.classification = existing.classification;
  }
  const unused = [...existing.items];
  out.items = imported.items.map((item) => {
    const at = unused.findIndex((e) => e.name === item.name);
    const base = at >= 0 ? (unused.splice(at, 1)[0] as Record<string, unknown>) : {};
    const merged: Record<string, unknown> = { ...base };
    for (const k of covered) if (k.startsWith('item.')) merged[k.slice(5)] = (item as Record<string, unknown>)[k.slice(5)];
    merged.name = item.name;
    return merged;
  });
  return out;
}

function changedFields(existing: Entry, next: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(existing), ...Object.keys(next)].filter((k) => !META.has(k)));
  const changes = [...keys].filter((k) => !same((existing as Record<string, unknown>)[k], next[k]));
  if (!same(existing.items, next.items)) changes.push('items');
  return changes;
}

/**
 * Matches each parsed entry to the workspace (by code, else by a unique name) and says what an
 * import would do with it. Reads only: runs on the reader for a preview and on the transaction
 * for the apply, so the apply acts on what is there at that moment.
 */
export async function planImport(db: Reader, parsed: readonly ParsedEntry[], covered: ReadonlySet<string>): Promise<Plan> {
  const rows = await db.all<{ id: string; code: string; name: string }>('SELECT id, code, name FROM catalogue_entries');
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r.id]);
  const claimed = new Map<string, number>();
  const issues: ImportIssue[] = [];
  const entries: PlannedEntry[] = [];
  for (const p of parsed) {
    if (!p.values) {
      entries.push({ parsed: p, status: 'invalid', changes: [] });
      continue;
    }
    const named = byName.get(p.name);
    const id = (p.code ? byCode.get(p.code) : undefined) ?? (named?.length === 1 ? named[0] : undefined);
    if (!id) {
      entries.push({ parsed: p, status: 'added', values: p.values, changes: [] });
      continue;
    }
    const first = p.rows[0] ?? 0;
    const other = claimed.get(id);
    if (other !== undefined) {
      const issue = { sheet: p.sheet, row: first, column: '', code: 'exchange.duplicateMatch', params: { row: other } };
      issues.push(issue);
      entries.push({ parsed: { ...p, issues: [...p.issues, issue] }, status: 'invalid', changes: [] });
      continue;
    }
    claimed.set(id, first);
    const existing = await getEntry(db, id);
    const next = overlay(existing, p.values, covered);
    const checked = entryInputSchema.safeParse(next);
    if (!checked.success) {
      // The file's values fit together, but not with a field the file does not carry.
      const issue = { sheet: p.sheet, row: first, column: '', code: 'exchange.incomplete' };
      issues.push(issue);
      entries.push({ parsed: { ...p, issues: [...p.issues, issue] }, status: 'invalid', id, changes: [] });
      continue;
    }
    const changes = changedFields(existing, checked.data as Record<string, unknown>);
    if (changes.length && !EDITABLE_STATES.includes(existing.state)) {
      // A submitted or published entry changes only through 变更 (state changing), never by import.
      const issue = { sheet: p.sheet, row: first, column: '', code: 'exchange.notEditable', params: { state: existing.state } };
      issues.push(issue);
      entries.push({ parsed: { ...p, issues: [...p.issues, issue] }, status: 'invalid', id, changes });
      continue;
    }
    entries.push({
      parsed: p,
      status: changes.length ? 'changed' : 'unchanged',
      id,
      revision: existing.revision,
      values: checked.data,
      changes,
    });
  }
  return { entries, issues };
}
