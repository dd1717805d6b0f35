/**
 * Realistic names for the demo county (伊川县, GB/T 2260 410329): its departments with the
 * subjects of their data, and the data items those resources typically carry.
 */
export interface DemoDepartment {
  slug: string;
  name: string;
  /** What the department's resources are about: combined with RESOURCE_SUFFIXES into names. */
  subjects: string[];
}

export const COUNTY = { name: '伊川县', division: '410329' };

export const REVIEWER_DEPARTMENT = { slug: 'bigdata', name: '伊川县政务服务和大数据管理局' };

export const DEPARTMENTS: DemoDepartment[] = [
  { slug: 'office', name: '伊川县人民政府办公室', subjects: ['政府信息公开', '政务督查事项', '人大代表建议办理', '政协提案办理', '县长热线工单', '规范性文件备案'] },
  { slug: 'fgw', name: '伊川县发展和改革委员会', subjects: ['固定资产投资项目', '重点项目', '价格监测', '粮食储备', '企业投资项目备案', '社会信用信息'] },
  { slug: 'edu', name: '伊川县教育局', subjects: ['中小学校基本情况', '在校学生学籍', '教师资格认定', '学生资助', '民办学校办学许可', '义务教育招生'] },
  { slug: 'police', name: '伊川县公安局', subjects: ['户籍人口', '流动人口登记', '居民身份证办理', '机动车登记', '驾驶人', '治安处罚'] },
  { slug: 'civil', name: '伊川县民政局', subjects: ['婚姻登记', '最低生活保障', '特困人员供养', '社会组织登记', '养老机构', '殡葬服务'] },
  { slug: 'finance', name: '伊川县财政局', subjects: ['财政预算执行', '政府采购', '非税收入', '惠民惠农补贴发放', '国有资产', '会计人员'] },
  { slug: 'hrss', name: '伊川县人力资源和社会保障局', subjects: ['城乡居民养老保险参保', '失业保险', '就业登记', '职业技能培训', '劳动保障监察', '工伤认定'] },
  { slug: 'land', name: '伊川县自然资源局', subjects: ['不动产登记', '土地供应', '建设用地规划许可', '矿产资源', '地质灾害隐患点', '耕地保护'] },
  { slug: 'housing', name: '伊川县住房和城乡建设局', subjects: ['建筑施工许可', '商品房预售许可', '建筑企业资质', '公共租赁住房', '物业服务企业', '燃气经营许可'] },
  { slug: 'transport', name: '伊川县交通运输局', subjects: ['道路运输经营许可', '营运车辆', '农村公路', '出租汽车', '公交线路', '交通执法'] },
  { slug: 'water', name: '伊川县水利局', subjects: ['取水许可', '水库基本情况', '河长制巡河', '水土保持', '农村饮水安全工程', '防汛物资'] },
  { slug: 'agri', name: '伊川县农业农村局', subjects: ['农民专业合作社', '家庭农场', '农药经营许可', '动物防疫', '耕地地力保护补贴', '农村土地承包'] },
  { slug: 'health', name: '伊川县卫生健康委员会', subjects: ['医疗机构执业登记', '医师执业注册', '出生医学证明', '预防接种', '公共场所卫生许可', '家庭医生签约'] },
  { slug: 'market', name: '伊川县市场监督管理局', subjects: ['市场主体登记', '食品经营许可', '特种设备', '行政处罚', '商标', '计量器具检定'] },
  { slug: 'stats', name: '伊川县统计局', subjects: ['规模以上工业', '人口抽样调查', '农业普查', '经济普查', '居民收支调查', '统计执法'] },
  { slug: 'medins', name: '伊川县医疗保障局', subjects: ['医保参保', '医保定点机构', '医疗费用结算', '医疗救助', '大病保险', '异地就医备案'] },
  { slug: 'emergency', name: '伊川县应急管理局', subjects: ['安全生产许可', '危险化学品经营许可', '应急避难场所', '自然灾害灾情', '应急救援队伍', '安全生产事故'] },
  { slug: 'ecology', name: '洛阳市生态环境局伊川分局', subjects: ['排污许可', '建设项目环评审批', '环境监测', '危险废物经营许可', '环境信访', '环境行政处罚'] },
];

export const RESOURCE_SUFFIXES = ['信息', '登记信息', '审批信息', '台账', '名录', '统计数据', '办理结果', '变更记录', '年度汇总', '监管信息'];

/** [name, type, length] of data items, by the national letter codes (字符型C, 数值型N, …). */
export const ITEM_POOL: [string, string, string][] = [
  ['统一社会信用代码', 'C', '18'],
  ['单位名称', 'C', '200'],
  ['姓名', 'C', '50'],
  ['公民身份号码', 'C', '18'],
  ['性别', 'C', '2'],
  ['出生日期', 'D', '8'],
  ['联系电话', 'C', '20'],
  ['住所地址', 'C', '200'],
  ['所属乡镇（街道）', 'C', '50'],
  ['行政区划代码', 'C', '12'],
  ['法定代表人', 'C', '50'],
  ['登记机关', 'C', '100'],
  ['证照编号', 'C', '50'],
  ['发证日期', 'D', '8'],
  ['有效期至', 'D', '8'],
  ['办理状态', 'C', '20'],
  ['金额（元）', 'N', '18,2'],
  ['数量', 'I', '10'],
  ['面积（平方米）', 'N', '12,2'],
  ['经度', 'F', '12,6'],
  ['纬度', 'F', '12,6'],
  ['备注', 'C', '500'],
  ['更新时间', 'T', '14'],
  ['是否有效', 'L', '1'],
];
