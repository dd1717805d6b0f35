import { sharedEntrySchema, type SharedEntry, type SharedEntryInput } from '@shared/domain/shared-entry';
import type { FormatClass } from '@shared/domain/enums';
import { usccCheckChar } from '@shared/ids/uscc';
import { mulberry32 } from './random';

/**
 * A deterministic shared catalogue of any size, shaped like a county's published catalogues:
 * department names, resource names composed from common subjects, summaries, and data items drawn
 * from the field names that recur across departments (so 一数一源 and item search have real
 * overlaps). Used by tests and benchmarks; the same seed always gives the same entries.
 */

const COUNTIES = ['伊川县', '松江区', '雨花区', '拱墅区', '莲都区'];
const BUREAUS = [
  '公安局', '民政局', '人力资源和社会保障局', '市场监督管理局', '自然资源和规划局', '卫生健康委员会', '教育局',
  '住房和城乡建设局', '交通运输局', '生态环境局', '税务局', '财政局', '农业农村局', '文化和旅游局', '应急管理局',
  '医疗保障局', '退役军人事务局', '司法局', '统计局', '水利局',
];
type Item = [name: string, nameEn: string, type: 'C' | 'N' | 'D' | 'T', length: string];
/** Data items by domain: a resource's items come mostly from its subject's domain, as in real catalogues. */
const DOMAIN_ITEMS: Record<'person' | 'entity' | 'property' | 'environment', Item[]> = {
  person: [
    ['姓名', 'xm', 'C', '50'], ['性别', 'xb', 'C', '2'], ['出生日期', 'csrq', 'D', '8'], ['公民身份号码', 'gmsfhm', 'C', '18'],
    ['民族', 'mz', 'C', '20'], ['户籍地址', 'hjdz', 'C', '200'], ['现住址', 'xzz', 'C', '200'], ['联系电话', 'lxdh', 'C', '20'],
    ['婚姻状况', 'hyzk', 'C', '2'], ['文化程度', 'whcd', 'C', '2'], ['职业', 'zy', 'C', '50'], ['人员类别', 'rylb', 'C', '2'],
    ['参保状态', 'cbzt', 'C', '2'], ['缴费基数', 'jfjs', 'N', '12,2'], ['救助金额', 'jzje', 'N', '12,2'], ['学籍号', 'xjh', 'C', '30'],
    ['接种日期', 'jzrq', 'D', '8'], ['疫苗名称', 'ymmc', 'C', '100'], ['就诊医院', 'jzyy', 'C', '100'], ['死亡日期', 'swrq', 'D', '8'],
  ],
  entity: [
    ['统一社会信用代码', 'tyshxydm', 'C', '18'], ['企业名称', 'qymc', 'C', '200'], ['法定代表人', 'fddbr', 'C', '50'],
    ['注册资本', 'zczb', 'N', '18,2'], ['成立日期', 'clrq', 'D', '8'], ['经营范围', 'jyfw', 'C', '2000'], ['登记机关', 'djjg', 'C', '100'],
    ['住所', 'zs', 'C', '200'], ['核准日期', 'hzrq', 'D', '8'], ['许可证编号', 'xkzbh', 'C', '50'], ['有效期起', 'yxqq', 'D', '8'],
    ['有效期止', 'yxqz', 'D', '8'], ['发证机关', 'fzjg', 'C', '100'], ['处罚决定书文号', 'cfjdswh', 'C', '100'], ['处罚事由', 'cfsy', 'C', '500'],
    ['纳税人识别号', 'nsrsbh', 'C', '20'], ['行业类别', 'hylb', 'C', '10'], ['信用等级', 'xydj', 'C', '2'],
  ],
  property: [
    ['不动产单元号', 'bdcdyh', 'C', '28'], ['坐落', 'zl', 'C', '200'], ['建筑面积', 'jzmj', 'N', '12,2'], ['权利人', 'qlr', 'C', '100'],
    ['土地用途', 'tdyt', 'C', '50'], ['宗地面积', 'zdmj', 'N', '12,2'], ['规划许可证号', 'ghxkzh', 'C', '50'], ['房屋结构', 'fwjg', 'C', '20'],
    ['竣工日期', 'jgrq', 'D', '8'], ['地名代码', 'dmdm', 'C', '20'], ['图斑编号', 'tbbh', 'C', '30'], ['权属性质', 'qsxz', 'C', '10'],
  ],
  environment: [
    ['监测点位', 'jcdw', 'C', '100'], ['监测时间', 'jcsj', 'T', '14'], ['监测值', 'jcz', 'N', '12,4'], ['号牌号码', 'hphm', 'C', '15'],
    ['车辆类型', 'cllx', 'C', '10'], ['准驾车型', 'zjcx', 'C', '10'], ['道路名称', 'dlmc', 'C', '100'], ['河道名称', 'hdmc', 'C', '100'],
    ['经度', 'jd', 'N', '12,8'], ['纬度', 'wd', 'N', '12,8'], ['气温', 'qw', 'N', '5,1'], ['降水量', 'jsl', 'N', '8,1'],
  ],
};
const COMMON_ITEMS: Item[] = [
  ['数据更新时间', 'gxsj', 'T', '14'], ['记录编号', 'jlbh', 'C', '32'], ['经办人', 'jbr', 'C', '50'], ['办理日期', 'blrq', 'D', '8'],
  ['所属区划', 'ssqh', 'C', '12'], ['备注', 'bz', 'C', '500'],
];
const SUBJECTS: [string, keyof typeof DOMAIN_ITEMS][] = [
  ['人口', 'person'], ['户籍', 'person'], ['婚姻', 'person'], ['社会保险', 'person'], ['医疗保险', 'person'], ['学籍', 'person'],
  ['最低生活保障', 'person'], ['残疾人', 'person'], ['养老服务', 'person'], ['就业', 'person'], ['失业', 'person'], ['出生', 'person'],
  ['死亡', 'person'], ['疫苗接种', 'person'], ['门诊', 'person'], ['住院', 'person'],
  ['法人', 'entity'], ['企业', 'entity'], ['个体工商户', 'entity'], ['行政许可', 'entity'], ['行政处罚', 'entity'], ['信用', 'entity'],
  ['税收', 'entity'], ['药品', 'entity'], ['食品', 'entity'], ['特种设备', 'entity'], ['危险化学品', 'entity'],
  ['不动产', 'property'], ['房屋', 'property'], ['建筑工程', 'property'], ['耕地', 'property'], ['林地', 'property'], ['地名', 'property'],
  ['空气质量', 'environment'], ['水质', 'environment'], ['河道', 'environment'], ['道路', 'environment'], ['机动车', 'environment'],
  ['驾驶人', 'environment'], ['气象', 'environment'],
];
const QUALIFIERS = ['基础', '登记', '许可', '备案', '变更', '注销', '统计', '监测', '核验', '年报', '补贴', '缴费'];
const SUFFIXES = ['信息', '数据', '目录', '台账', '明细', '记录', '清单'];
const PURPOSES = ['政务服务办理', '监管执法', '统计分析', '公共服务', '应急处置', '信用评价'];
const FORMATS: [FormatClass, string][] = [
  ['database', 'KingbaseES'], ['database', 'Dm'], ['database', 'mysql'], ['spreadsheet', 'xlsx'], ['document', 'pdf'], ['serviceInterface', 'REST'],
];
/** 1272 basic (1) and thematic (2) classes with their 项. */
const CLASSES: [string, string][] = [['1', '01'], ['1', '02'], ['1', '03'], ['1', '04'], ['1', '05'], ['2', '01'], ['2', '02'], ['2', '03'], ['2', '04'], ['2', '09']];
const SHARE = ['unconditional', 'conditional', 'conditional', 'none'] as const;
const CYCLES = ['daily', 'monthly', 'quarterly', 'yearly', 'realtime'] as const;


