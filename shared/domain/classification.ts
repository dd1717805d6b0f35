import { z } from 'zod';
import { REGULATIONS, citation, cite } from '../profiles/regulations';

/**
 * Resource classification trees as data. A position is stored in parts — 类 (category),
 * 项 (item), 目 (section), 细目 (detail) — and the classification code is their concatenation.
 * The trees name 类 and 项; 目 and 细目 are the department's own, so only their digits are checked.
 * Which scheme a workspace uses comes from its jurisdiction profile.
 */

export const CLASSIFICATION_SCHEMES = ['national1272', 'songjiang', 'gbt21063'] as const;
export type ClassificationScheme = (typeof CLASSIFICATION_SCHEMES)[number];

export interface ClassLabel {
  'zh-CN': string;
  en: string;
}

export interface ClassNode {
  code: string;
  label: ClassLabel;
  children?: readonly ClassNode[];
}

export interface ClassificationTree {
  scheme: ClassificationScheme;
  label: ClassLabel;
  /** Digits of 类, 项, 目 and 细目; `null` = any length (the 1272 guideline leaves 细目 variable). */
  digits: readonly [number, number, number, number | null];
  /** Whether a 项 must be one the tree names (true where the regulation lists them all). */
  closedItems: boolean;
  categories: readonly ClassNode[];
  source: string;
}

const n = (code: string, zh: string, en: string, children?: readonly ClassNode[]): ClassNode =>
  children ? { code, label: { 'zh-CN': zh, en }, children } : { code, label: { 'zh-CN': zh, en } };

/** 1272 资源属性分类. The digits of 类 (1 基础, 2 主题, 3 部门) are not fixed by the guideline's summary; 项 follow the guideline's order. */
const NATIONAL_1272: ClassificationTree = {
  scheme: 'national1272',
  label: { 'zh-CN': '1272 指南资源属性分类', en: 'Guideline 1272 resource classes' },
  digits: [1, 2, 3, null],
  closedItems: true,
  source: REGULATIONS.guideline1272.title,
  categories: [
    n('1', '基础信息资源', 'Basic resources', [
      n('01', '人口', 'Population'),
      n('02', '法人单位', 'Legal entities'),
      n('03', '自然资源和空间地理', 'Natural resources and geospatial'),
      n('04', '社会信用', 'Social credit'),
      n('05', '电子证照', 'Electronic licences'),
    ]),
    n('2', '主题信息资源', 'Thematic resources', [
      n('01', '公共服务', 'Public services'),
      n('02', '健康保障', 'Health'),
      n('03', '社会保障', 'Social security'),
      n('04', '食品药品安全', 'Food and drug safety'),
      n('05', '安全生产', 'Work safety'),
      n('06', '价格监管', 'Price supervision'),
      n('07', '能源安全', 'Energy security'),
      n('08', '信用体系', 'Credit system'),
      n('09', '城乡建设', 'Urban and rural construction'),
      n('10', '社区治理', 'Community governance'),
      n('11', '生态环保', 'Ecology and environment'),
      n('12', '应急维稳', 'Emergency and stability'),
    ]),
    n('3', '部门信息资源', 'Departmental resources', [
      n('01', '党中央', 'CPC Central Committee'),
      n('02', '全国人大常委会', 'NPC Standing Committee'),
      n('03', '国务院', 'State Council'),
      n('04', '全国政协', 'CPPCC National Committee'),
      n('05', '最高人民法院', 'Supreme People’s Court'),
      n('06', '最高人民检察院', 'Supreme People’s Procuratorate'),
      n('07', '省(区、市)及其下各级政务部门', 'Provinces and their government departments'),
      n('08', '计划单列市及其下各级政务部门', 'Separately planned cities and their departments'),
    ]),
  ],
};

/** 松江 特征属性分类 (《松江区政务数据资源共享管理办法》第七条): base resources vs sector resources; sector 项 are open. */
const SONGJIANG: ClassificationTree = {
  scheme: 'songjiang',
  label: { 'zh-CN': '松江特征属性分类', en: 'Songjiang resource classes' },
  digits: [1, 2, 3, null],
  closedItems: false,
  source: citation(cite(REGULATIONS.songjiang, '第七条')),
  categories: [
    n('1', '基础资源类', 'Base resources', [
      n('01', '人口', 'Population'),
      n('02', '法人', 'Legal persons'),
      n('03', '房屋', 'Housing'),
      n('04', '空间地理', 'Geospatial'),
    ]),
    n('2', '行业专题资源类', 'Sector resources'),
  ],
};

