/**
 * The two template layouts (the 1272 one-row-per-item sheet and the two-sheet layout), one line per column: where the value goes, the header
 * export writes (with `*` when required), the other headers import accepts, and how the cell is
 * read. A new model field is one more line here.
 */
import {
  CLOUD_SERVICE_VOCAB,
  DATA_GRADE_VOCAB,
  DATA_ITEM_TYPE_VOCAB,
  DEPLOYMENT_NETWORK_VOCAB,
  DOCKING_METHOD_VOCAB,
  FORMAT_CLASS_VOCAB,
  FORMAT_TYPE_VOCAB,
  OPEN_METHOD_VOCAB,
  OPEN_TYPE_VOCAB,
  PROTECTION_LEVEL_VOCAB,
  RESOURCE_KIND_VOCAB,
  SCENARIO_VOCAB,
  SHARE_METHOD_CLASS_VOCAB,
  SHARE_METHOD_TYPE_VOCAB,
  SHARE_TYPE_VOCAB,
  SPATIAL_SCOPE_VOCAB,
  SYNC_MECHANISM_VOCAB,
  THEME_VOCAB,
  UPDATE_CYCLE_VOCAB,
  type Vocabulary,
} from './vocabulary';

export const LAYOUTS = ['1272', 'modern'] as const;
export type LayoutId = (typeof LAYOUTS)[number];

/** How a cell is read: free text, a code (half-width, no spaces), a 数据长度, a date, or a label. */
export type CellKind = 'text' | 'ascii' | 'length' | 'date' | 'number' | 'boolean' | 'list' | 'classification' | { vocab: Vocabulary; strict: boolean };

/**
 * `entry.x` and `item.x` are fields of entryInputSchema and its data items; `key.code` (the
 * resource code) and `key.entryName` (the modern items sheet's link) only match rows to entries;
 * `sample.value` is an item's sample value, read only to be checked (never kept, never exported);
 * `ignore` columns are known template columns the model does not keep: they help find the header.
 */
export type Target = `entry.${string}` | `item.${string}` | 'key.code' | 'key.entryName' | 'sample.value' | 'ignore';

export interface ColumnSpec {
  target: Target;
  header: string;
  aliases?: readonly string[];
  required?: boolean;
  kind: CellKind;
  /** Column width in characters on export. */
  width?: number;
}

export interface SheetSpec {
  role: 'combined' | 'resources' | 'items';
  /** The sheet name export writes. */
  name: string;
  /** A title row written above the header, as the templates have. */
  title?: string;
  /** Targets whose columns must be present for a sheet to be taken as this one. */
  anchors: readonly Target[];
  columns: readonly ColumnSpec[];
}

export interface LayoutSpec {
  id: LayoutId;
  sheets: readonly SheetSpec[];
}

const label = (vocab: Vocabulary): CellKind => ({ vocab, strict: true });
const ignore = (header: string, ...aliases: string[]): ColumnSpec => ({ target: 'ignore', header, aliases, kind: 'text' });

/** Per-item overrides of the share/open attributes (the 1272 layout repeats them on every item row), blank when the item follows its resource. */
const ITEM_OVERRIDES: readonly ColumnSpec[] = [
  { target: 'item.shareType', header: '信息项共享类型', aliases: ['数据项共享类型'], kind: label(SHARE_TYPE_VOCAB), width: 14 },
  { target: 'item.shareCondition', header: '信息项共享条件', aliases: ['数据项共享条件'], kind: 'text', width: 20 },
  { target: 'item.openType', header: '信息项开放属性', aliases: ['信息项是否向社会开放', '数据项开放属性'], kind: label(OPEN_TYPE_VOCAB), width: 14 },
  { target: 'item.openCondition', header: '信息项开放条件', aliases: ['数据项开放条件'], kind: 'text', width: 20 },
];

/**
 * The non-data kinds' own fields (《拱墅区政务数字资源共建共享管理办法》第二条; which kind needs which:
 * shared/domain/resource-kind.ts), blank on data rows.
 */
