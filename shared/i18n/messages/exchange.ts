import type { MessageModule } from './types';

/** Messages of the Excel round-trip: problems found in a workbook's cells, and the typed errors of import/export. */
const zh = {
  exchange: {
    noHeader: '未找到表头：工作簿不是目录模板（1272 模板或“数据资源目录导入/信息项导入”两表模板）',
    where: {
      header: '“{{header}}”列：{{message}}',
      value: '填写的是“{{value}}”',
      allowed: '可填写：{{allowed}}',
      max: '最多 {{max}} 个字',
      format: '格式如 {{format}}',
      fix: '是否应为“{{fix}}”？',
    },
    missingColumn: '缺少必填列“{{header}}”',
    duplicateColumn: '列“{{header}}”重复出现，只读取第一列',
    formulaNoResult: '公式没有计算结果，请在 Excel 或 WPS 中打开并保存后再导入，或改为填写数值',
    cellError: '单元格是错误值 {{value}}',
    numberAsText: '数字位数过多已丢失精度，请将该单元格设为文本后重新填写',
    inconsistentResource: '同一资源的各行填写不一致（前面的行为“{{value}}”）',
    idNumberChecksum: '公民身份号码 {{value}} 校验位不符（GB 11643），请核对后重新填写',
    idNumberInvalid: '{{value}} 不是有效的公民身份号码：应为 18 位，出生日期有效，末位为数字或 X',
    orphanRow: '此行没有信息资源名称或代码，且上方没有所属资源',
    duplicateResource: '与第 {{row}} 行的资源重复',
    duplicateMatch: '与第 {{row}} 行对应工作区中的同一条目',
    notEditable: '工作区中的该条目处于“{{state}}”状态，不能通过导入修改（请先发起变更）',
    unknownResource: '信息项所属的资源“{{name}}”不在资源表中',
    incomplete: '资源信息不完整（所缺列见表头提示）',
    moreErrors: '另有 {{count}} 个问题未列出',
  },
  error: {
    EXCHANGE_BAD_PATH: '文件路径无效：须为 .xlsx 文件的完整路径（不能是文件夹、链接或设备），且所在文件夹须已存在',
    EXCHANGE_FILE_NOT_FOUND: '找不到文件：{{path}}',
    EXCHANGE_NOT_XLSX: '该文件不是 Excel 工作簿（.xlsx）。旧版 .xls、CSV 或图片请先在 Excel/WPS 中另存为 .xlsx',
    EXCHANGE_ENCRYPTED: '该工作簿设有打开密码（或为旧版 .xls 格式），无法读取。请取消密码或另存为 .xlsx 后再导入',
    EXCHANGE_CORRUPT: '工作簿已损坏，无法读取：{{reason}}',
    EXCHANGE_ZIP_MISMATCH:
      '工作簿的压缩结构前后不一致（第 {{offset}} 字节处的记录与压缩包目录不符），可能已损坏或被改动，未读取任何内容。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入',
    EXCHANGE_TOO_LARGE: '文件过大：上限 {{limit}} MB，本文件 {{size}} MB（压缩文件按解压后计算）',
    EXCHANGE_TOO_MANY_ROWS: '行数过多：每张表上限 {{limit}} 行。请拆分为多个文件导入',
    EXCHANGE_FILE_CHANGED: '文件在预览之后已被修改，请重新预览后再导入',
    EXCHANGE_HAS_ERRORS: '工作簿中有 {{count}} 个问题，未导入任何内容。请修正后重新预览',
    EXCHANGE_WRITE_FAILED: '无法写入文件：{{reason}}',
  },
};

const en: typeof zh = {
  exchange: {
    noHeader: 'No header row found: the workbook is not a catalogue template (the 1272 template or the two-sheet resources/items template)',
    where: {
      header: 'Column "{{header}}": {{message}}',
      value: 'found "{{value}}"',
      allowed: 'allowed: {{allowed}}',
      max: 'at most {{max}} characters',
      format: 'format like {{format}}',
      fix: 'did you mean "{{fix}}"?',
    },
    missingColumn: 'Required column "{{header}}" is missing',
    duplicateColumn: 'Column "{{header}}" appears twice; only the first one is read',
    formulaNoResult: 'The formula has no computed result: open and save the file in Excel or WPS first, or type the value',
    cellError: 'The cell holds the error value {{value}}',
    numberAsText: 'The number has too many digits and lost precision: format the cell as text and type it again',
    inconsistentResource: 'The rows of one resource disagree (an earlier row has "{{value}}")',
    idNumberChecksum: 'The resident identity number {{value}} fails its GB 11643 check character: check it and enter it again',
    idNumberInvalid: '{{value}} is not a valid resident identity number: 18 characters, a real birth date, the last a digit or X',
    orphanRow: 'This row has no resource name or code and no resource above it',
    duplicateResource: 'Same resource as row {{row}}',
    duplicateMatch: 'Matches the same workspace entry as row {{row}}',
    notEditable: 'The workspace entry is in state "{{state}}" and cannot be changed by an import (start a change first)',
    unknownResource: 'The resource "{{name}}" of this data item is not on the resources sheet',
    incomplete: 'The resource is incomplete (see the missing columns reported on the header)',
    moreErrors: 'Further problems not listed: {{count}}',
  },
  error: {
    EXCHANGE_BAD_PATH: 'Invalid file path: give the full path of an .xlsx file (not a folder, link or device) in a folder that exists',
    EXCHANGE_FILE_NOT_FOUND: 'File not found: {{path}}',
    EXCHANGE_NOT_XLSX: 'This file is not an Excel workbook (.xlsx). Save old .xls files, CSV or images as .xlsx in Excel or WPS first',
    EXCHANGE_ENCRYPTED: 'The workbook is password-protected (or an old .xls file) and cannot be read. Remove the password or save it as .xlsx first',
    EXCHANGE_CORRUPT: 'The workbook is damaged and cannot be read: {{reason}}',
    EXCHANGE_ZIP_MISMATCH:
      'The workbook’s zip structure contradicts itself (the record at byte {{offset}} does not match the zip’s directory); it may be damaged or tampered with, and nothing was read. Open it in Excel or WPS, save it as .xlsx again and import that',
    EXCHANGE_TOO_LARGE: 'The file is too large: the limit is {{limit}} MB, this one has {{size}} MB (counted uncompressed)',
    EXCHANGE_TOO_MANY_ROWS: 'Too many rows: the limit is {{limit}} rows per sheet. Split the file and import the parts',
    EXCHANGE_FILE_CHANGED: 'The file changed after the preview; preview it again before importing',
    EXCHANGE_HAS_ERRORS: 'The workbook has problems ({{count}}); nothing was imported. Fix them and preview again',
    EXCHANGE_WRITE_FAILED: 'Cannot write the file: {{reason}}',
  },
};

export const exchangeMessages: MessageModule<typeof zh> = { 'zh-CN': zh, en };
