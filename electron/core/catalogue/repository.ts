import { randomUUID } from 'node:crypto';
import type { Entry, EntryValues } from '@shared/domain/entry';
import { normaliseResourceCode, parseCode, renderCode, sequenceText } from '@shared/domain/code';
import { EDITABLE_STATES, stateAfterEdit } from '@shared/domain/states';
import { normaliseCode } from '@shared/ids/uscc';
import { AppError } from '@shared/ipc/errors';
import type { JurisdictionProfile } from '@shared/profiles/types';
import { valuesPlaceholders, type SqlValue } from '../db/connection';
import { insertRowsAsJson, pipeline } from '../db/bulk';
import type { Tx } from '../db/database';
import { getProfile, isProfileId } from '@shared/profiles';
import { ENTRY_VALUE_COLUMNS, ITEM_COLUMNS, entryFromRow, entryValues, itemValues, type EntryRow, type ItemRow } from './rows';
import { REVISION_COLUMNS, keepCurrent, recordRevision, revisionValues } from './revisions';

export { allEntries, getEntry, listEntries } from './read';

/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters for 13 columns. */
const ITEM_BATCH = 500;
/** SQLite's bound on parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_PARAMS = 32_766;
/** Entries per code lookup of `createEntries`. */
const ENTRY_BATCH = 500;
/** Entries per group of INSERTs of `createEntries`: small, so that building the next overlaps them. */
const INSERT_CHUNK = 100;

/** States in which an entry is still only local and may be deleted rather than retired. */
export const DELETABLE_STATES: readonly Entry['state'][] = ['draft', 'ready', 'returned'];

/** Whose catalogue this is: the department code fills the provider part of rendered codes. */
export interface Owner {
  departmentCode: string;
  profile: JurisdictionProfile;
}

/** Who saves, and how the revision names the save (`catalogue.update`, `catalogue.restore:r3`, an import…). */
export interface SaveOptions {
  actor?: string;
  action?: string;
  /** The workspace's profile; read from the workspace row when not given. */
  profile?: JurisdictionProfile;
}

/** What `createEntries` may take from elsewhere: the platform's ids and state for entries it already published. */
export interface CreateOptions extends SaveOptions {
  /** The ids of the new entries, in input order (default: new random ids). */
  ids?: readonly string[];
  /** The state they start in (default draft). */
  state?: Entry['state'];
  /** When each entry was made, in input order (default: `now`): its created and updated time. */
  dated?: readonly string[];
}

async function ownerOf(tx: Tx, departmentCode: string | undefined, opts: SaveOptions): Promise<Owner> {
  const row = await tx.get<{ profile_id: string; department_code: string }>('SELECT profile_id, department_code FROM workspace WHERE id = 1');
  const profile = opts.profile ?? getProfile(row && isProfileId(row.profile_id) ? row.profile_id : 'national');
  return { departmentCode: departmentCode ?? row?.department_code ?? '', profile };
}

export async function insertItems(tx: Tx, entryId: string, items: EntryValues['items']): Promise<void> {
  for (let start = 0; start < items.length; start += ITEM_BATCH) {
    const batch = items.slice(start, start + ITEM_BATCH);
    const params = batch.flatMap((item, i) => itemValues(entryId, start + i + 1, item));
    await tx.run(
      `INSERT INTO data_items (${ITEM_COLUMNS.join(',')}) VALUES ${valuesPlaceholders(batch.length, ITEM_COLUMNS.length)}`,
      params,
    );
  }
}

interface CodeRow {
  code: string;
  sequence: number;
  code_sequence: string | null;
  code_explicit: number;
  code_provider: string | null;
}

interface AssignedCode {
  code: string;
  provider: string | null;
  sequence: string;
  explicit: boolean;
  values: EntryValues;
}

/**
 * The 信息资源代码 of a save. A code given by the caller that differs from the stored one is taken
 * as is (imported or legacy) and split into parts; the stored explicit code is kept while the caller
 * sends it back unchanged; otherwise the code is rendered from classification, provider and 顺序码.
 */
function assignCode(values: EntryValues, owner: Owner, serial: number, existing?: CodeRow): AssignedCode {
  const format = owner.profile.codeFormat;
  const scheme = values.classification?.scheme ?? owner.profile.classifications[0] ?? 'national1272';
  const given = values.code ? normaliseResourceCode(values.code) : undefined;
  if (given && existing?.code_explicit && given === existing.code) {
    return { code: existing.code, provider: existing.code_provider, sequence: existing.code_sequence ?? '', explicit: true, values };
  }
  if (given && given !== existing?.code) {
    const parsed = parseCode(given, format, scheme);
    const classification = values.classification ?? parsed.classification;
    return {
      code: parsed.text,
      provider: parsed.providerCode ?? null,
      sequence: parsed.sequence,
      explicit: true,
      values: classification ? { ...values, classification } : values,
    };
  }
  const provider = values.providerCode ? normaliseCode(values.providerCode) : owner.departmentCode;
  const sequence = existing && !existing.code_explicit && existing.code_sequence ? existing.code_sequence : sequenceText(serial, format);
  const code = renderCode({ classification: values.classification, providerCode: provider, sequence }, format);
  return { code, provider, sequence, explicit: false, values };
}