const KIND_COLUMNS: readonly ColumnSpec[] = [
  { target: 'entry.appUrl', header: '应用访问地址', aliases: ['访问地址', '应用地址'], kind: 'text', width: 24 },
  { target: 'entry.onGovCloud', header: '是否部署在政务云', aliases: ['部署在政务云'], kind: 'boolean', width: 10 },
  { target: 'entry.protectionLevel', header: '等保级别', aliases: ['等级保护级别', '网络安全等级保护级别'], kind: label(PROTECTION_LEVEL_VOCAB), width: 10 },
  { target: 'entry.appUsers', header: '使用对象', aliases: ['用户范围', '应用用户'], kind: 'text', width: 18 },
  { target: 'entry.userCount', header: '用户数', aliases: ['用户数量'], kind: 'number', width: 10 },
  { target: 'entry.cloudService', header: '云服务类型', kind: label(CLOUD_SERVICE_VOCAB), width: 10 },
  { target: 'entry.cloudSpec', header: '云资源规格', aliases: ['资源规格'], kind: 'text', width: 18 },
  { target: 'entry.componentInterface', header: '组件接口说明', aliases: ['接口说明', '组件接口'], kind: 'text', width: 24 },
  { target: 'entry.componentVersion', header: '组件版本', kind: 'text', width: 10 },
  { target: 'entry.deviceCount', header: '设备数量', aliases: ['感知设备数量'], kind: 'number', width: 10 },
  { target: 'entry.deviceType', header: '设备类型', aliases: ['感知设备类型'], kind: 'text', width: 14 },
  { target: 'entry.deviceLocation', header: '部署位置', aliases: ['设备部署位置'], kind: 'text', width: 18 },
  { target: 'entry.networkScope', header: '网络覆盖范围', aliases: ['覆盖范围'], kind: 'text', width: 18 },
  { target: 'entry.bandwidth', header: '带宽', kind: 'text', width: 10 },
  { target: 'entry.securityScope', header: '安全防护对象', aliases: ['防护对象', '防护范围'], kind: 'text', width: 18 },
];

