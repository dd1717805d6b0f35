import type { MessageModule } from './types';

/** Search: scopes, facet titles and what the results list says. Query validation uses `validation.*`. */
const zh = {
  search: {
    placeholder: '搜索资源名称、摘要、信息项，支持拼音和首字母',
    scope: { own: '本部门目录', shared: '共享目录', all: '全部' },
    facet: {
      shareType: '共享类型',
      formatClass: '格式分类',
      classification: '资源分类',
      state: '状态',
      provider: '提供方',
    },
    field: { name: '名称', summary: '摘要', item: '信息项', provider: '提供方' },
    total: '共 {{total}} 条结果',
    none: '没有找到与“{{q}}”匹配的资源',
    unclassified: '未分类',
  },
};

const en: typeof zh = {
  search: {
    placeholder: 'Search names, summaries and data items; pinyin and initials work too',
    scope: { own: 'My catalogue', shared: 'Shared catalogue', all: 'All' },
    facet: {
      shareType: 'Share type',
      formatClass: 'Format class',
      classification: 'Classification',
      state: 'State',
      provider: 'Provider',
    },
    field: { name: 'Name', summary: 'Summary', item: 'Data item', provider: 'Provider' },
    total: '{{total}} results',
    none: 'Nothing matches “{{q}}”',
    unclassified: 'Unclassified',
  },
};

export const searchMessages: MessageModule<typeof zh> = { 'zh-CN': zh, en };
