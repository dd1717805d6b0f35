import type { MessageModule } from './types';

/** Evaluation: metrics, the dashboard (统计), anomaly notices and the annual report. */
const zh = {
  error: {
    REPORT_BAD_PATH: '文件路径无效：须为 {{ext}} 文件的完整路径（不能是文件夹、链接或设备），且所在文件夹须已存在',
    REPORT_WRITE_FAILED: '文件未能写入（{{reason}}），原有文件未被改动',
    REPORT_NO_ACCOUNT: '请先登录平台再报送年度报告',
  },
  evaluation: {
    unknown: '未知',
    period: '统计期间',
    fetchedAt: '指标获取时间',
    rank: '排名',
    metric: { score: '综合得分', availability: '可用率', callsPerDay: '日均调用次数', departmentsPerDay: '日均使用部门数', timeliness: '更新及时率', quality: '数据质量', usage: '使用度' },
    sheet: { summary: '概况', resources: '资源指标', trends: '月度趋势', rankings: '部门排名', overdue: '逾期事项' },
    column: { code: '资源代码', name: '资源名称', rows: '数据量（行）', bytes: '数据量（字节）', month: '月份', department: '部门', resources: '资源数', subject: '事项', title: '名称', due: '到期日' },
    subject: { request: '共享申请', objection: '数据疑义', notice: '异常通报', annualReport: '年度报告' },
    validation: {
      periodOrder: '结束日期不能早于开始日期',
      periodTooLong: '统计期间不能超过两年',
      failuresOverChecks: '失败次数不能多于检测次数',
    },
  },
};

const en: typeof zh = {
  error: {
    REPORT_BAD_PATH: 'Invalid file path: give the full path of a {{ext}} file (not a folder, link or device) in a folder that exists',
    REPORT_WRITE_FAILED: 'The file could not be written ({{reason}}); any existing file is unchanged',
    REPORT_NO_ACCOUNT: 'Sign in to the platform before filing the annual report',
  },
  evaluation: {
    unknown: 'unknown',
    period: 'Period',
    fetchedAt: 'Metrics pulled',
    rank: 'Rank',
    metric: { score: 'Score', availability: 'Availability', callsPerDay: 'Calls per day', departmentsPerDay: 'Using departments per day', timeliness: 'Timeliness', quality: 'Quality', usage: 'Usage' },
    sheet: { summary: 'Summary', resources: 'Resources', trends: 'Monthly trends', rankings: 'Ranking', overdue: 'Overdue' },
    column: { code: 'Code', name: 'Resource', rows: 'Rows', bytes: 'Bytes', month: 'Month', department: 'Department', resources: 'Resources', subject: 'Duty', title: 'Name', due: 'Due' },
    subject: { request: 'Share request', objection: 'Objection', notice: 'Anomaly notice', annualReport: 'Annual report' },
    validation: {
      periodOrder: 'The end date cannot be before the start date',
      periodTooLong: 'A period cannot be longer than two years',
      failuresOverChecks: 'Failures cannot exceed checks',
    },
  },
};

export const evaluationMessages: MessageModule = { 'zh-CN': zh, en };