/** The model's extension fields (the extras real 1272 templates add, and the two-sheet layout's columns), optional columns in both layouts. */
const ENTRY_EXTENSIONS: readonly ColumnSpec[] = [
  /** 类/项/目/细目 as one code (e.g. 101), split by the workspace profile's classification tree. */
  { target: 'entry.classification', header: '信息资源分类', aliases: ['信息资源分类编码', '类目编码', '资源分类'], kind: 'classification', width: 12 },
  { target: 'entry.nameEn', header: '信息资源英文名', aliases: ['信息资源英文名称'], kind: 'text', width: 18 },
  { target: 'entry.sourceSystem', header: '来源信息系统名称', aliases: ['信息系统名称', '所属信息系统'], kind: 'text', width: 18 },
  { target: 'entry.deploymentNetwork', header: '系统部署网络', kind: label(DEPLOYMENT_NETWORK_VOCAB), width: 14 },
  { target: 'entry.verticalSystem', header: '是否垂直管理系统', kind: 'boolean', width: 10 },
  { target: 'entry.businessMatter', header: '业务事项名称', aliases: ['数据所属事项'], kind: 'text', width: 18 },
  { target: 'entry.formatNote', header: '其他类型资源格式描述', kind: 'text', width: 18 },
  { target: 'entry.storageGb', header: '数据存储总量(G)', aliases: ['数据存储总量'], kind: 'number', width: 12 },
  { target: 'entry.recordCount', header: '结构化信息记录总数(万)', aliases: ['结构化信息记录总数'], kind: 'number', width: 12 },
  { target: 'entry.sharedStorageGb', header: '已共享存储量(G)', aliases: ['已共享存储量'], kind: 'number', width: 12 },
  { target: 'entry.sharedRecordCount', header: '已共享记录数(万)', aliases: ['已共享记录数'], kind: 'number', width: 12 },
  { target: 'entry.openStorageGb', header: '已开放存储量(G)', aliases: ['已开放存储量'], kind: 'number', width: 12 },
  { target: 'entry.openRecordCount', header: '已开放记录数(万)', aliases: ['已开放记录数'], kind: 'number', width: 12 },
  { target: 'entry.serviceAddress', header: '服务地址', kind: 'text', width: 20 },
  { target: 'entry.onlineLink', header: '在线资源链接地址', kind: 'text', width: 20 },
  { target: 'entry.relatedCodes', header: '关联资源代码', kind: 'list', width: 24 },
  { target: 'entry.theme', header: '所属主题', kind: label(THEME_VOCAB), width: 10 },
  { target: 'entry.scenario', header: '应用场景', kind: label(SCENARIO_VOCAB), width: 12 },
  { target: 'entry.spatialScope', header: '空间范围', kind: label(SPATIAL_SCOPE_VOCAB), width: 10 },
  { target: 'entry.timeRange', header: '数据时间范围', kind: 'text', width: 14 },
  { target: 'entry.dataGrade', header: '数据分级', aliases: ['安全级别', '数据安全级别'], kind: label(DATA_GRADE_VOCAB), width: 12 },
  { target: 'entry.syncMechanism', header: '同步机制', kind: label(SYNC_MECHANISM_VOCAB), width: 10 },
  { target: 'entry.syncFrequency', header: '同步频率', kind: 'text', width: 10 },
  { target: 'entry.physicalDelete', header: '是否存在物理删除', aliases: ['物理删除'], kind: 'boolean', width: 10 },
  { target: 'entry.usageRequirements', header: '使用要求', kind: 'text', width: 20 },
  { target: 'entry.responsibleParty', header: '责任方', kind: 'text', width: 14 },
  { target: 'entry.updateTimeLimit', header: '更新时限', kind: 'text', width: 14 },
  { target: 'entry.dockingMethod', header: '对接方式', kind: label(DOCKING_METHOD_VOCAB), width: 14 },
  { target: 'entry.dockingSystem', header: '对接系统', aliases: ['系统说明'], kind: 'text', width: 18 },
  { target: 'entry.openMethod', header: '开放方式', kind: label(OPEN_METHOD_VOCAB), width: 12 },
  { target: 'entry.remarks', header: '备注', kind: 'text', width: 20 },
  ...KIND_COLUMNS,
];

const ITEM_EXTENSIONS: readonly ColumnSpec[] = [
  { target: 'item.sensitive', header: '敏感属性', aliases: ['是否敏感'], kind: 'boolean', width: 10 },
  { target: 'item.desensitisation', header: '脱敏说明', aliases: ['脱敏要求'], kind: 'text', width: 16 },
  { target: 'item.isKey', header: '是否主键', aliases: ['主键'], kind: 'boolean', width: 10 },
  { target: 'sample.value', header: '示例值', aliases: ['样例值', '示例数据', '样例数据', '数据示例'], kind: 'text', width: 20 },
];