export interface Department {
  name: string;
  code: string;
}

/** The generated providers: every bureau of every county, each with a valid 统一社会信用代码. */
export function generatedDepartments(): Department[] {
  const out: Department[] = [];
  COUNTIES.forEach((county, c) =>
    BUREAUS.forEach((bureau, b) => {
      const first17 = `11410329${String(c).padStart(2, '0')}${String(b).padStart(3, '0')}000MB`.slice(0, 17);
      out.push({ name: `${county}${bureau}`, code: `${first17}${usccCheckChar(first17) ?? '0'}` });
    }),
  );
  return out;
}

export function generateSharedEntries(count: number, opts: { seed?: number; itemsPerEntry?: number; start?: number; revision?: number } = {}): SharedEntry[] {
  const rnd = mulberry32(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const departments = generatedDepartments();
  const itemsPerEntry = opts.itemsPerEntry ?? 10;
  const out: SharedEntryInput[] = [];
  for (let n = 0; n < count; n++) {
    const seq = (opts.start ?? 0) + n;
    const dept = pick(departments);
    const [subject, domain] = pick(SUBJECTS);
    const name = `${subject}${pick(QUALIFIERS)}${pick(SUFFIXES)}`;
    const [formatClass, formatType] = pick(FORMATS);
    const shareType = pick(SHARE);
    const [category, item] = pick(CLASSES);
    // Mostly the domain's items, a few common ones, no repeats.
    const pool = DOMAIN_ITEMS[domain];
    const chosen = new Set<Item>();
    const fromDomain = Math.min(itemsPerEntry - Math.min(3, Math.floor(itemsPerEntry / 4)), pool.length);
    while (chosen.size < fromDomain) chosen.add(pick(pool));
    while (chosen.size < Math.min(itemsPerEntry, fromDomain + COMMON_ITEMS.length)) chosen.add(pick(COMMON_ITEMS));
    const items = [...chosen].map(([itemName, nameEn, type, length]) => ({ name: itemName, nameEn, type, length }));
    out.push({
      id: `shared-${String(seq).padStart(7, '0')}`,
      revision: opts.revision ?? 1,
      code: `${category}${item}/${dept.code.slice(8, 16)}${String(seq).padStart(6, '0')}`,
      name,
      kind: 'data',
      provider: dept.name,
      providerCode: dept.code,
      departmentCode: dept.code,
      departmentName: dept.name,
      summary: `${dept.name}在${pick(PURPOSES)}中形成的${name}，包括${items
        .slice(0, 3)
        .map((i) => i.name)
        .join('、')}等。`,
      formatClass,
      formatType,
      shareType,
      ...(shareType === 'unconditional' ? {} : { shareCondition: shareType === 'none' ? '《中华人民共和国个人信息保护法》' : '仅用于政务服务办理' }),
      openType: 'none',
      updateCycle: pick(CYCLES),
      classification: { scheme: 'national1272', category, item },
      publishedAt: new Date(Date.UTC(2025, 0, 1) + seq * 60_000).toISOString(),
      items,
    });
  }
  // Through the schema, so the entries have exactly the shape sync hands over after parsing a page.
  return out.map((e) => sharedEntrySchema.parse(e));
}
