import type { Locale } from '@shared/i18n/messages';

/** The shell's own strings (menu, dialogs, notifications) in both UI languages. */
const zh = {
  appName: '政务数据目录工作台',
  menu: {
    file: '文件',
    openWorkspace: '打开工作区…',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    window: '窗口',
    minimize: '最小化',
    close: '关闭窗口',
    help: '帮助',
    about: '关于政务数据目录工作台',
    hide: '隐藏',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
  dialog: {
    chooseWorkspace: '选择工作区文件夹',
    choose: '选择',
    openWorkbook: '选择要导入的 Excel 工作簿',
    saveWorkbook: '保存 Excel 工作簿',
    xlsx: 'Excel 工作簿',
    openAttachment: '选择附件（PDF/JPG/PNG）',
    pdf: 'PDF 文件',
    jpg: 'JPG 图片',
    png: 'PNG 图片',
    docx: 'Word 文档',
  },
  host: {
    timeout: '核心进程长时间无响应，操作结果未知，请稍后刷新查看',
    exited: '核心进程已退出，请重新启动程序',
  },
  keyStore: {
    basicTextTitle: '凭据未加密保存',
    basicTextBody: '本机没有可用的系统密钥环（如 GNOME Keyring、KWallet），平台登录凭据只能以明文形式保存在用户目录中。',
    unavailable: '系统加密服务不可用，无法保存登录凭据',
  },
  prefs: {
    damagedTitle: '界面设置文件已损坏',
    damagedBody: '界面设置（语言、窗口位置、上次打开的工作区）无法读取，已恢复默认设置。损坏的文件已另存为 {{file}}，工作区数据不受影响。',
  },
  crash: {
    title: '程序页面反复崩溃',
    body: '页面已多次意外退出，程序将保存工作区后关闭。请重新启动程序；如仍出现，请联系管理员并提供日志。',
  },
  updates: {
    availableTitle: '有新版本可用',
    availableBody: '新版本 {{version}} 已发布。请联系管理员安装。',
    downloadedTitle: '新版本已下载',
    downloadedBody: '新版本 {{version}} 将在退出程序时安装。',
    failedTitle: '更新未安装',
    failedBody: '更新下载失败或签名校验未通过，未做任何更改。详情已写入日志。',
  },
};

const en: typeof zh = {
  appName: 'Catalogue Workbench',
  menu: {
    file: 'File',
    openWorkspace: 'Open Workspace…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimise',
    close: 'Close Window',
    help: 'Help',
    about: 'About Catalogue Workbench',
    hide: 'Hide',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
  dialog: {
    chooseWorkspace: 'Choose the workspace folder',
    choose: 'Choose',
    openWorkbook: 'Choose the Excel workbook to import',
    saveWorkbook: 'Save the Excel workbook',
    xlsx: 'Excel workbook',
    openAttachment: 'Choose the attachment (PDF/JPG/PNG)',
    pdf: 'PDF document',
    jpg: 'JPG image',
    png: 'PNG image',
    docx: 'Word document',
  },
  host: {
    timeout: 'the core process did not answer in time; the outcome is unknown, refresh later to see it',
    exited: 'the core process has stopped; restart the application',
  },
  keyStore: {
    basicTextTitle: 'Credentials stored without encryption',
    basicTextBody:
      'No system keyring (such as GNOME Keyring or KWallet) is available, so the platform sign-in credentials can only be kept as plain text in your user folder.',
    unavailable: 'The system encryption service is unavailable; credentials cannot be saved',
  },
  prefs: {
    damagedTitle: 'Interface settings file damaged',
    damagedBody: 'The interface settings (language, window position, last workspace) could not be read, so the defaults are used. The damaged file was kept as {{file}}; workspace data is not affected.',
  },
  crash: {
    title: 'The application page keeps crashing',
    body: 'The page stopped unexpectedly several times. The application will save the workspace and close. Start it again; if this happens again, contact your administrator with the log.',
  },
  updates: {
    availableTitle: 'A new version is available',
    availableBody: 'Version {{version}} has been released. Ask your administrator to install it.',
    downloadedTitle: 'New version downloaded',
    downloadedBody: 'Version {{version}} will be installed when you quit the application.',
    failedTitle: 'Update not installed',
    failedBody: 'The update could not be downloaded or its signature did not verify; nothing was changed. Details are in the log.',
  },
};

export type ShellMessages = typeof zh;
export const SHELL_MESSAGES: Record<Locale, ShellMessages> = { 'zh-CN': zh, en };

export function shellMessages(locale: Locale): ShellMessages {
  return SHELL_MESSAGES[locale];
}