/** The 1272 layout: one row per data item, the resource columns repeated (or merged, or left blank). */
export const LAYOUT_1272: LayoutSpec = {
  id: '1272',
  sheets: [
    {
      role: 'combined',
      name: '政务信息资源目录',
      title: '政务信息资源目录',
      anchors: ['entry.name'],
      columns: [
        { target: 'entry.name', header: '信息资源名称', aliases: ['资源名称', '目录名称'], required: true, kind: 'text', width: 24 },
        { target: 'key.code', header: '信息资源代码', aliases: ['资源代码', '目录代码', '信息资源编码'], kind: 'ascii', width: 28 },
        { target: 'entry.kind', header: '资源类型', aliases: ['信息资源类型'], kind: label(RESOURCE_KIND_VOCAB), width: 10 },
        { target: 'entry.provider', header: '信息资源提供方', aliases: ['提供方', '信息资源提供单位', '提供单位', '目录提供方'], required: true, kind: 'text', width: 20 },
        { target: 'entry.providerUnit', header: '提供方内部部门', aliases: ['提供方内设科室', '内设科室'], kind: 'text', width: 16 },
        { target: 'entry.providerCode', header: '资源提供方代码', aliases: ['信息资源提供方代码', '提供方代码'], kind: 'ascii', width: 22 },
        { target: 'entry.summary', header: '信息资源摘要', aliases: ['摘要', '资源摘要'], required: true, kind: 'text', width: 36 },
        { target: 'entry.formatClass', header: '信息资源格式分类', aliases: ['格式分类', '资源格式分类'], required: true, kind: label(FORMAT_CLASS_VOCAB), width: 14 },
        { target: 'entry.formatType', header: '信息资源格式类型', aliases: ['格式类型', '资源格式类型'], required: true, kind: { vocab: FORMAT_TYPE_VOCAB, strict: false }, width: 14 },
        { target: 'item.name', header: '信息项名称', aliases: ['数据项名称'], required: true, kind: 'text', width: 20 },
        { target: 'item.nameEn', header: '信息项英文名', aliases: ['信息项英文名称', '英文名称', '技术名称', '字段名'], kind: 'text', width: 18 },
        { target: 'item.type', header: '数据类型', aliases: ['信息项数据类型', '数据项类型'], required: true, kind: label(DATA_ITEM_TYPE_VOCAB), width: 12 },
        { target: 'item.length', header: '数据长度', aliases: ['信息项数据长度', '长度'], required: true, kind: 'length', width: 10 },
        { target: 'entry.shareType', header: '共享类型', aliases: ['共享属性'], required: true, kind: label(SHARE_TYPE_VOCAB), width: 14 },
        { target: 'entry.shareCondition', header: '共享条件', aliases: ['共享条件/不予共享依据', '不予共享依据'], kind: 'text', width: 24 },
        { target: 'entry.shareMethodClass', header: '共享方式分类', aliases: ['共享方式'], kind: label(SHARE_METHOD_CLASS_VOCAB), width: 18 },
        { target: 'entry.shareMethodType', header: '共享方式类型', kind: label(SHARE_METHOD_TYPE_VOCAB), width: 12 },
        { target: 'entry.openType', header: '是否向社会开放', aliases: ['开放属性', '开放类型', '是否开放'], required: true, kind: label(OPEN_TYPE_VOCAB), width: 14 },
        { target: 'entry.openCondition', header: '开放条件', kind: 'text', width: 20 },
        { target: 'entry.updateCycle', header: '更新周期', aliases: ['更新频率', '资源更新频度'], required: true, kind: label(UPDATE_CYCLE_VOCAB), width: 10 },
        { target: 'entry.publishedOn', header: '发布日期', aliases: ['发布时间'], kind: 'date', width: 12 },
        ...ITEM_OVERRIDES,
        ...ITEM_EXTENSIONS,
        ...ENTRY_EXTENSIONS,
        ignore('序号'),
        ignore('关联及类目名称'),
      ],
    },
  ],
};

