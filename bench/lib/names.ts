/** Realistic Chinese names for generated catalogue data: region + subject + aspect, like real catalogues. */
const REGIONS = ['', '全市', '全区', '全县', '市本级', '城区', '乡镇（街道）', '开发区', '园区'];
const SUBJECTS = [
  '企业法人', '个体工商户', '社会组织', '事业单位', '户籍人口', '流动人口', '退役军人', '残疾人', '低保家庭',
  '养老机构', '医疗机构', '执业医师', '中小学校', '幼儿园', '食品经营', '药品零售', '特种设备', '建筑工地',
  '房屋建筑', '不动产', '国有土地', '河道', '水库', '道路桥梁', '公交线路', '出租汽车', '机动车', '驾驶人',
  '危险化学品', '安全生产', '环境监测点', '污染源', '林地', '耕地', '农业经营主体', '农村集体经济组织',
  '文物保护单位', '旅游景区', '体育场馆', '公共文化设施', '就业人员', '社保参保人员', '医保参保人员',
  '住房公积金缴存', '税务登记', '行政许可', '行政处罚', '信用评价', '政府采购', '招投标项目',
];
const ASPECTS = [
  '基本信息', '登记信息', '许可信息', '年报信息', '变更记录', '注销信息', '处罚信息', '备案信息', '统计数据',
  '监测数据', '检查记录', '资质信息', '补贴发放信息', '名录', '台账', '信用信息', '投诉举报信息', '空间分布数据',
];
const ITEMS: [string, string, string][] = [
  ['统一社会信用代码', 'C', '18'], ['名称', 'C', '200'], ['法定代表人', 'C', '50'], ['公民身份号码', 'C', '18'],
  ['姓名', 'C', '50'], ['性别', 'C', '2'], ['出生日期', 'D', '8'], ['联系电话', 'C', '20'], ['住所', 'C', '200'],
  ['登记机关', 'C', '100'], ['登记日期', 'D', '8'], ['核准日期', 'D', '8'], ['经营范围', 'M', '4000'],
  ['注册资本（万元）', 'N', '18,2'], ['状态', 'C', '10'], ['所属行政区划', 'C', '12'], ['经度', 'F', '12,8'],
  ['纬度', 'F', '12,8'], ['更新时间', 'T', '14'], ['是否有效', 'L', '1'], ['金额（元）', 'Y', '18,2'], ['人数', 'I', '10'],
  ['证书编号', 'C', '50'], ['有效期起', 'D', '8'], ['有效期止', 'D', '8'], ['备注', 'M', '2000'],
];

/** Deterministic pseudo-random numbers, so a content key fully describes the generated data. */
export { mulberry32 as prng } from '../../tests/generators/random';

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

export function entryName(rand: () => number): string {
  return `${pick(rand, REGIONS)}${pick(rand, SUBJECTS)}${pick(rand, ASPECTS)}`;
}

export function entrySummary(name: string): string {
  return `本资源记录${name}，由业务系统每日汇聚，供相关部门依职能共享使用。`;
}

/** `count` distinct data items, in a plausible order. */
export function dataItems(rand: () => number, count: number): { name: string; type: string; length: string }[] {
  const start = Math.floor(rand() * ITEMS.length);
  return Array.from({ length: count }, (_, i) => {
    const [name, type, length] = ITEMS[(start + i) % ITEMS.length] as [string, string, string];
    return { name, type, length };
  });
}
