import type { MessageModule } from './types';

/** Evaluation: metrics, the dashboard (统计), anomaly notices and the annual report. */
const zh = {
  error: {
    REPORT_BAD_PATH: '文件路径无效：须为 {{ext}} 文件的完整路径（不能是文件夹、链接或设备），且所在文件夹须已存在',
    REPORT_WRITE_FAILED: '文件未能写入（{{reason}}），原有文件未被改动',
    REPORT_NO_ACCOUNT: '请先登录平台再报送年度报告',
  },
  evaluation: {
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
    validation: {
      periodOrder: 'The end date cannot be before the start date',
      periodTooLong: 'A period cannot be longer than two years',
      failuresOverChecks: 'Failures cannot exceed checks',
    },
  },
};

export const evaluationMessages: MessageModule = { 'zh-CN': zh, en };