/** The two-sheet layout: resources on sheet 1, keyed by 目录名称; their data items on sheet 2. */
export const LAYOUT_MODERN: LayoutSpec = {
  id: 'modern',
  sheets: [
    {
      role: 'resources',
      name: '数据资源目录导入',
      anchors: ['entry.name'],
      columns: [
        { target: 'entry.name', header: '目录名称', aliases: ['信息资源名称', '资源名称'], required: true, kind: 'text', width: 24 },
        { target: 'key.code', header: '信息资源代码', aliases: ['目录代码', '资源代码'], kind: 'ascii', width: 28 },
        { target: 'entry.kind', header: '资源类型', kind: label(RESOURCE_KIND_VOCAB), width: 10 },
        { target: 'entry.provider', header: '目录提供方', aliases: ['信息资源提供方', '提供方'], required: true, kind: 'text', width: 20 },
        { target: 'entry.providerUnit', header: '来源部门', aliases: ['提供方内部部门'], kind: 'text', width: 16 },
        { target: 'entry.providerCode', header: '提供方代码', aliases: ['资源提供方代码'], kind: 'ascii', width: 22 },
        { target: 'entry.summary', header: '描述', aliases: ['信息资源摘要', '摘要'], required: true, kind: 'text', width: 36 },
        { target: 'entry.formatClass', header: '格式分类', aliases: ['信息资源格式分类'], required: true, kind: label(FORMAT_CLASS_VOCAB), width: 14 },
        { target: 'entry.formatType', header: '格式类型', aliases: ['信息资源格式类型'], required: true, kind: { vocab: FORMAT_TYPE_VOCAB, strict: false }, width: 14 },
        { target: 'entry.updateCycle', header: '更新周期', required: true, kind: label(UPDATE_CYCLE_VOCAB), width: 10 },
        { target: 'entry.shareType', header: '共享属性', aliases: ['共享类型'], required: true, kind: label(SHARE_TYPE_VOCAB), width: 14 },
        { target: 'entry.shareCondition', header: '共享条件/不予共享依据', aliases: ['共享条件', '不予共享依据'], kind: 'text', width: 24 },
        { target: 'entry.shareMethodClass', header: '共享方式', aliases: ['共享方式分类'], kind: label(SHARE_METHOD_CLASS_VOCAB), width: 18 },
        { target: 'entry.shareMethodType', header: '共享方式类型', kind: label(SHARE_METHOD_TYPE_VOCAB), width: 12 },
        { target: 'entry.openType', header: '开放属性', aliases: ['是否向社会开放'], required: true, kind: label(OPEN_TYPE_VOCAB), width: 14 },
        { target: 'entry.openCondition', header: '开放条件', kind: 'text', width: 20 },
        { target: 'entry.publishedOn', header: '发布日期', kind: 'date', width: 12 },
        ...ENTRY_EXTENSIONS,
        ignore('挂接资源名称'),
        ignore('资源属性分类一'),
        ignore('资源属性分类二'),
        ignore('是否上线到超市'),
      ],
    },
    {
      role: 'items',
      name: '信息项导入',
      anchors: ['item.name', 'key.entryName'],
      columns: [
        { target: 'key.entryName', header: '目录名称', aliases: ['信息资源名称'], required: true, kind: 'text', width: 24 },
        { target: 'key.code', header: '信息资源代码', aliases: ['目录代码'], kind: 'ascii', width: 28 },
        { target: 'item.name', header: '业务名称', aliases: ['信息项名称'], required: true, kind: 'text', width: 20 },
        { target: 'item.nameEn', header: '技术名称', aliases: ['信息项英文名', '英文名称'], kind: 'text', width: 18 },
        { target: 'item.type', header: '数据类型', required: true, kind: label(DATA_ITEM_TYPE_VOCAB), width: 12 },
        { target: 'item.length', header: '数据长度', kind: 'length', width: 10 },
        { target: 'item.shareType', header: '共享属性', aliases: ['共享类型'], kind: label(SHARE_TYPE_VOCAB), width: 14 },
        { target: 'item.shareCondition', header: '共享条件', kind: 'text', width: 20 },
        { target: 'item.openType', header: '开放属性', kind: label(OPEN_TYPE_VOCAB), width: 14 },
        { target: 'item.openCondition', header: '开放条件', kind: 'text', width: 20 },
        ...ITEM_EXTENSIONS,
        ignore('序号'),
        ignore('数据标准'),
        ignore('码表'),
        ignore('值域'),
        ignore('涉密属性'),
        ignore('时间戳'),
      ],
    },
  ],
};

export const LAYOUT_SPECS: Record<LayoutId, LayoutSpec> = { '1272': LAYOUT_1272, modern: LAYOUT_MODERN };

/** Columns export writes, in order: every column but the `ignore` ones and the sample values, which are only read. */
export function exportColumns(sheet: SheetSpec): ColumnSpec[] {
  return sheet.columns.filter((c) => c.target !== 'ignore' && c.target !== 'sample.value');
}

/** `A`, `B`, … `Z`, `AA`… for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
