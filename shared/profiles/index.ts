import type { JurisdictionProfile, Label, ProfileId } from './types';
import { PROFILE_IDS } from './types';
import { DEFAULT_CODE_FORMAT } from '../domain/code';
import type { DataGrade } from '../domain/enums';
import { OPEN_METHODS, RESOURCE_KINDS } from '../domain/enums';
import { cite, REGULATIONS } from './regulations';

export * from './types';
export * from './regulations';

const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const NATIONAL_SHARE = {
  unconditional: l('无条件共享', 'Unconditional sharing'),
  conditional: l('有条件共享', 'Conditional sharing'),
  none: l('不予共享', 'Not shared'),
};
const NATIONAL_OPEN = {
  unconditional: l('无条件开放', 'Open unconditionally'),
  conditional: l('有条件开放', 'Open on conditions'),
  none: l('不予开放', 'Not open'),
};
/** GB/T 43697-2024 grades plus 涉密; Zhejiang grades by L1–L4 sensitivity (浙江省公共数据分类分级指南). */
const NATIONAL_GRADES: readonly DataGrade[] = ['general', 'important', 'core', 'classified'];
const ZHEJIANG_GRADES: readonly DataGrade[] = ['L1', 'L2', 'L3', 'L4'];

const ZHEJIANG_OPEN = {
  unconditional: l('无条件开放', 'Open unconditionally'),
  conditional: l('受限开放', 'Restricted opening'),
  none: l('禁止开放', 'Not open'),
};

export const PROFILES: Record<ProfileId, JurisdictionProfile> = {
  national: {
    id: 'national',
    name: l('全国（1272 指南）', 'National (guideline 1272)'),
    regulation: REGULATIONS.guideline1272,
    shareTypeLabels: NATIONAL_SHARE,
    openTypeLabels: NATIONAL_OPEN,
    classifications: ['national1272', 'gbt21063'],
    resourceKinds: ['data'],
    // The 1272 guideline makes 信息资源分类 and 共享属性 (with 共享方式) mandatory core metadata.
    requiredFields: ['classification', 'shareMethodClass', 'shareMethodType'],
    dataGrades: NATIONAL_GRADES,
    codeFormat: DEFAULT_CODE_FORMAT,
  },
  gongshu: {
    id: 'gongshu',
    name: l('杭州市拱墅区', 'Hangzhou Gongshu District'),
    divisionCode: '330105',
    regulation: REGULATIONS.gongshu,
    shareTypeLabels: {
      unconditional: l('无条件共享', 'Unconditional sharing'),
      conditional: l('受限共享', 'Restricted sharing'),
      none: l('不共享', 'Not shared'),
    },
    openTypeLabels: ZHEJIANG_OPEN,
    classifications: ['national1272', 'gbt21063'],
    // 第二条: applications (场景), government cloud, smart components, data, IoT sensing, network
    // infrastructure and network-data-security systems are all resources (the others: data only).
    resourceKinds: RESOURCE_KINDS,
    requiredFields: ['shareMethodType'],
    dataGrades: ZHEJIANG_GRADES,
    codeFormat: DEFAULT_CODE_FORMAT,
  },
  yichuan: {
    id: 'yichuan',
    name: l('河南省伊川县', 'Yichuan County, Henan'),
    divisionCode: '410329',
    regulation: REGULATIONS.yichuan,
    shareTypeLabels: {
      unconditional: l('无条件共享', 'Unconditional sharing'),
      conditional: l('有条件共享', 'Conditional sharing'),
      none: l('不予共享', 'Not shared'),
    },
    openTypeLabels: NATIONAL_OPEN,
    classifications: ['national1272', 'gbt21063'],
    resourceKinds: ['data'],
    // 第十一条: metadata, share and open attributes, 安全级别, 使用要求, update cycle.
    requiredFields: ['classification', 'dataGrade', 'usageRequirements'],
    dataGrades: NATIONAL_GRADES,
    codeFormat: DEFAULT_CODE_FORMAT,
    basicDatabasesUnconditional: cite(REGULATIONS.yichuan, '第二十五条'),
    identifiersRequired: cite(REGULATIONS.yichuan, '第十六条'),
  },
  lishui: {
    id: 'lishui',
    name: l('浙江省丽水市', 'Lishui City, Zhejiang'),
    divisionCode: '331100',
    regulation: REGULATIONS.lishui,
    shareTypeLabels: {
      unconditional: l('无条件共享', 'Unconditional sharing'),
      conditional: l('受限共享', 'Restricted sharing'),
      none: l('非共享', 'Not shared'),
    },
    openTypeLabels: {
      unconditional: l('无条件开放类', 'Open unconditionally'),
      conditional: l('受限开放类', 'Restricted opening'),
      none: l('禁止开放类', 'Not open'),
    },
    classifications: ['national1272', 'gbt21063'],
    resourceKinds: ['data'],
    requiredFields: ['classification'],
    prefersInterface: true,
    dataGrades: ZHEJIANG_GRADES,
    codeFormat: DEFAULT_CODE_FORMAT,
  },
  yuhua: {
    id: 'yuhua',
    name: l('长沙市雨花区', 'Changsha Yuhua District'),
    divisionCode: '430111',
    regulation: REGULATIONS.yuhua,
    shareTypeLabels: NATIONAL_SHARE,
    openTypeLabels: NATIONAL_OPEN,
    classifications: ['national1272', 'gbt21063'],
    resourceKinds: ['data'],
    // 第八条: 分类, 责任方, 格式, 属性, 更新时限, 共享类型, 共享方式, 使用要求.
    requiredFields: ['classification', 'responsibleParty', 'updateTimeLimit', 'shareMethodClass', 'shareMethodType', 'usageRequirements'],
    requiresOpenMethod: true,
    // 第二十条: conditional data is opened by authorised use, verification, query, desensitised data or computed results — several at once.
    openForms: { methods: OPEN_METHODS, max: OPEN_METHODS.length },
    dataGrades: NATIONAL_GRADES,
    codeFormat: DEFAULT_CODE_FORMAT,
  },
  songjiang: {
    id: 'songjiang',
    name: l('上海市松江区', 'Shanghai Songjiang District'),
    divisionCode: '310117',
    regulation: REGULATIONS.songjiang,
    shareTypeLabels: {
      unconditional: l('普遍共享', 'General sharing'),
      conditional: l('按需共享', 'On-demand sharing'),
      none: l('不共享', 'Not shared'),
    },
    openTypeLabels: {
      unconditional: l('普遍公开', 'Generally open'),
      conditional: l('按需公开', 'Open on demand'),
      none: l('不公开', 'Not open'),
    },
    // 第七条: base resources (人口, 法人, 房屋, 空间地理) vs sector resources.
    classifications: ['songjiang'],
    resourceKinds: ['data'],
    // 第九条: catalogues by system docking name the system and how data is pushed.
    requiredFields: ['classification', 'dockingMethod'],
    prefersInterface: true,
    dataGrades: NATIONAL_GRADES,
    codeFormat: DEFAULT_CODE_FORMAT,
    // Shanghai's templates spell 数据项类型 as 字符/日期/数字.
    itemTypeAliases: { C: ['字符'], D: ['日期'], N: ['数字'] },
  },
};

export function getProfile(id: ProfileId): JurisdictionProfile {
  return PROFILES[id];
}

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}
