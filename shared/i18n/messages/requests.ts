import type { MessageModule } from './types';

/**
 * Share requests, decisions, authorisations, objections, disputes, attachments and reminders:
 * field rules (under the shared `validation` key), typed errors and labels.
 */
const zh = {
  validation: {
    requestInvalidDate: '日期不存在或格式不正确（应为 YYYY-MM-DD）',
    requestReversedPeriod: '使用期限的结束日期早于开始日期',
    requestReasonRequired: '不予同意须说明具体理由',
    requestReasonTooShort: '理由过短，请具体说明不予同意的原因',
  },
  error: {
    REQUEST_TRANSITION: '共享申请不能从“{{from}}”变为“{{to}}”（操作 {{event}}）',
    REQUEST_OWN_ENTRY: '不能申请本部门自己的目录',
    REQUEST_NOT_SHAREABLE: '“{{name}}”为不予共享资源，不能申请',
    REQUEST_SEALED_FORM_REQUIRED: '{{profile}}：有条件共享资源须上传加盖公章的共享需求单扫描件后才能提交',
    REQUEST_WRONG_ROLE: '该操作不适用于本部门在此申请中的角色（{{role}}）',
    REQUEST_NOT_EDITABLE: '申请已提交（当前状态 {{state}}），不能再修改',
    REQUEST_REASON_REQUIRED: '不予同意须说明具体理由（至少 {{min}} 个字）',
    REQUEST_NOT_ACTIVE: '授权不在有效期内（当前状态 {{state}}）',
    REQUEST_NOT_ESCALATABLE: '只有被拒绝或已超期的申请可以提请争议协调（当前状态 {{state}}）',
    OBJECTION_TRANSITION: '数据疑义不能从“{{from}}”变为“{{to}}”（操作 {{event}}）',
    OBJECTION_EXTENSION_NOT_ALLOWED: '本地规则允许延期 {{times}} 次，已不能再延期',
    OBJECTION_WRONG_ROLE: '该操作只能由{{role}}进行',
    ATTACHMENT_TYPE: '文件“{{fileName}}”的内容与扩展名不符或不是 PDF/JPG/PNG',
    ATTACHMENT_TOO_LARGE: '文件过大（{{size}} 字节），上限为 {{max}} 字节',
    ATTACHMENT_EMPTY: '文件“{{fileName}}”是空的',
    ATTACHMENT_UNREADABLE: '无法读取文件 {{path}}',
    ATTACHMENT_UNKNOWN: '附件 {{sha256}} 不在本工作区中',
  },
  requests: {
    shareMethod: { database: '库表', file: '文件', interface: '接口' },
    state: {
      draft: '草稿',
      pendingSync: '待同步',
      submitted: '已提交',
      platformCheck: '平台审核中',
      providerReview: '提供方审批中',
      returned: '退回补充',
      approved: '已同意',
      rejected: '不予同意',
      delivering: '数据交付中',
      active: '授权有效',
      expired: '已到期',
      renewalRequested: '续期申请中',
      revoked: '已撤销授权',
      withdrawn: '已撤回',
      escalated: '争议协调中',
    },
    reminder: {
      dueSoon: '“{{title}}”的办理时限将于 {{due}} 到期',
      overdue: '“{{title}}”已超过办理时限（{{due}}）',
    },
  },
  objections: {
    state: {
      open: '待处理',
      acknowledged: '已受理',
      correcting: '校核中',
      extensionRequested: '申请延期',
      extended: '已延期',
      answered: '已校核',
      confirmed: '已确认',
      reopened: '重新提出',
    },
  },
};

const en: typeof zh = {
  validation: {
    requestInvalidDate: 'The date does not exist or is not YYYY-MM-DD',
    requestReversedPeriod: 'The period of use ends before it starts',
    requestReasonRequired: 'A refusal must give its reason',
    requestReasonTooShort: 'The reason is too short: say specifically why the request is refused',
  },
  error: {
    REQUEST_TRANSITION: 'The share request cannot go from {{from}} to {{to}} ({{event}})',
    REQUEST_OWN_ENTRY: "A department cannot request its own entry",
    REQUEST_NOT_SHAREABLE: '“{{name}}” is not shared and cannot be requested',
    REQUEST_SEALED_FORM_REQUIRED: '{{profile}}: a conditional resource needs the sealed demand form scan attached before it can be submitted',
    REQUEST_WRONG_ROLE: 'This action does not fit your department’s role in this request ({{role}})',
    REQUEST_NOT_EDITABLE: 'The request was submitted (now {{state}}) and can no longer be edited',
    REQUEST_REASON_REQUIRED: 'A refusal must give its reason (at least {{min}} characters)',
    REQUEST_NOT_ACTIVE: 'The authorisation is not in force (now {{state}})',
    REQUEST_NOT_ESCALATABLE: 'Only a refused or overdue request can be escalated (now {{state}})',
    OBJECTION_TRANSITION: 'The objection cannot go from {{from}} to {{to}} ({{event}})',
    OBJECTION_EXTENSION_NOT_ALLOWED: 'The local rules allow {{times}} extension(s); no more can be taken',
    OBJECTION_WRONG_ROLE: 'Only the {{role}} can do this',
    ATTACHMENT_TYPE: 'The content of “{{fileName}}” does not match its extension or is not a PDF/JPG/PNG',
    ATTACHMENT_TOO_LARGE: 'The file is too large ({{size}} bytes); the limit is {{max}} bytes',
    ATTACHMENT_EMPTY: '“{{fileName}}” is empty',
    ATTACHMENT_UNREADABLE: 'Cannot read {{path}}',
    ATTACHMENT_UNKNOWN: 'Attachment {{sha256}} is not in this workspace',
  },
  requests: {
    shareMethod: { database: 'Database', file: 'File', interface: 'Interface' },
    state: {
      draft: 'Draft',
      pendingSync: 'Waiting to sync',
      submitted: 'Submitted',
      platformCheck: 'Platform check',
      providerReview: 'Provider review',
      returned: 'Returned for more information',
      approved: 'Approved',
      rejected: 'Refused',
      delivering: 'Delivering',
      active: 'Authorised',
      expired: 'Expired',
      renewalRequested: 'Renewal requested',
      revoked: 'Revoked',
      withdrawn: 'Withdrawn',
      escalated: 'Escalated',
    },
    reminder: {
      dueSoon: '“{{title}}” is due on {{due}}',
      overdue: '“{{title}}” is past its deadline ({{due}})',
    },
  },
  objections: {
    state: {
      open: 'Open',
      acknowledged: 'Acknowledged',
      correcting: 'Being corrected',
      extensionRequested: 'Extension requested',
      extended: 'Extended',
      answered: 'Corrected',
      confirmed: 'Confirmed',
      reopened: 'Reopened',
    },
  },
};

export const requestMessages: MessageModule = { 'zh-CN': zh, en };
