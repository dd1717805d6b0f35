import type { DataGrade, DataItemType, OpenMethod, OpenType, ResourceKind, ShareType } from '../domain/enums';
import type { ClassificationScheme } from '../domain/classification';
import type { CodeFormat } from '../domain/code';
import type { Regulation, RuleSource } from './regulations';

export const PROFILE_IDS = ['national', 'gongshu', 'yichuan', 'lishui', 'yuhua', 'songjiang'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** A label in both UI languages. Profiles carry the legal wording of their regulation. */
export interface Label {
  'zh-CN': string;
  en: string;
}

/**
 * What differs between the regulations: labels, classification, required fields. Deadlines are in
 * ./deadlines.ts, request rules in ../domain/request-rules.ts, keyed by the same ProfileId.
 */
export interface JurisdictionProfile {
  id: ProfileId;
  name: Label;
  /** GB/T 2260 code of the jurisdiction, when the profile is a place. */
  divisionCode?: string;
  /** The regulation this profile follows; every rule of the profile is cited from it. */
  regulation: Regulation;
  shareTypeLabels: Record<ShareType, Label>;
  openTypeLabels: Record<OpenType, Label>;
  /** Classification trees offered, the default first. */
  classifications: readonly ClassificationScheme[];
  /** Resource kinds an entry may have: only 拱墅 catalogues non-data resources. */
  resourceKinds: readonly ResourceKind[];
  /** Extension fields the regulation makes mandatory (checked before an entry can be `ready`). */
  requiredFields: readonly RequiredField[];
  /** 数据分级 values offered: GB/T 43697 grades, or Zhejiang's L1–L4. */
  dataGrades: readonly DataGrade[];
  /** How the 信息资源代码 is rendered and which shapes are usual. */
  codeFormat: CodeFormat;
  /** Conditional opening must name its form (《长沙市雨花区政务数据资源管理暂行办法》第二十条: 授权使用, 核验, 查询, 脱敏, 计算结果). */
  requiresOpenMethod?: boolean;
  /**
   * The opening forms an entry of the open-data catalogue may name, and how many at once
   * (shared/domain/open-forms.ts). Absent: any one form.
   */
  openForms?: { methods: readonly OpenMethod[]; max: number };
  /** Database resources should be shared by interface rather than copied (《丽水市公共数据资源管理办法》第十七条: 请求响应的调用方式; 《松江区政务数据资源共享管理办法》第十一条: 接口交换方式 first). */
  prefersInterface?: boolean;
  /**
   * The basic databases (population, legal persons, natural resources and spatial geography, social
   * credit, electronic licences) are shared unconditionally: where the regulation says so, the article.
   */
  basicDatabasesUnconditional?: RuleSource;
  /**
   * Data about persons is identified by the resident identity number and data about legal persons
   * by the unified social credit code: where the regulation says so, the article.
   */
  identifiersRequired?: RuleSource;
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
