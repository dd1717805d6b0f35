import type { MessageModule } from './types';

/** The audit trail's export: its sheet and column headers. */
const zh = {
  audit: {
    sheet: '操作日志',
    column: {
      id: '序号',
      at: '时间',
      actor: '操作人',
      action: '操作',
      entityType: '对象类型',
      entityId: '对象标识',
      summary: '内容',
    },
  },
};

const en: typeof zh = {
  audit: {
    sheet: 'Audit trail',
    column: {
      id: 'No.',
      at: 'Time',
      actor: 'By',
      action: 'Action',
      entityType: 'Entity type',
      entityId: 'Entity',
      summary: 'Summary',
    },
  },
};

export const auditMessages: MessageModule<typeof zh> = { 'zh-CN': zh, en };
