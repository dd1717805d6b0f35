import type { MessageModule } from './types';

/** Messages of the foundation: field validation and the core's typed errors. */
const zh = {
  validation: {
    required: '必填',
    tooLong: '超出长度上限',
    tooMany: '条目过多',
    enum: '请选择列表中的值',
    invalid: '格式不正确',
    urlScheme: '地址须以 http:// 或 https:// 开头，如 https://dsj.example.gov.cn',
    date: '日期格式应为 YYYY-MM-DD',
    itemLength: '数据长度应为数字，如 20 或 18,2',
    formatTypeMismatch: '格式类型与格式分类不匹配',
    conditionRequired: '有条件共享须写明共享条件',
    legalBasisRequired: '不予共享须注明法律、法规或政策依据',
    openConditionRequired: '有条件开放须写明开放条件',
    shareMethodMismatch: '共享方式类型与资源格式不匹配（文件类资源用“文件”，数据库用“数据库”或“接口”）',
    uscc: '统一社会信用代码无效（GB 32100 校验位不符）',
    usccLength: '统一社会信用代码应为 18 位',
    itemsRequired: '数据库和电子表格类资源至少需要一个信息项',
    notSharedButOpen: '不予共享的信息项不能向社会开放',
    unknownField: '不认识的字段',
  },
  error: {
    VALIDATION: '输入有误，请检查标出的字段',
    NOT_FOUND: '找不到该记录，可能已被删除',
    CONFLICT: '该记录已被修改（当前版本 {{current}}），请刷新后再保存',
    STATE_FORBIDS: '当前状态（{{state}}）不允许此操作',
    UNKNOWN_CHANNEL: '未知的操作：{{channel}}',
    WORKSPACE_NOT_INITIALISED: '工作区尚未设置',
    WORKSPACE_ALREADY_INITIALISED: '工作区已经设置过',
    WORKSPACE_LOCKED: '工作区正被另一个程序使用（进程 {{pid}}）。请关闭它，或打开其他工作区。',
    WORKSPACE_NEWER: '该工作区由更新版本的程序创建（迁移 {{migration}}），本版本无法打开。数据未做任何修改。',
    WORKSPACE_MIGRATIONS_DIVERGED: '该工作区的迁移记录与本程序不一致（{{migration}}），为保护数据拒绝打开。',
    WORKSPACE_CORRUPT: '工作区数据库已损坏，且没有可用的备份。损坏的文件保留在 {{file}}。',
    WORKSPACE_RESTORED: '工作区数据库已损坏，已从 {{backupTime}} 的备份恢复；损坏的文件保留在 {{file}}。此后的修改需要重新录入。',
    WORKSPACE_UNAVAILABLE: '工作区无法打开：{{reason}}',
    FORBIDDEN_SENDER: '拒绝来自非本应用页面的请求',
    INTERNAL: '内部错误，操作未执行。详情已写入日志。',
    PRINT_FAILED: '打印失败，未生成 PDF。请重试；详情已写入日志。',
  },
};

const en: typeof zh = {
  validation: {
    required: 'Required',
    tooLong: 'Too long',
    tooMany: 'Too many rows',
    enum: 'Choose a value from the list',
    invalid: 'Invalid format',
    urlScheme: 'Start the address with http:// or https://, e.g. https://dsj.example.gov.cn',
    date: 'Use the date format YYYY-MM-DD',
    itemLength: 'Length must be a number such as 20 or 18,2',
    formatTypeMismatch: 'The format type does not belong to the format class',
    conditionRequired: 'Conditional sharing needs its conditions',
    legalBasisRequired: 'Not sharing needs the law, regulation or policy that forbids it',
    openConditionRequired: 'Conditional opening needs its conditions',
    shareMethodMismatch: 'The share method type does not fit the format (files as file; databases as database or interface)',
    uscc: 'Invalid unified social credit code (GB 32100 check character does not match)',
    usccLength: 'A unified social credit code has 18 characters',
    itemsRequired: 'Database and spreadsheet resources need at least one data item',
    notSharedButOpen: 'A data item that is not shared cannot be open to the public',
    unknownField: 'Unknown field',
  },
  error: {
    VALIDATION: 'Some input is invalid; check the marked fields',
    NOT_FOUND: 'Record not found; it may have been deleted',
    CONFLICT: 'The record was changed meanwhile (now revision {{current}}); reload before saving',
    STATE_FORBIDS: 'Not allowed in the current state ({{state}})',
    UNKNOWN_CHANNEL: 'Unknown operation: {{channel}}',
    WORKSPACE_NOT_INITIALISED: 'The workspace is not set up yet',
    WORKSPACE_ALREADY_INITIALISED: 'The workspace is already set up',
    WORKSPACE_LOCKED: 'The workspace is in use by another program (process {{pid}}). Close it or open another workspace.',
    WORKSPACE_NEWER:
      'This workspace was written by a newer version (migration {{migration}}) and cannot be opened by this one. Nothing was changed.',
    WORKSPACE_MIGRATIONS_DIVERGED:
      'The migrations of this workspace do not match this program ({{migration}}); it was not opened, to protect the data.',
    WORKSPACE_CORRUPT: 'The workspace database is corrupt and no backup is available. The damaged file is kept at {{file}}.',
    WORKSPACE_RESTORED:
      'The workspace database was corrupt and has been restored from the backup of {{backupTime}}; the damaged file is kept at {{file}}. Changes made after that must be entered again.',
    WORKSPACE_UNAVAILABLE: 'The workspace cannot be opened: {{reason}}',
    FORBIDDEN_SENDER: 'Request refused: it did not come from the application page',
    INTERNAL: 'Internal error; nothing was done. Details are in the log.',
    PRINT_FAILED: 'Printing failed; no PDF was made. Try again; details are in the log.',
  },
};

export const coreMessages: MessageModule<typeof zh> = { 'zh-CN': zh, en };
