/**
 * The words the departmental Excel templates use for each enumeration (the 1272 template and the local variants). These are
 * part of the file format, not UI text: export writes the first label of each value (or the
 * workspace profile's share/open wording), import accepts every label listed here, compared after
 * `labelKey` (full-width folded, spaces and case ignored).
 */
import {
  CLOUD_SERVICE_TERMS,
  DATA_GRADE_TERMS,
  DEPLOYMENT_NETWORK_TERMS,
  DOCKING_METHOD_TERMS,
  OPEN_METHOD_TERMS,
  PROTECTION_LEVEL_TERMS,
  SCENARIO_TERMS,
  SPATIAL_SCOPE_TERMS,
  SYNC_MECHANISM_TERMS,
  THEME_TERMS,
  type Term,
} from '../profiles/vocabulary';
import {
  CLOUD_SERVICES,
  DATA_GRADES,
  DATA_ITEM_TYPES,
  DEPLOYMENT_NETWORKS,
  DOCKING_METHODS,
  OPEN_METHODS,
  PROTECTION_LEVELS,
  SCENARIOS,
  SPATIAL_SCOPES,
  SYNC_MECHANISMS,
  THEMES,
  FORMAT_CLASSES,
  FORMAT_TYPES,
  OPEN_TYPES,
  RESOURCE_KINDS,
  SHARE_METHOD_CLASSES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  UPDATE_CYCLES,
} from '../domain/enums';
import { labelKey } from './normalise';

export interface Vocabulary<V extends string = string> {
  /** Canonical values in display order (the order of the dropdown). */
  values: readonly V[];
  /** Labels per value; the first one is what export writes. */
  labels: Record<V, readonly string[]>;
}

const vocab = <V extends string>(values: readonly V[], labels: Record<V, readonly string[]>): Vocabulary<V> => ({ values, labels });

export const SHARE_TYPE_VOCAB = vocab(SHARE_TYPES, {
  unconditional: ['无条件共享', '无条件', '普遍共享'],
  conditional: ['有条件共享', '有条件', '受限共享', '受限', '按需共享'],
  none: ['不予共享', '不共享', '非共享', '禁止共享'],
});

/** 1272's 是否向社会开放 answers 是/否; an answer 是 with conditions is read as conditional. */
export const OPEN_TYPE_VOCAB = vocab(OPEN_TYPES, {
  unconditional: ['无条件开放', '是', '无条件开放类', '普遍公开', '无条件'],
  conditional: ['有条件开放', '受限开放', '受限开放类', '按需公开', '有条件', '受限'],
  none: ['不予开放', '否', '禁止开放', '禁止开放类', '不公开', '不开放'],
});

export const FORMAT_CLASS_VOCAB = vocab(FORMAT_CLASSES, {
  document: ['电子文件'],
  spreadsheet: ['电子表格'],
  database: ['数据库'],
  image: ['图形图像', '图片'],
  streaming: ['流媒体'],
  selfDescribing: ['自描述格式'],
  serviceInterface: ['服务接口', '接口'],
});

export const SHARE_METHOD_CLASS_VOCAB = vocab(SHARE_METHOD_CLASSES, {
  platform: ['共享平台方式', '共享平台', '平台方式'],
  mail: ['邮件', '邮件方式'],
  disk: ['拷盘', '拷盘方式'],
  mediaPaper: ['介质交换(纸质报表)', '纸质报表'],
  mediaElectronic: ['介质交换(电子文档)', '电子文档', '介质方式'],
});

export const SHARE_METHOD_TYPE_VOCAB = vocab(SHARE_METHOD_TYPES, {
  database: ['数据库', '库表'],
  file: ['文件'],
  interface: ['接口', '服务接口'],
});

export const UPDATE_CYCLE_VOCAB = vocab(UPDATE_CYCLES, {
  realtime: ['实时'],
  daily: ['每日', '每天', '日'],
  weekly: ['每周', '周'],
  tenDays: ['每旬', '旬'],
  monthly: ['每月', '月'],
  quarterly: ['每季度', '每季', '季度'],
  halfYearly: ['每半年', '半年'],
  yearly: ['每年', '年', '年度'],
  irregular: ['不定期'],
  other: ['其他', '其它'],
});

/** Both national spellings (字符型C / 字符串型C), the bare letter, and 松江's 字符/日期/数字. */
export const DATA_ITEM_TYPE_VOCAB = vocab(DATA_ITEM_TYPES, {
  C: ['字符型C', '字符串型C', '字符型', '字符串型', '字符串', '字符', 'C'],
  N: ['数值型N', '数值型', '数值', '数字', 'N'],
  Y: ['货币型Y', '货币型', '货币', 'Y'],
  D: ['日期型D', '日期型', '日期', 'D'],
  T: ['日期时间型T', '日期时间型', '日期时间', 'T'],
  L: ['逻辑型L', '逻辑型', '逻辑', '布尔', 'L'],
  M: ['备注型M', '备注型', '备注', 'M'],
  G: ['通用型G', '通用型', '通用', 'G'],
  B: ['双精度型B', '双精度型', '双精度', 'B'],
  I: ['整型I', '整型', '整数', 'I'],
  F: ['浮点型F', '浮点型', '浮点', 'F'],
});

