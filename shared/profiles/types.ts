import type { DataGrade, DataItemType, OpenType, ResourceKind, ShareType } from '../domain/enums';
import type { ClassificationScheme } from '../domain/classification';
import type { CodeFormat } from '../domain/code';

export const PROFILE_IDS = ['national', 'gongshu', 'yichuan', 'lishui', 'yuhua', 'songjiang'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** A label in both UI languages. Profiles carry the legal wording of their regulation. */
export interface Label {
  'zh-CN': string;
  en: string;
}

/** What differs between the regulations (DESIGN §6). Later issues add deadlines and duties. */
export interface JurisdictionProfile {
  id: ProfileId;
  name: Label;
  /** GB/T 2260 code of the jurisdiction, when the profile is a place. */
  divisionCode?: string;
  /** The regulation file in shared/regulations that this profile follows. */
  source: string;
  shareTypeLabels: Record<ShareType, Label>;
  openTypeLabels: Record<OpenType, Label>;
  /** Classification trees offered, the default first (DOMAIN §2). */
  classifications: readonly ClassificationScheme[];
  /** Resource kinds an entry may have: only 拱墅 catalogues non-data resources. */
  resourceKinds: readonly ResourceKind[];
  /** Extension fields the regulation makes mandatory (checked before an entry can be `ready`). */
  requiredFields: readonly RequiredField[];
  /** 数据分级 values offered: GB/T 43697 grades, or Zhejiang's L1–L4. */
  dataGrades: readonly DataGrade[];
  /** How the 信息资源代码 is rendered and which shapes are usual. */
  codeFormat: CodeFormat;
  /** Conditional opening must name its form (雨花 art. 20: 授权使用, 核验, 查询, 脱敏, 计算结果). */
  requiresOpenMethod?: boolean;
  /** Database resources should be shared by interface rather than copied (丽水 art. 17: 请求响应的调用方式; 松江 art. 11: 接口交换方式 first). */
  prefersInterface?: boolean;
  /** Extra spellings of data item types this place's templates use (e.g. 松江 字符/日期/数字). */
  itemTypeAliases?: Partial<Record<DataItemType, readonly string[]>>;
}

/** Entry fields a profile can make mandatory. */
export const REQUIRABLE_FIELDS = [
  'classification',
  'publishedOn',
  'shareMethodClass',
  'shareMethodType',
  'sourceSystem',
  'deploymentNetwork',
  'businessMatter',
  'theme',
  'scenario',
  'spatialScope',
  'timeRange',
  'dataGrade',
  'usageRequirements',
  'responsibleParty',
  'updateTimeLimit',
  'dockingMethod',
  'dockingSystem',
  'providerCode',
] as const;
export type RequiredField = (typeof REQUIRABLE_FIELDS)[number];
