import type { ConflictView } from '@shared/ipc/channels/sync';
import { formatValue } from '../catalogue/history/format';

export interface ConflictRow {
  field: string;
  mine: unknown;
  theirs: unknown;
  /** One of the conflict's `fields`: what a per-field merge chooses among. */
  differs: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An operation's payload as fields: `{code, entry: {…}}` (a catalogue submission) reads as the
 * entry's fields plus `code`, the way the core names the fields of a conflict; other payloads as they are.
 */
export function payloadFields(payload: unknown): Record<string, unknown> {
  if (!isRecord(payload)) return {};
  const { entry, ...rest } = payload;
  return isRecord(entry) ? { ...rest, ...entry } : payload;
}

/** Mine and theirs side by side, field by field: the differing ones first, in the core's order. */
export function conflictRows(conflict: Pick<ConflictView, 'mine' | 'theirs' | 'fields'>): ConflictRow[] {
  const mine = payloadFields(conflict.mine);
  const theirs = payloadFields(conflict.theirs.value);
  const differing = conflict.fields.map((field) => ({ field, mine: mine[field], theirs: theirs[field], differs: true }));
  const same = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])]
    .filter((f) => !conflict.fields.includes(f))
    .map((field) => ({ field, mine: mine[field], theirs: theirs[field], differs: false }));
  return [...differing, ...same];
}

/** A value as a cell shows it: data items by name, other lists and objects compactly. */
export function displayValue(value: unknown, separator: string): string {
  if (Array.isArray(value) && value.every((v) => isRecord(v) && typeof v.name === 'string')) {
    return value.map((v) => String((v as { name: string }).name)).join(separator) || '—';
  }
  if (isRecord(value) && Object.values(value).every((v) => typeof v === 'string')) return Object.values(value).join(' / ');
  return formatValue(value, separator);
}

/** What the officer would call an operation's entity: the entry's name when a payload has one, else its id. */
export function entityName(payloads: unknown[], entityId: string): string {
  for (const p of payloads) {
    const name = payloadFields(p).name;
    if (typeof name === 'string' && name) return name;
  }
  return entityId;
}

export function conflictTitle(conflict: Pick<ConflictView, 'mine' | 'theirs' | 'entityId'>): string {
  return entityName([conflict.mine, conflict.theirs.value], conflict.entityId);
}
