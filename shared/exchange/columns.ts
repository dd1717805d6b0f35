/**
 * The two template layouts of DOMAIN §7, one line per column: where the value goes, the header
 * export writes (with `*` when required), the other headers import accepts, and how the cell is
 * read. A new model field is one more line here.
 */
import {
  DATA_ITEM_TYPE_VOCAB,
  FORMAT_CLASS_VOCAB,
  FORMAT_TYPE_VOCAB,
  OPEN_TYPE_VOCAB,
  RESOURCE_KIND_VOCAB,
  SHARE_METHOD_CLASS_VOCAB,
  SHARE_METHOD_TYPE_VOCAB,
  SHARE_TYPE_VOCAB,
  UPDATE_CYCLE_VOCAB,
  type Vocabulary,
} from './vocabulary';

export const LAYOUTS = ['1272', 'modern'] as const;
export type LayoutId = (typeof LAYOUTS)[number];

/** How a cell is read: free text, a code (half-width, no spaces), a 数据长度, a date, or a label. */
export type CellKind = 'text' | 'ascii' | 'length' | 'date' | { vocab: Vocabulary; strict: boolean };

/**
 * `entry.x` and `item.x` are fields of entryInputSchema and its data items; `key.code` (the
 * resource code) and `key.entryName` (the modern items sheet's link) only match rows to entries;
 * `ignore` columns are known template columns the model does not keep: they help find the header.
 */
export type Target = `entry.${string}` | `item.${string}` | 'key.code' | 'key.entryName' | 'ignore';

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

/** Per-item overrides of the share/open attributes (DOMAIN §1.2), blank when the item follows its resource. */
const ITEM_OVERRIDES: readonly ColumnSpec[] = [
  { target: 'item.shareType', header: '信息项共享类型', aliases: ['数据项共享类型'], kind: label(SHARE_TYPE_VOCAB), width: 14 },
  { target: 'item.shareCondition', header: '信息项共享条件', aliases: ['数据项共享条件'], kind: 'text', width: 20 },
  { target: 'item.openType', header: '信息项开放属性', aliases: ['信息项是否向社会开放', '数据项开放属性'], kind: label(OPEN_TYPE_VOCAB), width: 14 },
  { target: 'item.openCondition', header: '信息项开放条件', aliases: ['数据项开放条件'], kind: 'text', width: 20 },
];

/** DOMAIN §7A: one row per data item, the resource columns repeated (or merged, or left blank). */
export const LAYOUT_1272: LayoutSpec = {
  id: '1272',
  sheets: [
    {
      role: 'combined',
      name: '政务信息资源目录',
      title: '政务信息资源目录',
      anchors: ['entry.name', 'item.name'],
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
        ignore('序号'),
        ignore('信息资源英文名', '信息资源英文名称'),
        ignore('来源信息系统名称', '信息系统名称'),
        ignore('其他类型资源格式描述'),
        ignore('数据存储总量(G)', '数据存储总量'),
        ignore('结构化信息记录总数(万)', '结构化信息记录总数'),
        ignore('已共享存储量'),
        ignore('已共享记录数'),
        ignore('已开放存储量'),
        ignore('已开放记录数'),
        ignore('关联及类目名称'),
        ignore('备注'),
      ],
    },
  ],
};

/** DOMAIN §7B: resources on sheet 1, keyed by 目录名称; their data items on sheet 2. */
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
        ignore('挂接资源名称'),
        ignore('所属信息系统'),
        ignore('所属主题'),
        ignore('应用场景'),
        ignore('数据所属事项'),
        ignore('空间范围'),
        ignore('数据时间范围'),
        ignore('数据分级'),
        ignore('资源属性分类一'),
        ignore('资源属性分类二'),
        ignore('同步机制'),
        ignore('同步频率'),
        ignore('物理删除', '是否存在物理删除'),
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
        ignore('序号'),
        ignore('数据标准'),
        ignore('码表'),
        ignore('值域'),
        ignore('敏感属性'),
        ignore('涉密属性'),
        ignore('时间戳'),
        ignore('主键'),
      ],
    },
  ],
};

export const LAYOUT_SPECS: Record<LayoutId, LayoutSpec> = { '1272': LAYOUT_1272, modern: LAYOUT_MODERN };

/** Columns export writes, in order: every column but the `ignore` ones. */
export function exportColumns(sheet: SheetSpec): ColumnSpec[] {
  return sheet.columns.filter((c) => c.target !== 'ignore');
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