async function requireFreeCode(tx: Tx, code: string, id: string): Promise<void> {
  const taken = await tx.get<{ id: string }>('SELECT id FROM catalogue_entries WHERE code = ? AND id <> ?', [code, id]);
  if (taken) throw new AppError('VALIDATION', {}, [{ path: 'entry.code', code: 'catalogue.validation.codeTaken', params: { code } }]);
}

const CODE_COLUMNS = ['code', 'code_provider', 'code_sequence', 'code_explicit', 'code_confirmed'] as const;
const codeValues = (a: AssignedCode) => [a.code, a.provider, a.sequence, a.explicit ? 1 : 0, a.values.codeConfirmed ? 1 : 0];

/**
 * Inserts a new entry (state draft, revision 1) and records that revision. Importers call this
 * inside their own transaction; the caller writes the audit record.
 */
export async function createEntry(tx: Tx, input: EntryValues, departmentCode: string, now: string, opts: SaveOptions = {}): Promise<string> {
  const owner = await ownerOf(tx, departmentCode, opts);
  const id = randomUUID();
  const next = await tx.get<{ seq: number }>('SELECT coalesce(max(sequence), 0) + 1 AS seq FROM catalogue_entries');
  const serial = next?.seq ?? 1;
  const assigned = assignCode(input, owner, serial);
  await requireFreeCode(tx, assigned.code, id);
  const cols = ['id', 'sequence', ...CODE_COLUMNS, ...ENTRY_VALUE_COLUMNS, 'state', 'revision', 'created_at', 'updated_at'];
  await tx.run(`INSERT INTO catalogue_entries (${cols.join(',')}) VALUES ${valuesPlaceholders(1, cols.length)}`, [
    id,
    serial,
    ...codeValues(assigned),
    ...entryValues(assigned.values),
    'draft',
    1,
    now,
    now,
  ]);
  await insertItems(tx, id, assigned.values.items);
  await recordRevision(tx, id, { action: opts.action ?? 'catalogue.create', actor: opts.actor ?? 'local', at: now });
  return id;
}

const NEW_ENTRY_COLUMNS = ['id', 'sequence', ...CODE_COLUMNS, ...ENTRY_VALUE_COLUMNS, 'state', 'revision', 'created_at', 'updated_at'] as const;

