import type { DataItem, Entry, EntrySummary, EntryValues } from '@shared/domain/entry';
import type { Classification } from '@shared/domain/classification';
import type { SqlValue } from '../db/connection';

/** How one optional model field is stored: as text, a number, a 0/1 flag or JSON. */
type Kind = 'text' | 'number' | 'bool' | 'json';
type Mapping<K extends string> = readonly (readonly [field: K, column: string, kind: Kind])[];

/** The base columns of catalogue_entries, in the order `entryValues()` returns them. */
const BASE_COLUMNS = [
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

type ExtensionField = Exclude<keyof EntryValues, 'items' | 'classification' | 'code' | 'codeConfirmed'> & string;

/** Extension fields (all optional): field → column. */
const EXTENSIONS: Mapping<ExtensionField> = [
  ['nameEn', 'name_en', 'text'],
  ['relatedCodes', 'related_codes', 'json'],
  ['formatNote', 'format_note', 'text'],
  ['sourceSystem', 'source_system', 'text'],
  ['deploymentNetwork', 'deployment_network', 'text'],
  ['verticalSystem', 'vertical_system', 'bool'],
  ['businessMatter', 'business_matter', 'text'],
  ['storageGb', 'storage_gb', 'number'],
  ['recordCount', 'record_count', 'number'],
  ['sharedStorageGb', 'shared_storage_gb', 'number'],
  ['sharedRecordCount', 'shared_record_count', 'number'],
  ['openStorageGb', 'open_storage_gb', 'number'],
  ['openRecordCount', 'open_record_count', 'number'],
  ['serviceAddress', 'service_address', 'text'],
  ['onlineLink', 'online_link', 'text'],
  ['theme', 'theme', 'text'],
  ['scenario', 'scenario', 'text'],
  ['spatialScope', 'spatial_scope', 'text'],
  ['timeRange', 'time_range', 'text'],
  ['dataGrade', 'data_grade', 'text'],
  ['syncMechanism', 'sync_mechanism', 'text'],
  ['syncFrequency', 'sync_frequency', 'text'],
  ['physicalDelete', 'physical_delete', 'bool'],
  ['usageRequirements', 'usage_requirements', 'text'],
  ['responsibleParty', 'responsible_party', 'text'],
  ['updateTimeLimit', 'update_time_limit', 'text'],
  ['dockingMethod', 'docking_method', 'text'],
  ['dockingSystem', 'docking_system', 'text'],
  ['openMethod', 'open_method', 'text'],
  ['remarks', 'remarks', 'text'],
  // The non-data kinds' fields (shared/domain/resource-kind.ts).
  ['appUrl', 'app_url', 'text'],
  ['onGovCloud', 'on_gov_cloud', 'bool'],
  ['protectionLevel', 'protection_level', 'text'],
  ['appUsers', 'app_users', 'text'],
  ['userCount', 'user_count', 'number'],
  ['cloudService', 'cloud_service', 'text'],
  ['cloudSpec', 'cloud_spec', 'text'],
  ['componentInterface', 'component_interface', 'text'],
  ['componentVersion', 'component_version', 'text'],
  ['deviceCount', 'device_count', 'number'],
  ['deviceType', 'device_type', 'text'],
  ['deviceLocation', 'device_location', 'text'],
  ['networkScope', 'network_scope', 'text'],
  ['bandwidth', 'bandwidth', 'text'],
  ['securityScope', 'security_scope', 'text'],
];

const CLASS_COLUMNS = ['class_scheme', 'class_category', 'class_item', 'class_section', 'class_detail'] as const;

/** Columns written on every save, in the order `entryValues()` returns values. */
export const ENTRY_VALUE_COLUMNS = [...BASE_COLUMNS, ...EXTENSIONS.map(([, c]) => c), ...CLASS_COLUMNS] as const;

function toSql(kind: Kind, v: unknown): SqlValue {
  if (v === undefined || v === null) return null;
  if (kind === 'bool') return v ? 1 : 0;
  if (kind === 'json') return JSON.stringify(v);
  return v as SqlValue;
}

function fromSql(kind: Kind, v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (kind === 'bool') return v === 1;
  if (kind === 'json') return JSON.parse(String(v)) as unknown;
  return v;
}

export function entryValues(e: EntryValues): SqlValue[] {
  const c = e.classification;
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
    ...EXTENSIONS.map(([f, , kind]) => toSql(kind, e[f])),
    c?.scheme ?? null,
    c?.category ?? null,
    c?.item ?? null,
    c?.section ?? null,
    c?.detail ?? null,
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
  'sensitive',
  'desensitisation',
  'is_key',
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
    toSql('bool', i.sensitive),
    i.desensitisation ?? null,
    toSql('bool', i.isKey),
  ];
}

export interface EntryRow extends Record<string, unknown> {
  id: string;
  code: string;
  sequence: number;
  code_provider: string | null;
  code_sequence: string | null;
  code_explicit: number;
  code_confirmed: number;
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
  class_scheme: Classification['scheme'] | null;
  class_category: string | null;
  class_item: string | null;
  class_section: string | null;
  class_detail: string | null;
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
  sensitive: number | null;
  desensitisation: string | null;
  is_key: number | null;
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** Builds the object without absent keys, so it equals what was saved. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  // for…in over a literal: its own keys in insertion order, as Object.entries, without the pairs.
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
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
    sensitive: fromSql('bool', r.sensitive) as boolean | undefined,
    desensitisation: opt(r.desensitisation),
    isKey: fromSql('bool', r.is_key) as boolean | undefined,
  });
}

export function classificationFromRow(r: EntryRow): Classification | undefined {
  if (!r.class_scheme || !r.class_category) return undefined;
  return compact({
    scheme: r.class_scheme,
    category: r.class_category,
    item: opt(r.class_item),
    section: opt(r.class_section),
    detail: opt(r.class_detail),
  });
}

export function entryFromRow(r: EntryRow, items: ItemRow[]): Entry {
  const extensions = Object.fromEntries(EXTENSIONS.map(([f, c, kind]) => [f, fromSql(kind, r[c])]));
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
    ...extensions,
    classification: classificationFromRow(r),
    codeConfirmed: r.code_confirmed === 1 ? true : undefined,
    state: r.state,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    items: items.map(itemFromRow),
  } as Entry);
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
