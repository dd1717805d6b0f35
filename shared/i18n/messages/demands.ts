import type { MessageModule } from './types';

/**
 * Demand list, responsibility list and zero updates: field rules (under the shared `validation`
 * key, so issuesFromZod keeps them), typed errors, and the labels of statuses and basis kinds.
 */
const zh = {
  validation: {
    contactPhone: '电话格式不正确：手机 11 位，座机须带区号（如 0379-68312345）',
    duplicateItem: '信息项重复',
    demandReasonRequired: '标记为“无法满足”须写明原因',
  },
  error: {
    DEMAND_TRANSITION: '需求状态不能从“{{from}}”改为“{{to}}”',
    DEMAND_NO_MATCH: '需求尚未匹配目录，请先从匹配建议中选择一条目录',
    ZERO_UPDATE_NOT_PUBLISHED: '该目录尚未发布（当前状态 {{state}}），无需报送更新或零更新',
    ZERO_UPDATE_NOT_APPLICABLE: '该目录的更新周期（{{cycle}}）没有固定的报送期，无需零更新',
    ZERO_UPDATE_DUPLICATE: '本期（{{period}}）已报送过零更新',
  },
  demands: {
    status: {
      pending: '待匹配',
      matched: '已匹配目录',
      requested: '已申请',
      satisfied: '已满足',
      unsatisfiable: '无法满足',
      toCatalogue: '转为编目需求',
    },
    basisKind: { law: '法律法规', duty: '三定职责', businessMatter: '业务事项' },
  },
  zeroUpdates: {
    status: {
      ok: '按期',
      dueToday: '今日到期',
      overdue: '已逾期',
      notApplicable: '实时更新，不适用',
      none: '无固定周期',
      notPublished: '未发布',
    },
  },
};

const en: typeof zh = {
  validation: {
    contactPhone: 'Invalid phone: a mobile has 11 digits; a landline needs its area code (e.g. 0379-68312345)',
    duplicateItem: 'This data item is listed twice',
    demandReasonRequired: 'Say why the demand cannot be satisfied',
  },
  error: {
    DEMAND_TRANSITION: 'A demand cannot move from “{{from}}” to “{{to}}”',
    DEMAND_NO_MATCH: 'The demand has no matched entry yet; accept one of the suggestions first',
    ZERO_UPDATE_NOT_PUBLISHED: 'The entry is not published (state {{state}}); it owes no updates or zero-update reports',
    ZERO_UPDATE_NOT_APPLICABLE: 'The entry’s update cycle ({{cycle}}) has no reporting periods; no zero update is needed',
    ZERO_UPDATE_DUPLICATE: 'A zero update was already reported for this period ({{period}})',
  },
  demands: {
    status: {
      pending: 'Pending',
      matched: 'Matched',
      requested: 'Requested',
      satisfied: 'Satisfied',
      unsatisfiable: 'Cannot be satisfied',
      toCatalogue: 'To be catalogued',
    },
    basisKind: { law: 'Law or regulation', duty: '“Three determinations” duty', businessMatter: 'Business matter' },
  },
  zeroUpdates: {
    status: {
      ok: 'On schedule',
      dueToday: 'Due today',
      overdue: 'Overdue',
      notApplicable: 'Real-time, not applicable',
      none: 'No fixed cycle',
      notPublished: 'Not published',
    },
  },
};

export const demandMessages: MessageModule<typeof zh> = { 'zh-CN': zh, en };
