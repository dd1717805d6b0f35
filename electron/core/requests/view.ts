import { chinaDay, formatDay, type WorkingCalendar } from '@shared/calendar/index';
import { allowedRequestEvents } from '@shared/domain/request-states';
import { REQUEST_RULES } from '@shared/domain/request-rules';
import type { RequestView } from '@shared/ipc/channels/requests';
import type { ProfileId } from '@shared/profiles/types';
import type { Reader } from '../catalogue/read';
import { attachmentsOf } from '../attachments/store';
import { workspaceCalendar } from './calendar';
import { pressing, requestClocks } from './clocks';
import { REQUEST_ENTITY, requestEvents, type RequestRow } from './repository';

/** The China day of an instant: deadlines count days as they are in China (UTC+8). */
export function todayOf(instant: string): string {
  return formatDay(chinaDay(instant, 'now'));
}

export interface ViewContext {
  profile: ProfileId;
  calendar: WorkingCalendar;
  today: string;
}

export async function viewContext(db: Reader, profile: ProfileId, now: string): Promise<ViewContext> {
  return { profile, calendar: await workspaceCalendar(db, profile), today: todayOf(now) };
}

export function sealedFormRequired(profile: ProfileId, row: Pick<RequestRow, 'role' | 'share_type'>): boolean {
  return row.role === 'requester' && row.share_type === 'conditional' && REQUEST_RULES[profile].sealedFormRequired.value;
}

export async function requestView(db: Reader, row: RequestRow, vc: ViewContext): Promise<RequestView> {
  const events = await requestEvents(db, row.id);
  const clocks = requestClocks(vc.profile, row, events, vc.calendar, vc.today);
  const p = pressing(clocks);
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    id: row.id,
    role: row.role,
    state: row.state,
    entryId: row.entry_id,
    entryName: row.entry_name,
    entryCode: row.entry_code,
    shareType: row.share_type,
    requesterCode: row.requester_code,
    requesterName: row.requester_name,
    providerCode: row.provider_code,
    providerName: row.provider_name,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    platformRevision: row.platform_revision,
    submittedAt: opt(row.submitted_at),
    dueDate: p.next?.due ?? opt(row.due_date),
    decision: row.decision ? (JSON.parse(row.decision) as RequestView['decision']) : undefined,
    validUntil: opt(row.valid_until),
    lastUsedAt: opt(row.last_used_at),
    seasonal: row.seasonal === 1,
    refusal: opt(row.refusal),
    sealedFormRequired: sealedFormRequired(vc.profile, row),
    attachments: await attachmentsOf(db, REQUEST_ENTITY, row.id),
    clocks: clocks.map((c) => ({ ...c, rule: { workingDays: c.rule.workingDays, wording: c.rule.wording, source: c.rule.source } })),
    overdue: p.overdue,
    dueSoon: p.dueSoon,
    calendarCovered: p.calendarCovered,
    allowed: allowedRequestEvents(row.state).filter((t) => !t.startsWith('platform.') && t !== 'accepted' && t !== 'refused'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
