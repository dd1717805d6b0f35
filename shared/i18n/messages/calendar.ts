import type { MessageModule } from './types';

/** Messages of the working-day calendar and the deadline clocks (issue 5). */
const zh = {
  calendar: {
    invalidDate: '日期“{{value}}”不存在或格式不对，应为 YYYY-MM-DD',
    invalidCount: '工作日数应为 0 到 {{max}} 之间的整数（收到“{{value}}”）',
    reversedRange: '结束日期 {{to}} 早于开始日期 {{from}}',
    outOfRange: '日期超出可计算范围（最晚 {{max}} 年）',
    dayOutsideYear: '日期 {{date}} 不属于 {{year}} 年',
    duplicateDay: '日期 {{date}} 重复出现（第 {{first}} 条已有）',
    duplicateYear: '{{year}} 年的节假日安排重复提供（第 {{first}} 个文件已有）',
    unknownProfile: '未知的地方规则配置“{{value}}”，可选：{{allowed}}',
    unknownStep: '“{{value}}”不是该地方规则下有时限的环节，可选：{{allowed}}',
    unknownEvent: '“{{value}}”不是此类事项的事件，可选：{{allowed}}',
    eventsOutOfOrder: '事件时间早于上一事件（{{previous}}）',
    notReturned: '事项未被退回补正，不能重新提交',
    alreadyReturned: '事项已处于退回补正状态',
    extensionNotAllowed: '该地方规则不允许延期，或延期次数已用完（最多 {{times}} 次）',
    notPublished: '{{year}} 年节假日安排尚未发布，期限暂按周一至周五计算',
    step: {
      platformCheck: '平台审核',
      providerDecision: '提供方审批',
      delivery: '平台提供数据',
      onDemandAnswer: '按需共享答复',
      objectionAnswer: '疑义校核',
      objectionExtension: '校核延期',
      catalogueUpdateRequest: '申请更新目录',
      catalogueUpdateReview: '审核更新目录',
      catalogueChange: '目录变更',
      annualReport: '年度报告',
      authorisationUnusedRevocation: '授权闲置收回',
    },
    status: {
      running: '办理中',
      dueSoon: '即将到期',
      overdue: '已超期',
      paused: '暂停计时（退回补正）',
      done: '已办结',
    },
  },
};

const en: typeof zh = {
  calendar: {
    invalidDate: '“{{value}}” is not a real date in the form YYYY-MM-DD',
    invalidCount: 'The number of working days must be a whole number from 0 to {{max}} (got “{{value}}”)',
    reversedRange: 'The end date {{to}} is before the start date {{from}}',
    outOfRange: 'The date is beyond the range that can be counted (up to year {{max}})',
    dayOutsideYear: 'The date {{date}} is not in {{year}}',
    duplicateDay: 'The date {{date}} appears twice (first at row {{first}})',
    duplicateYear: 'The schedule for {{year}} is given twice (first in file {{first}})',
    unknownProfile: 'Unknown jurisdiction profile “{{value}}”; choose one of {{allowed}}',
    unknownStep: '“{{value}}” is not a timed step of this profile; choose one of {{allowed}}',
    unknownEvent: '“{{value}}” is not an event of this kind of matter; choose one of {{allowed}}',
    eventsOutOfOrder: 'This event is earlier than the one before it ({{previous}})',
    notReturned: 'The matter was not returned for more information, so it cannot be resubmitted',
    alreadyReturned: 'The matter is already returned for more information',
    extensionNotAllowed: 'This profile allows no extension here, or it has been used ({{times}} at most)',
    notPublished: 'Calendar not yet published for {{year}}: deadlines are counted Monday–Friday',
    step: {
      platformCheck: 'Platform check',
      providerDecision: 'Provider decision',
      delivery: 'Delivery by the platform',
      onDemandAnswer: 'Answer to an on-demand request',
      objectionAnswer: 'Objection answer',
      objectionExtension: 'Objection extension',
      catalogueUpdateRequest: 'Catalogue update request',
      catalogueUpdateReview: 'Catalogue update review',
      catalogueChange: 'Catalogue change',
      annualReport: 'Annual report',
      authorisationUnusedRevocation: 'Revocation of an unused authorisation',
    },
    status: {
      running: 'Running',
      dueSoon: 'Due soon',
      overdue: 'Overdue',
      paused: 'Paused (returned for more information)',
      done: 'Done',
    },
  },
};

export const calendarMessages: MessageModule<typeof zh> = { 'zh-CN': zh, en };
