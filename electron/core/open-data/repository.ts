import { openFormIssues } from '@shared/domain/open-forms';
import type { OpenMethod, OpenType } from '@shared/domain/enums';
import { translate, type Locale } from '@shared/i18n/messages';
import type { OpenRow } from '@shared/ipc/channels/lists';
import type { JurisdictionProfile } from '@shared/profiles/index';
import type { OpenListRow } from '@shared/protocol/lists';
import type { Reader } from '../db/database';

interface Row {
  id: string;
  code: string;
  name: string;
  state: string;
  open_type: OpenType;
  open_condition: string | null;
  open_method: OpenMethod | null;
  forms: string | null;
}

const SELECT = `SELECT e.id, e.code, e.name, e.state, e.open_type, e.open_condition, e.open_method, f.forms
  FROM catalogue_entries e LEFT JOIN open_forms f ON f.entry_id = e.id
 WHERE e.state <> 'retired' AND e.open_type IN ('unconditional', 'conditional')`;

/** The forms the officer set; otherwise the entry's own form of conditional opening, if it names one. */
const formsOf = (r: Row): OpenMethod[] => (r.forms ? (JSON.parse(r.forms) as OpenMethod[]) : r.open_method ? [r.open_method] : []);

function toOpenRow(r: Row, profile: JurisdictionProfile, locale: Locale): OpenRow {
  const openType = r.open_type as 'unconditional' | 'conditional';
  const openForms = formsOf(r);
  return {
    entryId: r.id,
    code: r.code,
    name: r.name,
    state: r.state,
    openType,
    ...(r.open_condition ? { openCondition: r.open_condition } : {}),
    openForms,
    issues: openFormIssues({ openType, openForms }, profile).map((i) => ({ path: i.path, message: translate(i.code, locale, i.params) })),
  };
}

/** The open-data catalogue (开放目录): entries open unconditionally or on conditions, in code order. */
export async function openRows(db: Reader, profile: JurisdictionProfile, locale: Locale): Promise<OpenRow[]> {
  return (await db.all<Row>(`${SELECT} ORDER BY e.code, e.id`)).map((r) => toOpenRow(r, profile, locale));
}

export async function openRow(db: Reader, entryId: string, profile: JurisdictionProfile, locale: Locale): Promise<OpenRow | undefined> {
  const r = await db.get<Row>(`${SELECT} AND e.id = ?`, [entryId]);
  return r ? toOpenRow(r, profile, locale) : undefined;
}

/** The rows as the open-data catalogue is reported (openList.submit). */
export async function openListRows(db: Reader, profile: JurisdictionProfile, locale: Locale): Promise<OpenListRow[]> {
  return (await openRows(db, profile, locale)).map((r) => ({
    entryId: r.entryId,
    code: r.code,
    name: r.name,
    openType: r.openType,
    ...(r.openCondition ? { openCondition: r.openCondition } : {}),
    openForms: r.openForms,
  }));
}
