import { z } from 'zod';
import {
  ALLOWED_SHARE_METHOD_TYPES,
  CLOUD_SERVICES,
  DATA_GRADES,
  DATA_ITEM_TYPES,
  DEPLOYMENT_NETWORKS,
  DOCKING_METHODS,
  ENTRY_STATES,
  FORMAT_CLASSES,
  FORMAT_TYPES,
  OPEN_METHODS,
  OPEN_TYPES,
  PROTECTION_LEVELS,
  RESOURCE_KINDS,
  SCENARIOS,
  SHARE_METHOD_CLASSES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  SPATIAL_SCOPES,
  STRUCTURED_FORMATS,
  SYNC_MECHANISMS,
  THEMES,
  UPDATE_CYCLES,
} from './enums';
import { classificationSchema } from './classification';
import { checkUscc } from '../ids/uscc';
import { KIND_FIELD_NAMES, isRequiredForKind, fieldsOfKind } from './resource-kind';

/**
 * The catalogue entry model: the 1272 guideline's core metadata, data items and sharing attributes. Field-level messages are i18n keys of
 * shared/i18n (`validation.*`), translated at the edge, so the renderer, the core and the CLI
 * report the same problem in the same words.
 */

const text = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'validation.required' });
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
/** An enumeration whose absence reads "required" and whose wrong value reads "choose from the list". */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined ? 'validation.required' : 'validation.enum') });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' });
/** The 大普查 figures: numbers only, 0 when unknown (the 1272 template's filling rules). */
/** A whole count (devices, users). */
const count = z.number({ error: 'catalogue.validation.number' }).int({ message: 'catalogue.validation.wholeNumber' }).min(0, { message: 'catalogue.validation.number' }).optional();
const amount = z.number({ error: 'catalogue.validation.number' }).min(0, { message: 'catalogue.validation.number' }).optional();

export const dataItemSchema = z.object({
  name: requiredText(100),
  nameEn: optionalText(100),
  type: oneOf(DATA_ITEM_TYPES),
  /** Bytes of storage; numbers may carry a scale, as in `18,2`. */
  length: z
    .string()
    .trim()
    .regex(/^(\d{1,5}(,\d{1,2})?)?$/, { message: 'validation.itemLength' })
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  shareType: oneOf(SHARE_TYPES).optional(),
  shareCondition: optionalText(500),
  openType: oneOf(OPEN_TYPES).optional(),
  openCondition: optionalText(500),
  /** 敏感属性: personal or otherwise sensitive content (see shared/quality/sensitive.ts). */
  sensitive: z.boolean().optional(),
  /** How the item is desensitised before it is shared (脱敏说明). */
  desensitisation: optionalText(200),
  /** 是否主键. */
  isKey: z.boolean().optional(),
});
export type DataItemInput = z.input<typeof dataItemSchema>;
export type DataItem = z.output<typeof dataItemSchema>;

const entryFields = z.object({
  name: requiredText(100),
  kind: oneOf(RESOURCE_KINDS).default('data'),
  provider: requiredText(100),
  providerUnit: optionalText(100),
  providerCode: optionalText(18),
  summary: requiredText(1000),
  formatClass: oneOf(FORMAT_CLASSES),
  formatType: requiredText(50),
  shareType: oneOf(SHARE_TYPES),
  shareCondition: optionalText(500),
  shareMethodClass: oneOf(SHARE_METHOD_CLASSES).optional(),
  shareMethodType: oneOf(SHARE_METHOD_TYPES).optional(),
  openType: oneOf(OPEN_TYPES),
  openCondition: optionalText(500),
  updateCycle: oneOf(UPDATE_CYCLES),
  publishedOn: isoDate.optional(),
  items: z.array(dataItemSchema).max(2000, { message: 'validation.tooMany' }).default([]),
  // Extensions (extra metadata of real templates and local rules): optional here; a jurisdiction profile may require some of them.
  /** 信息资源英文名. */
  nameEn: optionalText(200),
  /** Position in the profile's classification tree (类/项/目/细目), stored in parts. */
  classification: classificationSchema.optional(),
  /** An explicit 信息资源代码 (imported or legacy); otherwise it is rendered from its parts. */
  code: optionalText(64),
  /** The officer confirmed a code of unusual shape (flagged, never rejected: the guideline allows unusual lengths). */
  codeConfirmed: z.boolean().optional(),
  /** 关联资源代码. */
  relatedCodes: z.array(z.string().trim().min(1, { message: 'validation.required' }).max(64, { message: 'validation.tooLong' })).max(100, { message: 'validation.tooMany' }).optional(),
  /** 其他类型资源格式描述. */
  formatNote: optionalText(200),
  /** 来源信息系统名称. */
  sourceSystem: optionalText(100),
  deploymentNetwork: oneOf(DEPLOYMENT_NETWORKS).optional(),
  /** 是否垂直管理系统. */
  verticalSystem: z.boolean().optional(),
  /** 业务事项名称 / 数据所属事项. */
  businessMatter: optionalText(200),
  /** 数据存储总量 (GB). */
  storageGb: amount,
  /** 结构化信息记录总数 (万条). */
  recordCount: amount,
  sharedStorageGb: amount,
  sharedRecordCount: amount,
  openStorageGb: amount,
  openRecordCount: amount,
  serviceAddress: optionalText(500),
  /** 在线资源链接地址. */
  onlineLink: optionalText(500),
  theme: oneOf(THEMES).optional(),
  scenario: oneOf(SCENARIOS).optional(),
  spatialScope: oneOf(SPATIAL_SCOPES).optional(),
  /** 数据时间范围, free text such as 2015年至今. */
  timeRange: optionalText(100),
  /** 数据分级 / 安全级别; which grades apply comes from the profile. */
  dataGrade: oneOf(DATA_GRADES).optional(),
  syncMechanism: oneOf(SYNC_MECHANISMS).optional(),
  syncFrequency: optionalText(50),
  /** 是否存在物理删除. */
  physicalDelete: z.boolean().optional(),
  /** 使用要求 (伊川, 雨花). */
  usageRequirements: optionalText(500),
  /** 责任方 (雨花). */
  responsibleParty: optionalText(100),
  /** 更新时限 (雨花), e.g. 每月5日前. */
  updateTimeLimit: optionalText(100),
  /** 松江 对接方式 and the system it docks (系统说明). */
  dockingMethod: oneOf(DOCKING_METHODS).optional(),
  dockingSystem: optionalText(200),
  /** 雨花 conditional opening form. */
  openMethod: oneOf(OPEN_METHODS).optional(),
  remarks: optionalText(1000),
  // The non-data kinds' own fields (shared/domain/resource-kind.ts says which kind has which);
  // optional here, required per kind by entryRules.
  /** 访问地址 of an application. */
  appUrl: optionalText(500),
  /** 是否部署在政务云 (《拱墅区政务数字资源共建共享管理办法》第三十三条). */
  onGovCloud: z.boolean().optional(),
  /** 等保级别. */
  protectionLevel: oneOf(PROTECTION_LEVELS).optional(),
  /** 使用对象 / 用户范围 of an application. */
  appUsers: optionalText(200),
  /** 用户数. */
  userCount: count,
  /** What a government-cloud resource provides. */
  cloudService: oneOf(CLOUD_SERVICES).optional(),
  /** 资源规格, e.g. 8核16G、500GB. */
  cloudSpec: optionalText(200),
  /** 接口说明: a smart component's interface (address, protocol, methods). */
  componentInterface: optionalText(500),
  componentVersion: optionalText(50),
  /** 设备数量 of an IoT sensing resource. */
  deviceCount: count,
  deviceType: optionalText(100),
  /** 部署位置. */
  deviceLocation: optionalText(200),
  /** 覆盖范围 of network infrastructure. */
  networkScope: optionalText(200),
  /** 带宽, e.g. 1000Mbps. */
  bandwidth: optionalText(50),
  /** 防护对象 / 范围 of a network-data-security system. */
  securityScope: optionalText(200),
});

