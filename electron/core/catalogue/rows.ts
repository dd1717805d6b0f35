import type { DataItem, Entry, EntrySummary, EntryValues } from '@shared/domain/entry';
import type { SqlValue } from '../db/connection';

/** Column names of catalogue_entries in the order `entryColumns()` returns values. */
export const ENTRY_VALUE_COLUMNS = [
  'name',
  'kind',
  'provider',
  'provider_unit',
  'provider_code',
  'summary',
  'format_class',
  'format_type',
  'share_type',
  'share_condition',
  'share_method_class',
  'share_method_type',
  'open_type',
  'open_condition',
  'update_cycle',
  'published_on',
] as const;

export function entryValues(e: EntryValues): SqlValue[] {
  return [
    e.name,
    e.kind,
    e.provider,
    e.providerUnit ?? null,
    e.providerCode ?? null,
    e.summary,
    e.formatClass,
    e.formatType,
    e.shareType,
    e.shareCondition ?? null,
    e.shareMethodClass ?? null,
    e.shareMethodType ?? null,
    e.openType,
    e.openCondition ?? null,
    e.updateCycle,
    e.publishedOn ?? null,
  ];
}

export const ITEM_COLUMNS = [
  'entry_id',
  'position',
  'name',
  'name_en',
  'type',
  'length',
  'share_type',
  'share_condition',
  'open_type',
  'open_condition',
] as const;

export function itemValues(entryId: string, position: number, i: DataItem): SqlValue[] {
  return [
    entryId,
    position,
    i.name,
    i.nameEn ?? null,
    i.type,
    i.length ?? null,
    i.shareType ?? null,
    i.shareCondition ?? null,
    i.openType ?? null,
    i.openCondition ?? null,
  ];
}

export interface EntryRow {
  id: string;
  code: string;
  name: string;
  kind: Entry['kind'];
  provider: string;
  provider_unit: string | null;
  provider_code: string | null;
  summary: string;
  format_class: Entry['formatClass'];
  format_type: string;
  share_type: Entry['shareType'];
  share_condition: string | null;
  share_method_class: Entry['shareMethodClass'] | null;
  share_method_type: Entry['shareMethodType'] | null;
  open_type: Entry['openType'];
  open_condition: string | null;
  update_cycle: Entry['updateCycle'];
  published_on: string | null;
  state: Entry['state'];
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface ItemRow {
  name: string;
  name_en: string | null;
  type: DataItem['type'];
  length: string | null;
  share_type: DataItem['shareType'] | null;
  share_condition: string | null;
  open_type: DataItem['openType'] | null;
  open_condition: string | null;
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** Builds the object without absent keys, so it equals what was saved. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function itemFromRow(r: ItemRow): DataItem {
  return compact({
    name: r.name,
    nameEn: opt(r.name_en),
    type: r.type,
    length: opt(r.length),
    shareType: opt(r.share_type),
    shareCondition: opt(r.share_condition),
    openType: opt(r.open_type),
    openCondition: opt(r.open_condition),
  });
}

export function entryFromRow(r: EntryRow, items: ItemRow[]): Entry {
  return compact({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    provider: r.provider,
    providerUnit: opt(r.provider_unit),
    providerCode: opt(r.provider_code),
    summary: r.summary,
    formatClass: r.format_class,
    formatType: r.format_type,
    shareType: r.share_type,
    shareCondition: opt(r.share_condition),
    shareMethodClass: opt(r.share_method_class),
    shareMethodType: opt(r.share_method_type),
    openType: r.open_type,
    openCondition: opt(r.open_condition),
    updateCycle: r.update_cycle,
    publishedOn: opt(r.published_on),
    state: r.state,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    items: items.map(itemFromRow),
  });
}

export type SummaryRow = Pick<EntryRow, 'id' | 'name' | 'code' | 'format_class' | 'format_type' | 'share_type' | 'update_cycle' | 'state' | 'revision' | 'updated_at'> & {
  item_count: number;
};

export function summaryFromRow(r: SummaryRow): EntrySummary {
  return {
    id: r.id,
    name: r.name,
    code: r.code,
    formatClass: r.format_class,
    formatType: r.format_type,
    shareType: r.share_type,
    updateCycle: r.update_cycle,
    state: r.state,
    itemCount: r.item_count,
    revision: r.revision,
    updatedAt: r.updated_at,
  };
}
