/**
 * Canonical enumerations of the catalogue model (the 1272 guideline). Values are the English names of
 * docs/glossary.md; Chinese labels live in the i18n files and the jurisdiction profiles.
 */

export const SHARE_TYPES = ['unconditional', 'conditional', 'none'] as const;
export type ShareType = (typeof SHARE_TYPES)[number];

export const OPEN_TYPES = ['unconditional', 'conditional', 'none'] as const;
export type OpenType = (typeof OPEN_TYPES)[number];

/**
 * 资源类型: data (the catalogue's default) and the non-data resources of
 * 《拱墅区政务数字资源共建共享管理办法》第二条 — applications (场景), government cloud, smart components,
 * IoT sensing, network infrastructure and network-data-security systems.
 */
export const RESOURCE_KINDS = ['data', 'application', 'cloud', 'component', 'iot', 'network', 'security'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type NonDataKind = Exclude<ResourceKind, 'data'>;

/** 网络安全等级保护 (等保) levels 1–5. */
export const PROTECTION_LEVELS = ['level1', 'level2', 'level3', 'level4', 'level5'] as const;
export type ProtectionLevel = (typeof PROTECTION_LEVELS)[number];

/** What a government-cloud resource provides. */
export const CLOUD_SERVICES = ['compute', 'storage', 'database', 'middleware', 'other'] as const;
export type CloudService = (typeof CLOUD_SERVICES)[number];

export const FORMAT_CLASSES = [
  'document',
  'spreadsheet',
  'database',
  'image',
  'streaming',
  'selfDescribing',
  'serviceInterface',
] as const;
export type FormatClass = (typeof FORMAT_CLASSES)[number];

/** 格式类型 per 格式分类 (a linked choice in the 1272 template). `selfDescribing` names an industry format: free text. */
export const FORMAT_TYPES: Record<FormatClass, readonly string[]> = {
  document: ['OFD', 'wps', 'xml', 'txt', 'doc', 'docx', 'html', 'pdf', 'ppt'],
  spreadsheet: ['et', 'xls', 'xlsx'],
  database: ['Dm', 'KingbaseES', 'access', 'dbf', 'dbase', 'sysbase', 'oracle', 'sql server', 'db2', 'mysql', 'postgresql'],
  image: ['jpg', 'gif', 'bmp', 'png', 'tif'],
  streaming: ['swf', 'rm', 'mpg', 'mp4'],
  selfDescribing: [],
  serviceInterface: ['REST', 'WebService', 'other'],
};

/** Format classes that hold structured records: data items are mandatory for them (信息项信息 is mandatory for 数据库 and 电子表格). */
export const STRUCTURED_FORMATS: readonly FormatClass[] = ['database', 'spreadsheet'];

export const SHARE_METHOD_CLASSES = ['platform', 'mail', 'disk', 'mediaPaper', 'mediaElectronic'] as const;
export type ShareMethodClass = (typeof SHARE_METHOD_CLASSES)[number];

export const SHARE_METHOD_TYPES = ['database', 'file', 'interface'] as const;
export type ShareMethodType = (typeof SHARE_METHOD_TYPES)[number];

/** A file resource is shared as a file; a database as a database or an interface. */
export const ALLOWED_SHARE_METHOD_TYPES: Record<FormatClass, readonly ShareMethodType[]> = {
  document: ['file'],
  spreadsheet: ['file'],
  image: ['file'],
  streaming: ['file', 'interface'],
  selfDescribing: ['file', 'interface'],
  database: ['database', 'interface'],
  serviceInterface: ['interface'],
};

export const UPDATE_CYCLES = [
  'realtime',
  'daily',
  'weekly',
  'tenDays',
  'monthly',
  'quarterly',
  'halfYearly',
  'yearly',
  'irregular',
  'other',
] as const;
export type UpdateCycle = (typeof UPDATE_CYCLES)[number];

/** The 11 national data item types, by their letter code. */
export const DATA_ITEM_TYPES = ['C', 'N', 'Y', 'D', 'T', 'L', 'M', 'G', 'B', 'I', 'F'] as const;
export type DataItemType = (typeof DATA_ITEM_TYPES)[number];

export const ENTRY_STATES = ['draft', 'ready', 'submitted', 'published', 'returned', 'changing', 'retired'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** Who may move an entry between states: the officer, or sync when the platform answers. */
export const STATE_ACTORS = ['officer', 'sync'] as const;
export type StateActor = (typeof STATE_ACTORS)[number];

/** 数据分级 / 安全级别: GB/T 43697-2024 grades plus 涉密; Zhejiang's L1–L4 sensitivity levels. */
export const DATA_GRADES = ['general', 'important', 'core', 'classified', 'L1', 'L2', 'L3', 'L4'] as const;
export type DataGrade = (typeof DATA_GRADES)[number];

/** 所属主题 (人/地/事/物/组织/其他), an extension of modern templates. */
export const THEMES = ['person', 'place', 'event', 'thing', 'organisation', 'other'] as const;
export type Theme = (typeof THEMES)[number];

/** 应用场景 (政务服务/公共服务/监管/其他). */
export const SCENARIOS = ['governmentService', 'publicService', 'supervision', 'other'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** 空间范围 (全市/市直/区县). */
export const SPATIAL_SCOPES = ['wholeCity', 'municipal', 'county'] as const;
export type SpatialScope = (typeof SPATIAL_SCOPES)[number];

/** 数据同步机制 (增量/全量). */
export const SYNC_MECHANISMS = ['incremental', 'full'] as const;
export type SyncMechanism = (typeof SYNC_MECHANISMS)[number];

/** 系统部署网络: e-government extranet, intranet, internet, a department's own network. */
export const DEPLOYMENT_NETWORKS = ['extranet', 'intranet', 'internet', 'private'] as const;
export type DeploymentNetwork = (typeof DEPLOYMENT_NETWORKS)[number];

/** 松江 对接方式: push the data, or push data files (the Shanghai template). */
export const DOCKING_METHODS = ['pushData', 'pushFile'] as const;
export type DockingMethod = (typeof DOCKING_METHODS)[number];

/** 雨花 conditional opening forms: 授权使用, 核验, 查询, 脱敏, 计算结果. */
export const OPEN_METHODS = ['authorisedUse', 'verification', 'query', 'desensitised', 'computedResult'] as const;
export type OpenMethod = (typeof OPEN_METHODS)[number];