/** 资源类型: the words of 《拱墅区政务数字资源共建共享管理办法》第二条 first, then the short ones templates use. */
export const RESOURCE_KIND_VOCAB = vocab(RESOURCE_KINDS, {
  data: ['数据', '数据资源'],
  application: ['应用（场景）', '应用', '应用资源', '应用系统', '场景', '应用系统（场景）'],
  cloud: ['政务云', '云', '云资源'],
  component: ['智能组件', '组件', '组件资源'],
  iot: ['物联感知', '物联感知资源'],
  network: ['网络基础设施', '网络', '网络资源'],
  security: ['网络数据安全体系', '网络数据安全系统', '安全体系'],
});

/** The extension enumerations take the model's own wording (shared/profiles/vocabulary.ts). */
function fromTerms<V extends string>(values: readonly V[], terms: Record<V, Term>): Vocabulary<V> {
  const labels = Object.fromEntries(values.map((v) => [v, [terms[v].label['zh-CN'], ...(terms[v].aliases ?? [])]])) as unknown as Record<V, readonly string[]>;
  return { values, labels };
}

export const DATA_GRADE_VOCAB = fromTerms(DATA_GRADES, DATA_GRADE_TERMS);
export const THEME_VOCAB = fromTerms(THEMES, THEME_TERMS);
export const SCENARIO_VOCAB = fromTerms(SCENARIOS, SCENARIO_TERMS);
export const SPATIAL_SCOPE_VOCAB = fromTerms(SPATIAL_SCOPES, SPATIAL_SCOPE_TERMS);
export const SYNC_MECHANISM_VOCAB = fromTerms(SYNC_MECHANISMS, SYNC_MECHANISM_TERMS);
export const DEPLOYMENT_NETWORK_VOCAB = fromTerms(DEPLOYMENT_NETWORKS, DEPLOYMENT_NETWORK_TERMS);
export const DOCKING_METHOD_VOCAB = fromTerms(DOCKING_METHODS, DOCKING_METHOD_TERMS);
export const OPEN_METHOD_VOCAB = fromTerms(OPEN_METHODS, OPEN_METHOD_TERMS);
export const PROTECTION_LEVEL_VOCAB = fromTerms(PROTECTION_LEVELS, PROTECTION_LEVEL_TERMS);
export const CLOUD_SERVICE_VOCAB = fromTerms(CLOUD_SERVICES, CLOUD_SERVICE_TERMS);

/** 是/否 columns (是否垂直管理系统, 敏感属性, 主键). */
export const YES_NO_VOCAB = vocab(['true', 'false'] as const, {
  true: ['是', 'Y', 'yes', 'true', '√', '1'],
  false: ['否', 'N', 'no', 'false', '×', '0'],
});

/** Every known format type, so `kingbasees` reads as `KingbaseES`; others are kept as typed. */
export const FORMAT_TYPE_VOCAB: Vocabulary = (() => {
  const values = [...new Set(Object.values(FORMAT_TYPES).flat())];
  return { values, labels: Object.fromEntries(values.map((v) => [v, [v]])) };
})();

const indexes = new WeakMap<Vocabulary, Map<string, string>>();
/** Raw cell text → value, per vocabulary: a column repeats a handful of labels thousands of times. */
const memos = new WeakMap<Vocabulary, Map<string, string | undefined>>();
const MEMO_LIMIT = 1000;

/** The canonical value a label stands for, or undefined when the label is unknown. */
export function valueOfLabel<V extends string>(v: Vocabulary<V>, label: string): V | undefined {
  let memo = memos.get(v);
  if (memo?.has(label)) return memo.get(label) as V | undefined;
  let index = indexes.get(v);
  if (!index) {
    index = new Map();
    for (const value of v.values) {
      for (const l of v.labels[value]) if (!index.has(labelKey(l))) index.set(labelKey(l), value);
      if (!index.has(labelKey(value))) index.set(labelKey(value), value);
    }
    indexes.set(v, index);
  }
  const found = index.get(labelKey(label)) as V | undefined;
  if (!memo) memos.set(v, (memo = new Map()));
  if (memo.size < MEMO_LIMIT) memo.set(label, found);
  return found;
}

/** The label export writes for `value`. */
export function labelOfValue<V extends string>(v: Vocabulary<V>, value: V): string {
  return v.labels[value]?.[0] ?? value;
}
