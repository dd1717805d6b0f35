import ExcelJS from 'exceljs';
import { labelOf, openTypeLabel } from '@shared/domain/labels';
import type { OpenMethod, ShareMethodType, UpdateCycle } from '@shared/domain/enums';
import { translate, type Locale } from '@shared/i18n/messages';
import type { OpenRow } from '@shared/ipc/channels/lists';
import type { JurisdictionProfile } from '@shared/profiles/index';
import type { DemandListRow, ListKind, ResponsibilityListRow } from '@shared/protocol/lists';

export const DEMAND_COLUMNS = ['number', 'name', 'description', 'items', 'providerName', 'basisKind', 'basisText', 'scenario', 'shareMethod', 'updateFrequency', 'contactName', 'contactPhone', 'proposedOn', 'status'] as const;
export const RESPONSIBILITY_COLUMNS = ['code', 'name', 'responsiblePerson', 'contactPhone', 'legalBasis', 'collectionResponsibility', 'updateCommitment', 'qualityResponsibility', 'objectionHandler', 'timeLimit'] as const;
export const OPEN_COLUMNS = ['code', 'name', 'openType', 'openCondition', 'openForms'] as const;

type Rows = { list: 'demands'; rows: DemandListRow[] } | { list: 'responsibilities'; rows: ResponsibilityListRow[] } | { list: 'openData'; rows: OpenRow[] };

/** A list as a workbook: one sheet named after the list, a header row in the officer's language, one row per line of the list. */
export async function listWorkbook(data: Rows, profile: JurisdictionProfile, locale: Locale): Promise<Buffer> {
  const t = (k: string) => translate(k, locale);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t(`lists.kind.${data.list satisfies ListKind}`));
  const header = (cols: readonly string[]) => {
    ws.addRow(cols.map((c) => t(`lists.column.${c}`)));
    ws.getRow(1).font = { bold: true };
  };
  if (data.list === 'demands') {
    header(DEMAND_COLUMNS);
    for (const d of data.rows)
      ws.addRow([
        d.number,
        d.name,
        d.description,
        d.items.join('、'),
        d.providerName ?? '',
        t(`demands.basisKind.${d.basisKind}`),
        d.basisText,
        d.scenario,
        d.shareMethod ? labelOf('shareMethodType', d.shareMethod as ShareMethodType, locale) : '',
        d.updateFrequency ? labelOf('updateCycle', d.updateFrequency as UpdateCycle, locale) : '',
        d.contactName,
        d.contactPhone,
        d.proposedOn,
        t(`demands.status.${d.status}`),
      ]);
  } else if (data.list === 'responsibilities') {
    header(RESPONSIBILITY_COLUMNS);
    for (const r of data.rows) ws.addRow(RESPONSIBILITY_COLUMNS.map((c) => r[c] ?? ''));
  } else {
    header(OPEN_COLUMNS);
    for (const r of data.rows)
      ws.addRow([r.code, r.name, openTypeLabel(r.openType, profile, locale), r.openCondition ?? '', r.openForms.map((f) => labelOf('openMethod', f as OpenMethod, locale)).join('、')]);
  }
  ws.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