/** GB/T 21063.4 主题分类, first level as portals reproduce it; two-digit codes in that order (to check against the standard). */
const GBT_21063: ClassificationTree = {
  scheme: 'gbt21063',
  label: { 'zh-CN': 'GB/T 21063.4 主题分类', en: 'GB/T 21063.4 subject classes' },
  digits: [2, 2, 3, null],
  closedItems: false,
  source: 'GB/T 21063.4-2007《政务信息资源目录体系 第4部分：政务信息资源分类》',
  categories: [
    n('01', '综合政务', 'General government affairs'),
    n('02', '经济管理', 'Economic management'),
    n('03', '国土资源、能源', 'Land resources and energy'),
    n('04', '工业、交通、邮政', 'Industry, transport and post'),
    n('05', '信息产业', 'Information industry'),
    n('06', '城乡建设、环境保护', 'Construction and environment'),
    n('07', '农业、水利', 'Agriculture and water'),
    n('08', '财政', 'Public finance'),
    n('09', '商业、贸易', 'Commerce and trade'),
    n('10', '旅游、服务业', 'Tourism and services'),
    n('11', '气象、水文、测绘、地震', 'Meteorology, hydrology, surveying, seismology'),
    n('12', '对外事务', 'Foreign affairs'),
    n('13', '政法、监察', 'Law and supervision'),
    n('14', '科技、教育', 'Science and education'),
    n('15', '文化、卫生、体育', 'Culture, health and sport'),
    n('16', '军事、国防', 'Military and defence'),
    n('17', '劳动、人事', 'Labour and personnel'),
    n('18', '民政、社区', 'Civil affairs and community'),
    n('19', '文秘、行政', 'Secretarial and administration'),
    n('20', '综合党团', 'Party and mass organisations'),
  ],
};

export const CLASSIFICATION_TREES: Record<ClassificationScheme, ClassificationTree> = {
  national1272: NATIONAL_1272,
  songjiang: SONGJIANG,
  gbt21063: GBT_21063,
};

/** A position in a tree, stored in parts. 项, 目 and 细目 may be left open while compiling. */
export const classificationSchema = z.object({
  scheme: z.enum(CLASSIFICATION_SCHEMES, { error: () => 'validation.enum' }),
  category: z.string().trim().regex(/^[0-9A-Z]{1,2}$/, { message: 'catalogue.validation.classDigits' }),
  item: z.string().trim().regex(/^\d{2}$/, { message: 'catalogue.validation.classDigits' }).optional(),
  section: z.string().trim().regex(/^\d{3}$/, { message: 'catalogue.validation.classDigits' }).optional(),
  detail: z.string().trim().regex(/^[0-9A-Z]{1,12}$/, { message: 'catalogue.validation.classDigits' }).optional(),
});
export type Classification = z.output<typeof classificationSchema>;

export type ClassificationProblem = { path: 'category' | 'item' | 'section' | 'detail'; code: string };

/** Problems of a position against its tree: unknown 类, a 项 the tree does not name, wrong digit counts. */
export function checkClassification(c: Classification): ClassificationProblem[] {
  const tree = CLASSIFICATION_TREES[c.scheme];
  const problems: ClassificationProblem[] = [];
  const [dc, di, ds] = tree.digits;
  const category = tree.categories.find((x) => x.code === c.category);
  if (c.category.length !== dc || !category) problems.push({ path: 'category', code: 'catalogue.validation.classUnknown' });
  if (c.item !== undefined) {
    if (c.item.length !== di) problems.push({ path: 'item', code: 'catalogue.validation.classDigits' });
    else if (category && tree.closedItems && !category.children?.some((x) => x.code === c.item)) {
      problems.push({ path: 'item', code: 'catalogue.validation.classUnknown' });
    }
  }
  if (c.section !== undefined && (c.section.length !== ds || c.item === undefined)) {
    problems.push({ path: 'section', code: 'catalogue.validation.classDigits' });
  }
  if (c.detail !== undefined && c.section === undefined) problems.push({ path: 'detail', code: 'catalogue.validation.classDigits' });
  return problems;
}

/** The classification code: 类 + 项 + 目 + 细目, as far as they are filled in. */
export function classificationCode(c: Classification): string {
  return [c.category, c.item, c.section, c.detail].filter((p): p is string => !!p).join('');
}

/** Splits a classification code back into parts by the tree's digit counts (细目 takes the rest). */
export function parseClassificationCode(scheme: ClassificationScheme, code: string): Classification | undefined {
  const [dc, di, ds] = CLASSIFICATION_TREES[scheme].digits;
  if (!/^[0-9A-Z]+$/.test(code) || code.length < dc) return undefined;
  const out: Classification = { scheme, category: code.slice(0, dc) };
  let rest = code.slice(dc);
  if (rest.length >= di) {
    out.item = rest.slice(0, di);
    rest = rest.slice(di);
  } else if (rest) return undefined;
  if (rest.length >= ds) {
    out.section = rest.slice(0, ds);
    rest = rest.slice(ds);
  } else if (rest) return undefined;
  if (rest) out.detail = rest;
  return out;
}

/** The labels along a position, e.g. 基础信息资源 › 人口, for lists and exports. */
export function classificationPath(c: Classification): ClassLabel[] {
  const tree = CLASSIFICATION_TREES[c.scheme];
  const category = tree.categories.find((x) => x.code === c.category);
  if (!category) return [];
  const item = category.children?.find((x) => x.code === c.item);
  return item ? [category.label, item.label] : [category.label];
}