type EntryFields = z.output<typeof entryFields>;

/** Cross-field rules of the core metadata that a form must enforce as the officer types. */
export function entryRules(e: EntryFields, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const types = FORMAT_TYPES[e.formatClass];
  // The format-type lists describe data resources; apps, cloud, components… name their own.
  if (e.kind === 'data' && types.length > 0 && !types.includes(e.formatType)) issue(['formatType'], 'validation.formatTypeMismatch');
  if (e.shareType !== 'unconditional' && !e.shareCondition) {
    issue(['shareCondition'], e.shareType === 'none' ? 'validation.legalBasisRequired' : 'validation.conditionRequired');
  }
  if (e.openType === 'conditional' && !e.openCondition) issue(['openCondition'], 'validation.openConditionRequired');
  if (e.shareMethodType && !ALLOWED_SHARE_METHOD_TYPES[e.formatClass].includes(e.shareMethodType)) {
    issue(['shareMethodType'], 'validation.shareMethodMismatch');
  }
  if (e.providerCode && checkUscc(e.providerCode)) issue(['providerCode'], 'validation.uscc');
  const structured = STRUCTURED_FORMATS.includes(e.formatClass);
  if (structured && e.kind === 'data' && e.items.length === 0) issue(['items'], 'validation.itemsRequired');
  // An application is reached at a web address (checked here, not on the field, so the fast
  // checks of import and pull, which read field schemas, stay exact).
  if (e.appUrl && !/^https?:\/\/\S+$/i.test(e.appUrl)) issue(['appUrl'], 'validation.urlScheme');
  // A non-data resource needs its kind's fields; a field of another kind does not belong on it.
  const own = fieldsOfKind(e.kind);
  for (const f of [...own, ...KIND_FIELD_NAMES.filter((n) => !own.includes(n))]) {
    const v = e[f];
    const empty = v === undefined || v === '';
    if (empty && isRequiredForKind(e.kind, f)) issue([f], 'validation.required');
    else if (!empty && !own.includes(f)) issue([f], 'validation.notForKind');
  }
  e.items.forEach((item, i) => {
    if (structured && !item.length) issue(['items', i, 'length'], 'validation.required');
    const share = item.shareType ?? e.shareType;
    const open = item.openType ?? e.openType;
    if (share === 'none' && open !== 'none') issue(['items', i, 'openType'], 'validation.notSharedButOpen');
    if (item.shareType && item.shareType !== 'unconditional' && !item.shareCondition) {
      issue(['items', i, 'shareCondition'], 'validation.conditionRequired');
    }
  });
}

export const entryInputSchema = entryFields.superRefine(entryRules);
export type EntryInput = z.input<typeof entryInputSchema>;
export type EntryValues = z.output<typeof entryInputSchema>;

export const entrySchema = entryFields.extend({
  id: z.string(),
  code: z.string(),
  state: z.enum(ENTRY_STATES),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entry = z.output<typeof entrySchema>;

/** One row of the catalogue table: what the list shows, without data items. */
export const entrySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  formatClass: z.enum(FORMAT_CLASSES),
  formatType: z.string(),
  shareType: z.enum(SHARE_TYPES),
  updateCycle: z.enum(UPDATE_CYCLES),
  state: z.enum(ENTRY_STATES),
  itemCount: z.number().int(),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type EntrySummary = z.output<typeof entrySummarySchema>;
