import type { MessageModule } from './types';

/**
 * Lists reported to the authority and the open-data catalogue: field rules of a submission
 * (`lists.validation.*`, used by the core and the platform alike), typed errors, list kinds and
 * review states.
 */
const zh = {
  lists: {
    validation: {
      openFormNotAllowed: '本地规定不允许开放方式“{{form}}”',
      openFormDuplicate: '开放方式“{{form}}”重复',
      openFormsTooMany: '本地规定每个目录最多 {{max}} 种开放方式',
      openFormRequired: '有条件开放须选择开放方式',
      notOpen: '该目录不属于开放目录（开放类型须为无条件开放或有条件开放）',
      empty: '清单为空，没有可报送的内容',
      notYourEntry: '该目录不属于本部门',
      unknownEntry: '平台上没有该目录',
    },
    kind: { demands: '需求清单', responsibilities: '责任清单', openData: '开放目录' },
    column: {
      number: '需求编号',
      name: '名称',
      description: '所需数据描述',
      items: '所需信息项',
      providerName: '拟提供部门',
      basisKind: '需求依据类型',
      basisText: '需求依据',
      scenario: '应用场景',
      shareMethod: '共享方式',
      updateFrequency: '更新频率要求',
      contactName: '联系人',
      contactPhone: '联系电话',
      proposedOn: '提出日期',
      status: '状态',
      code: '信息资源代码',
      responsiblePerson: '责任人',
      legalBasis: '法定职责依据',
      collectionResponsibility: '采集责任',
      updateCommitment: '更新承诺',
      qualityResponsibility: '质量责任',
      objectionHandler: '校核责任人',
      timeLimit: '时限',
      openType: '开放类型',
      openCondition: '开放条件',
      openForms: '开放方式',
    },
    state: { queued: '待同步', submitted: '已报送，待审核', accepted: '已通过', returned: '已退回', refused: '平台拒收' },
  },
  error: {
    LIST_HAS_ERRORS: '{{list}}有 {{count}} 处问题，未报送；请按行修改后再报送',
    LIST_EMPTY: '{{list}}为空，没有可报送的内容',
  },
};

const en: typeof zh = {
  lists: {
    validation: {
      openFormNotAllowed: 'The local rules do not allow the opening form “{{form}}”',
      openFormDuplicate: 'The opening form “{{form}}” is named twice',
      openFormsTooMany: 'The local rules allow at most {{max}} opening form(s) per entry',
      openFormRequired: 'Conditional opening must name its form',
      notOpen: 'The entry is not in the open-data catalogue (its open type must be unconditional or conditional)',
      empty: 'The list is empty: there is nothing to submit',
      notYourEntry: 'The entry belongs to another department',
      unknownEntry: 'The platform holds no such entry',
    },
    kind: { demands: 'Demand list', responsibilities: 'Responsibility list', openData: 'Open-data catalogue' },
    column: {
      number: 'Demand number',
      name: 'Name',
      description: 'Data needed',
      items: 'Data items',
      providerName: 'Expected provider',
      basisKind: 'Kind of basis',
      basisText: 'Basis',
      scenario: 'Scenario',
      shareMethod: 'Share method',
      updateFrequency: 'Update frequency',
      contactName: 'Contact',
      contactPhone: 'Contact phone',
      proposedOn: 'Proposed on',
      status: 'Status',
      code: 'Resource code',
      responsiblePerson: 'Responsible person',
      legalBasis: 'Legal basis',
      collectionResponsibility: 'Collection responsibility',
      updateCommitment: 'Update commitment',
      qualityResponsibility: 'Quality responsibility',
      objectionHandler: 'Objection handler',
      timeLimit: 'Time limit',
      openType: 'Open type',
      openCondition: 'Open condition',
      openForms: 'Opening forms',
    },
    state: { queued: 'Waiting for sync', submitted: 'Submitted, awaiting review', accepted: 'Accepted', returned: 'Returned', refused: 'Refused by the platform' },
  },
  error: {
    LIST_HAS_ERRORS: 'The {{list}} has {{count}} problem(s) and was not submitted; fix the rows shown and submit again',
    LIST_EMPTY: 'The {{list}} is empty: there is nothing to submit',
  },
};

export const listMessages: MessageModule<typeof zh> = { 'zh-CN': zh, en };
