import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { EntryInput } from '@shared/domain/entry';
import { DEPARTMENT } from './core';

/**
 * Entries that together use every field kind of the current model: each enumeration, optional
 * fields set and absent, per-item overrides, an entry without items, a date, a number-with-scale
 * length, full-width brackets in text, line breaks.
 */
export function richEntries(): EntryInput[] {
  return [
    {
      name: '人口基础信息（户籍）',
      provider: DEPARTMENT.name,
      providerUnit: '户政科',
      providerCode: DEPARTMENT.code,
      summary: '户籍人口：姓名、身份证号等\n按日更新',
      formatClass: 'database',
      formatType: 'KingbaseES',
      shareType: 'conditional',
      shareCondition: '仅限公安、民政业务使用',
      shareMethodClass: 'platform',
      shareMethodType: 'interface',
      openType: 'none',
      updateCycle: 'daily',
      publishedOn: '2024-03-01',
      nameEn: 'Population base',
      classification: { scheme: 'national1272', category: '1', item: '01', section: '001', detail: '01' },
      sourceSystem: '人口管理系统',
      deploymentNetwork: 'extranet',
      verticalSystem: true,
      businessMatter: '户籍登记',
      formatNote: '人大金仓 V8',
      storageGb: 12.5,
      recordCount: 0,
      sharedStorageGb: 3,
      sharedRecordCount: 120.75,
      openStorageGb: 0,
      openRecordCount: 0,
      serviceAddress: 'https://gateway.example.gov.cn/rk',
      onlineLink: 'https://data.example.gov.cn/rk',
      relatedCodes: ['12320100671322000Q/000009', '12320100671322000Q/000010'],
      theme: 'person',
      scenario: 'governmentService',
      spatialScope: 'county',
      timeRange: '2015年至今',
      dataGrade: 'important',
      syncMechanism: 'incremental',
      syncFrequency: '每日',
      physicalDelete: false,
      usageRequirements: '不得向第三方提供',
      responsibleParty: '户政科',
      updateTimeLimit: '每日 8 时前',
      dockingMethod: 'pushData',
      dockingSystem: '人口库前置机',
      openMethod: 'desensitised',
      remarks: '示例',
      items: [
        { name: '姓名', nameEn: 'xm', type: 'C', length: '50', sensitive: true, desensitisation: '保留姓氏', isKey: false },
        { name: '公民身份号码', nameEn: 'sfzh', type: 'C', length: '18', shareType: 'none', shareCondition: '《居民身份证法》第十九条', openType: 'none', isKey: true },
        { name: '出生日期', type: 'D', length: '8' },
        { name: '存款余额', type: 'Y', length: '18,2', shareType: 'conditional', shareCondition: '须经本人授权' },
      ],
    },
    {
      name: '行政许可公示',
      classification: { scheme: 'national1272', category: '3', item: '07' },
      provider: DEPARTMENT.name,
      summary: '行政许可决定',
      formatClass: 'spreadsheet',
      formatType: 'xlsx',
      shareType: 'unconditional',
      shareMethodClass: 'mediaElectronic',
      shareMethodType: 'file',
      openType: 'conditional',
      openCondition: '脱敏后开放',
      updateCycle: 'monthly',
      items: [
        { name: '许可编号', type: 'C', length: '32' },
        { name: '许可日期', type: 'T', length: '14' },
        { name: '是否有效', type: 'L', length: '1' },
        { name: '数量', type: 'I', length: '10' },
        { name: '比例', type: 'F', length: '8,4' },
        { name: '金额', type: 'B', length: '18,2' },
        { name: '说明', type: 'M', length: '2000' },
        { name: '附件', type: 'G', length: '100' },
        { name: '计数', type: 'N', length: '12' },
      ],
    },
    {
      name: '政策文件汇编',
      provider: DEPARTMENT.name,
      summary: '历年政策文件',
      formatClass: 'document',
      formatType: 'pdf',
      shareType: 'none',
      shareCondition: '依据《保密法》不予共享',
      shareMethodClass: 'mail',
      openType: 'none',
      updateCycle: 'irregular',
      items: [],
    },
    {
      name: '视频监控接入',
      kind: 'iot',
      provider: DEPARTMENT.name,
      summary: '路口视频流',
      formatClass: 'streaming',
      formatType: 'mp4',
      shareType: 'conditional',
      shareCondition: '公安专用',
      shareMethodClass: 'disk',
      shareMethodType: 'file',
      openType: 'none',
      updateCycle: 'realtime',
      items: [],
      deviceCount: 320,
      deviceType: '高清摄像机',
      deviceLocation: '主城区 86 个路口',
    },
  ];
}

/** Writes a workbook from plain rows (null = blank cell) for the parser's branches. */
export async function writeWorkbook(path: string, sheets: { name: string; rows: ExcelJS.CellValue[][]; merges?: string[] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v !== null && v !== undefined) row.getCell(c + 1).value = v;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}
