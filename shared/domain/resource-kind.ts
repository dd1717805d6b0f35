import type { NonDataKind, ResourceKind } from './enums';

/**
 * The fields each non-data resource kind of 《拱墅区政务数字资源共建共享管理办法》第二条 carries
 * beside the common metadata (name, provider, summary, share and open attributes). A data entry
 * has none of them and keeps its data items (信息项); a non-data entry needs no items but its
 * kind's required fields. 第三十三条 asks applications to run on the district's government cloud,
 * so whether one does is recorded; 第十二条 asks for the 等保 assessment, so its level is too.
 */
export const KIND_FIELD_NAMES = [
  'appUrl',
  'onGovCloud',
  'protectionLevel',
  'appUsers',
  'userCount',
  'cloudService',
  'cloudSpec',
  'componentInterface',
  'componentVersion',
  'deviceCount',
  'deviceType',
  'deviceLocation',
  'networkScope',
  'bandwidth',
  'securityScope',
] as const;
export type KindFieldName = (typeof KIND_FIELD_NAMES)[number];

export interface KindFields {
  /** Must be filled for an entry of this kind. */
  required: readonly KindFieldName[];
  /** May be filled. */
  optional: readonly KindFieldName[];
}

export const KIND_FIELDS: Record<NonDataKind, KindFields> = {
  application: { required: ['appUrl', 'onGovCloud', 'protectionLevel', 'appUsers'], optional: ['userCount'] },
  cloud: { required: ['cloudService', 'cloudSpec'], optional: ['protectionLevel'] },
  component: { required: ['componentInterface'], optional: ['componentVersion'] },
  iot: { required: ['deviceCount', 'deviceLocation'], optional: ['deviceType'] },
  network: { required: ['networkScope'], optional: ['bandwidth', 'protectionLevel'] },
  security: { required: ['securityScope', 'protectionLevel'], optional: [] },
};

export const isDataKind = (kind: ResourceKind | undefined): boolean => kind === undefined || kind === 'data';

/** The fields an entry of `kind` shows and keeps, required ones first (none for data). */
export function fieldsOfKind(kind: ResourceKind | undefined): readonly KindFieldName[] {
  if (kind === undefined || kind === 'data') return [];
  const f = KIND_FIELDS[kind];
  return [...f.required, ...f.optional];
}

export function isRequiredForKind(kind: ResourceKind | undefined, field: KindFieldName): boolean {
  return kind !== undefined && kind !== 'data' && KIND_FIELDS[kind].required.includes(field);
}
