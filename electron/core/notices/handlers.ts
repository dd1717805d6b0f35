import { randomUUID } from 'node:crypto';
import { AppError } from '@shared/ipc/errors';
import type { NoticeView } from '@shared/ipc/channels/notices';
import type { CoreContext, HandlerMap } from '../context';
import type { Tx } from '../db/database';
import { linkAttachment } from '../attachments/public';
import { deadlineContext } from '../deadlines/stored';
import { enqueue, type SyncEngine } from '../sync/public';
import { loadNotice, NOTICE_ENTITY, noticeView, OWED_STATES, type NoticeRow } from './repository';
import { auditSummary } from '@shared/i18n/audit-action';

type NoticeChannel = 'notices.list' | 'notices.get' | 'notices.saveDraft' | 'notices.answer' | 'notices.issue' | 'notices.all' | 'notices.conclude';

/**
 * Anomaly notices (拱墅 第二十七、二十八条; 松江 第十九条). The department's side works offline:
 * notices arrive with the feed, the answer is drafted and queued, and goes with the next sync. The
 * authority's side (issue, list all, accept or reopen) is relayed to the platform with the
 * signed-in token; the platform refuses a department's account (SYNC_FORBIDDEN).
 */
export function noticeHandlers(ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>): HandlerMap<NoticeChannel> {
  const env = async () => {
    const ws = ctx.workspace();
    const dc = await deadlineContext(ws.db, ws.requireInfo().profileId, ws.now(), ctx.calendarOverrides);
    return { ws, dc };
  };
  const view = async (id: string) => {
    const { ws, dc } = await env();
    return noticeView(await loadNotice(ws.db, id), dc.today, dc.calendar);
  };
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'notices', id, action });
  const owed = (row: NoticeRow) => {
    if (!(OWED_STATES as readonly string[]).includes(row.state)) throw new AppError('STATE_FORBIDS', { state: row.state });
  };

  return {
    'notices.list': async ({ entryId }) => {
      const { ws, dc } = await env();
      const rows = entryId
        ? await ws.db.all<NoticeRow>('SELECT * FROM notices WHERE entry_id = ? ORDER BY issued_at DESC', [entryId])
        : await ws.db.all<NoticeRow>('SELECT * FROM notices ORDER BY issued_at DESC');
      const views = rows.map((r) => noticeView(r, dc.today, dc.calendar));
      // Open ones first, by due date; then the rest, newest first.
      const open = (v: NoticeView) => (v.deadlineStatus === 'done' ? 1 : 0);
      views.sort((a, b) => open(a) - open(b) || (open(a) === 0 ? a.dueDate.localeCompare(b.dueDate) : b.issuedAt.localeCompare(a.issuedAt)));
      return { today: dc.today, notices: views };
    },
    'notices.get': async ({ id }) => view(id),
    'notices.saveDraft': async ({ id, rectification }) => {
      const now = ctx.workspace().now();
      await ctx.write(async (tx: Tx) => {
        owed(await loadNotice(tx, id));
        await tx.run('UPDATE notices SET draft = ?, updated_at = ? WHERE id = ?', [rectification || null, now, id]);
      });
      changed(id, 'draft');
      return view(id);
    },
    'notices.answer': async ({ id, rectification, attachments }) => {
      const now = ctx.workspace().now();
      await ctx.write(async (tx, audit) => {
        const row = await loadNotice(tx, id);
        owed(row);
        for (const sha of attachments) {
          const name = (await tx.get<{ n: string }>('SELECT file_name AS n FROM attachment_links WHERE sha256 = ? LIMIT 1', [sha]))?.n ?? sha.slice(0, 12);
          await linkAttachment(tx, { type: NOTICE_ENTITY, id }, sha, 'evidence', name, now);
        }
        await tx.run("UPDATE notices SET state = 'answerQueued', draft = ?, updated_at = ? WHERE id = ?", [rectification, now, id]);
        await enqueue(tx, { kind: 'notice.answer', entityType: NOTICE_ENTITY, entityId: id, baseRevision: row.platform_revision, payload: { rectification, attachments } });
        await audit('notice.answer', NOTICE_ENTITY, id, auditSummary('noticeAnswered', { name: row.entry_name }));
      });
      changed(id, 'answer');
      return view(id);
    },
    'notices.issue': async ({ entryId, kind, evidence, dueDate }) => {
      const r = await engine.relay('issueNotice', { body: { id: randomUUID(), entryId, kind, evidence, ...(dueDate ? { dueDate } : {}) } });
      return { id: r.notice.id, dueDate: r.notice.dueDate, state: r.notice.state };
    },
    'notices.all': async () => {
      const r = await engine.relay('notices', { query: {} });
      return {
        notices: r.notices.map((n) => ({
          id: n.id,
          entryId: n.entryId,
          entryName: n.entryName,
          departmentCode: n.departmentCode,
          ...(n.departmentName ? { departmentName: n.departmentName } : {}),
          kind: n.kind,
          evidence: n.evidence,
          issuedAt: n.issuedAt,
          state: n.state,
          dueDate: n.dueDate,
          revision: n.revision,
          ...(n.answer ? { answer: { rectification: n.answer.rectification, answeredAt: n.answer.answeredAt, late: n.answer.late } } : {}),
        })),
      };
    },
    'notices.conclude': async ({ id, revision, result, note }) => {
      const r = await engine.relay(result === 'accepted' ? 'acceptNotice' : 'reopenNotice', { params: { id }, body: { revision, ...(note ? { note } : {}) } });
      return { id: r.notice.id, state: r.notice.state };
    },
  };
}
