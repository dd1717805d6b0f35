import type {
  CloudService,
  DataGrade,
  DataItemType,
  DeploymentNetwork,
  DockingMethod,
  FormatClass,
  OpenMethod,
  ProtectionLevel,
  ResourceKind,
  Scenario,
  ShareMethodClass,
  ShareMethodType,
  SpatialScope,
  SyncMechanism,
  Theme,
  UpdateCycle,
} from '../domain/enums';
import type { Label } from './types';

/**
 * The national template wording of every enumeration (the 1272 guideline and its template), with the spellings other
 * templates use (`aliases`). Labels live here and in the profiles only; the model stores the
 * canonical values. shared/domain/labels.ts reads these to render and parse labels at the edges.
 */
export interface Term {
  label: Label;
  aliases?: readonly string[];
}
export type Vocabulary<T extends string> = Record<T, Term>;

const t = (zh: string, en: string, ...aliases: string[]): Term => (aliases.length ? { label: { 'zh-CN': zh, en }, aliases } : { label: { 'zh-CN': zh, en } });

export const ITEM_TYPE_TERMS: Vocabulary<DataItemType> = {
  C: t('字符型C', 'Character (C)', '字符串型C', '字符型', '字符串型', '字符串'),
  N: t('数值型N', 'Numeric (N)', '数值型', '数字型'),
  Y: t('货币型Y', 'Currency (Y)', '货币型'),
  D: t('日期型D', 'Date (D)', '日期型'),
  T: t('日期时间型T', 'Date-time (T)', '日期时间型', '时间型'),
  L: t('逻辑型L', 'Logical (L)', '逻辑型', '布尔型'),
  M: t('备注型M', 'Memo (M)', '备注型', '文本型'),
  G: t('通用型G', 'General (G)', '通用型', '二进制'),
  B: t('双精度型B', 'Double (B)', '双精度型'),
  I: t('整型I', 'Integer (I)', '整型', '整数型'),
  F: t('浮点型F', 'Float (F)', '浮点型'),
};

export const FORMAT_CLASS_TERMS: Vocabulary<FormatClass> = {
  document: t('电子文件', 'Electronic document'),
  spreadsheet: t('电子表格', 'Spreadsheet'),
  database: t('数据库', 'Database', '数据库类'),
  image: t('图形图像', 'Image', '图片'),
  streaming: t('流媒体', 'Streaming media'),
  selfDescribing: t('自描述格式', 'Self-describing format'),
  serviceInterface: t('服务接口', 'Service interface', '接口'),
};

export const UPDATE_CYCLE_TERMS: Vocabulary<UpdateCycle> = {
  realtime: t('实时', 'Real-time'),
  daily: t('每日', 'Daily', '每天', '日'),
  weekly: t('每周', 'Weekly', '周'),
  tenDays: t('每旬', 'Every ten days', '旬'),
  monthly: t('每月', 'Monthly', '月'),
  quarterly: t('每季度', 'Quarterly', '每季', '季度'),
  halfYearly: t('每半年', 'Half-yearly', '半年'),
  yearly: t('每年', 'Yearly', '年', '每年度'),
  irregular: t('不定期', 'Irregular'),
  other: t('其他', 'Other'),
};

export const SHARE_METHOD_CLASS_TERMS: Vocabulary<ShareMethodClass> = {
  platform: t('共享平台方式', 'Sharing platform', '共享平台', '平台方式'),
  mail: t('邮件', 'Mail', '邮件方式'),
  disk: t('拷盘', 'Copy to disk'),
  mediaPaper: t('介质交换(纸质报表)', 'Media exchange (paper)', '纸质报表'),
  mediaElectronic: t('介质交换(电子文档)', 'Media exchange (electronic)', '介质方式', '电子文档'),
};

export const SHARE_METHOD_TYPE_TERMS: Vocabulary<ShareMethodType> = {
  database: t('数据库', 'Database', '库表'),
  file: t('文件', 'File'),
  interface: t('接口', 'Interface', '服务接口'),
};