/** Runs `INSERT INTO table (columns) VALUES …` over `rows` in statements under SQLite's parameter bound. */
async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void> {
  const per = Math.floor(MAX_PARAMS / columns.length);
  for (let start = 0; start < rows.length; start += per) {
    const batch = rows.slice(start, start + per);
    await tx.run(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${valuesPlaceholders(batch.length, columns.length)}`, batch.flat());
  }
}

const codeTaken = (code: string) =>
  new AppError('VALIDATION', {}, [{ path: 'entry.code', code: 'catalogue.validation.codeTaken', params: { code } }]);

/**
 * Does what `inputs.length` calls of `createEntry` in a row do — the same sequence numbers, codes,
 * code checks (failing on the same entry with the same error), rows, items and revision 1 snapshots
 * — with one code lookup and multi-row INSERTs per batch instead of ~9 statements per entry. The
 * snapshot is built from the values written, through the same `entryFromRow` that `getEntry` uses.
 * Returns the new ids in input order; the caller writes the audit records.
 */
export async function createEntries(
  tx: Tx,
  inputs: readonly EntryValues[],
  departmentCode: string,
  now: string,
  opts: CreateOptions = {},
): Promise<string[]> {
  if (inputs.length === 0) return [];
  if (opts.ids && opts.ids.length !== inputs.length) throw new Error('createEntries: one id per input');
  if (opts.dated && opts.dated.length !== inputs.length) throw new Error('createEntries: one date per input');
  const owner = await ownerOf(tx, departmentCode, opts);
  const next = await tx.get<{ seq: number }>('SELECT coalesce(max(sequence), 0) + 1 AS seq FROM catalogue_entries');
  const first = next?.seq ?? 1;
  // Codes are assigned in order; an input whose code cannot be assigned fails only after the codes
  // before it were checked, as it would in a row of `createEntry` calls.
  const assigned: AssignedCode[] = [];
  let failure: { error: unknown } | undefined;
  for (const input of inputs) {
    try {
      assigned.push(assignCode(input, owner, first + assigned.length));
    } catch (error) {
      failure = { error };
      break;
    }
  }
  const taken = new Set<string>();
  for (let start = 0; start < assigned.length; start += ENTRY_BATCH) {
    const codes = [...new Set(assigned.slice(start, start + ENTRY_BATCH).map((a) => a.code))];
    const rows = await tx.all<{ code: string }>(`SELECT code FROM catalogue_entries WHERE code IN (${codes.map(() => '?').join(',')})`, codes);
    for (const r of rows) taken.add(r.code);
  }
  const seen = new Set<string>();
  for (const a of assigned) {
    if (taken.has(a.code) || seen.has(a.code)) throw codeTaken(a.code);
    seen.add(a.code);
  }
  if (failure) throw failure.error;

  const meta = { action: opts.action ?? 'catalogue.create', actor: opts.actor ?? 'local', at: now };
  // Random ids handed out in ascending order: the rows of the batch then go into the id-keyed
  // B-trees (entries' id, items' and revisions' primary keys) one after another instead of at
  // random places — far fewer page splits. The ids are as random as before.
  const ids = opts.ids ? [...opts.ids] : assigned.map(() => randomUUID()).sort();
  const state = opts.state ?? 'draft';
  // One statement in flight while the rows of the next are built: SQLite works on its own thread,
  // so building and inserting overlap. Statements still run one after another, in order.
  const writes = pipeline();
  const send = (table: string, columns: readonly string[], rows: SqlValue[][], insert = insertRows) => writes.send(() => insert(tx, table, columns, rows));
  try {
    for (let start = 0; start < assigned.length; start += INSERT_CHUNK) {
      const chunk = assigned.slice(start, start + INSERT_CHUNK).map((a, i) => {
        const id = ids[start + i] as string;
        const at = opts.dated?.[start + i] ?? now;
        const values = [id, first + start + i, ...codeValues(a), ...entryValues(a.values), state, 1, at, at];
        return { values, items: a.values.items.map((item, p) => itemValues(id, p + 1, item)) };
      });
      await send('catalogue_entries', NEW_ENTRY_COLUMNS, chunk.map((c) => c.values), insertRowsAsJson);
      await send('data_items', ITEM_COLUMNS, chunk.flatMap((c) => c.items), insertRowsAsJson);
      const revisions = chunk.map((c) => revisionValues(entryFromRow(rowObject(NEW_ENTRY_COLUMNS, c.values) as EntryRow, c.items.map((v) => rowObject(ITEM_COLUMNS, v) as unknown as ItemRow)), meta));
      await send('catalogue_revisions', REVISION_COLUMNS, revisions);
    }
  } finally {
    // Never leave a statement running past the transaction (a rollback must come after it).
    await writes.settle();
  }
  await writes.drain();
  return ids;
}

/** The row as `SELECT *` would give it, from the values of an INSERT in `columns` order. */
function rowObject(columns: readonly string[], values: readonly SqlValue[]): Record<string, SqlValue | undefined> {
  const row: Record<string, SqlValue | undefined> = {};
  for (let k = 0; k < columns.length; k++) row[columns[k] as string] = values[k];
  return row;
}

/** The current revision and state, or NOT_FOUND; a stale `revision` is a CONFLICT, never overwritten. */
export async function requireCurrent(tx: Tx, id: string, revision: number | undefined): Promise<EntryRow> {
  const row = await tx.get<EntryRow>('SELECT * FROM catalogue_entries WHERE id = ?', [id]);
  if (!row) throw new AppError('NOT_FOUND');
  if (revision !== undefined && row.revision !== revision) throw new AppError('CONFLICT', { current: row.revision, yours: revision });
  return row;
}

/**
 * Replaces the entry's values if `revision` is still current and its state allows editing, keeping
 * the version it replaces and recording the new one (both in the caller's transaction).
 */
export async function updateEntry(tx: Tx, id: string, revision: number, input: EntryValues, now: string, opts: SaveOptions = {}): Promise<void> {
  const current = await requireCurrent(tx, id, revision);
  if (!EDITABLE_STATES.includes(current.state)) throw new AppError('STATE_FORBIDS', { state: current.state });
  const owner = await ownerOf(tx, undefined, opts);
  const meta = { action: opts.action ?? 'catalogue.update', actor: opts.actor ?? 'local', at: now };
  await keepCurrent(tx, id, meta);
  const assigned = assignCode(input, owner, current.sequence, current);
  await requireFreeCode(tx, assigned.code, id);
  const cols = [...CODE_COLUMNS, ...ENTRY_VALUE_COLUMNS];
  const sets = cols.map((c) => `${c} = ?`).join(', ');
  await tx.run(`UPDATE catalogue_entries SET ${sets}, state = ?, revision = revision + 1, updated_at = ? WHERE id = ?`, [
    ...codeValues(assigned),
    ...entryValues(assigned.values),
    stateAfterEdit(current.state),
    now,
    id,
  ]);
  await tx.run('DELETE FROM data_items WHERE entry_id = ?', [id]);
  await insertItems(tx, id, assigned.values.items);
  await recordRevision(tx, id, meta);
}

export async function deleteEntry(tx: Tx, id: string, revision: number | undefined): Promise<string> {
  const current = await requireCurrent(tx, id, revision);
  if (!DELETABLE_STATES.includes(current.state)) throw new AppError('STATE_FORBIDS', { state: current.state });
  await tx.run('DELETE FROM catalogue_entries WHERE id = ?', [id]);
  return current.name;
}