export const RESOURCE_KIND_TERMS: Vocabulary<ResourceKind> = {
  data: t('数据', 'Data'),
  application: t('应用（场景）', 'Application (scenario)', '应用', '应用系统', '场景', '应用系统（场景）', 'Application'),
  cloud: t('政务云', 'Government cloud', '云', 'Cloud'),
  component: t('智能组件', 'Smart component', '组件', 'Component'),
  iot: t('物联感知', 'IoT sensing', 'IoT'),
  network: t('网络基础设施', 'Network infrastructure', '网络', 'Network'),
  security: t('网络数据安全体系', 'Network and data security system', '网络数据安全系统', '安全体系'),
};

export const PROTECTION_LEVEL_TERMS: Vocabulary<ProtectionLevel> = {
  level1: t('第一级', 'Level 1', '一级', '1'),
  level2: t('第二级', 'Level 2', '二级', '2'),
  level3: t('第三级', 'Level 3', '三级', '3'),
  level4: t('第四级', 'Level 4', '四级', '4'),
  level5: t('第五级', 'Level 5', '五级', '5'),
};

export const CLOUD_SERVICE_TERMS: Vocabulary<CloudService> = {
  compute: t('计算', 'Compute', '云主机', '计算资源'),
  storage: t('存储', 'Storage', '存储资源'),
  database: t('数据库', 'Database', '云数据库'),
  middleware: t('中间件', 'Middleware'),
  other: t('其他', 'Other'),
};

export const DATA_GRADE_TERMS: Vocabulary<DataGrade> = {
  general: t('一般数据', 'General data', '一般'),
  important: t('重要数据', 'Important data', '重要'),
  core: t('核心数据', 'Core data', '核心'),
  classified: t('涉密数据', 'Classified data', '涉密'),
  L1: t('L1 不敏感', 'L1 not sensitive', '不敏感'),
  L2: t('L2 低敏感', 'L2 low sensitivity', '低敏感'),
  L3: t('L3 较敏感', 'L3 fairly sensitive', '较敏感'),
  L4: t('L4 敏感', 'L4 sensitive', '敏感'),
};

export const THEME_TERMS: Vocabulary<Theme> = {
  person: t('人', 'People'),
  place: t('地', 'Places'),
  event: t('事', 'Events'),
  thing: t('物', 'Things'),
  organisation: t('组织', 'Organisations'),
  other: t('其他', 'Other'),
};

export const SCENARIO_TERMS: Vocabulary<Scenario> = {
  governmentService: t('政务服务', 'Government services'),
  publicService: t('公共服务', 'Public services'),
  supervision: t('监管', 'Supervision'),
  other: t('其他', 'Other'),
};

export const SPATIAL_SCOPE_TERMS: Vocabulary<SpatialScope> = {
  wholeCity: t('全市', 'Whole city'),
  municipal: t('市直', 'Municipal departments'),
  county: t('区县', 'Districts and counties'),
};

export const SYNC_MECHANISM_TERMS: Vocabulary<SyncMechanism> = {
  incremental: t('增量', 'Incremental'),
  full: t('全量', 'Full'),
};

export const DEPLOYMENT_NETWORK_TERMS: Vocabulary<DeploymentNetwork> = {
  extranet: t('电子政务外网', 'E-government extranet', '政务外网'),
  intranet: t('电子政务内网', 'E-government intranet', '政务内网'),
  internet: t('互联网', 'Internet'),
  private: t('业务专网', 'Department network', '专网'),
};

export const DOCKING_METHOD_TERMS: Vocabulary<DockingMethod> = {
  pushData: t('推送数据', 'Push data'),
  pushFile: t('推送数据文件', 'Push data files'),
};

export const OPEN_METHOD_TERMS: Vocabulary<OpenMethod> = {
  authorisedUse: t('授权使用', 'Authorised use'),
  verification: t('核验', 'Verification'),
  query: t('查询', 'Query'),
  desensitised: t('脱敏', 'Desensitised'),
  computedResult: t('计算结果', 'Computed results'),
};

export const BOOLEAN_TERMS: Vocabulary<'true' | 'false'> = {
  true: t('是', 'Yes', 'Y', '√'),
  false: t('否', 'No', 'N', '×'),
};
