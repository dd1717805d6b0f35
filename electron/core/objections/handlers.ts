import { randomUUID } from 'node:crypto';
import { computeDeadlines } from '@shared/calendar/index';
import { OBJECTION_OPEN_STATES, type ObjectionAction, type ObjectionAnswer } from '@shared/domain/objection-states';
import { AppError } from '@shared/ipc/errors';
import type { ObjectionView } from '@shared/ipc/channels/objections';
import type { CoreContext, HandlerMap } from '../context';
import type { Reader, Tx } from '../db/database';
import { attachmentsOf, linkAttachment } from '../attachments/public';
import { requestEnv } from '../requests/public';
import { pressing } from '../deadlines/request-deadlines';
import type { DeadlineContext } from '../deadlines/stored';
import { getSharedEntry } from '../shared-catalogue/public';
import { enqueue } from '../sync/public';
import { loadObjection, maxExtensions, OBJECTION_ENTITY, objectionEvents, stepStoredObjection, type ObjectionRow } from './repository';

type ObjectionChannel =
  | 'objections.raise'
  | 'objections.get'
  | 'objections.list'
  | 'objections.openForEntry'
  | 'objections.acknowledge'
  | 'objections.startCorrecting'
  | 'objections.requestExtension'
  | 'objections.answer'
  | 'objections.confirm'
  | 'objections.reopen';

/** The objection deadline: raised → answered, each granted extension adding the profile's days. */
export async function objectionView(db: Reader, row: ObjectionRow, vc: DeadlineContext): Promise<ObjectionView> {
  const history = await objectionEvents(db, row.id);
  const events = [{ type: 'raised', at: row.raised_at }];
  for (const e of history) {
    if (e.type === 'extensionGranted' && e.from_state === 'extensionRequested') events.push({ type: 'extended', at: e.at });
  }
  const answered = history.find((e) => e.type === 'answer');
  if (answered) events.push({ type: 'answered', at: answered.at });
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const deadlines = computeDeadlines(vc.profile, { subject: 'objection', events }, vc.calendar, vc.today);
  const p = pressing(deadlines);
  const answer = row.answer ? (JSON.parse(row.answer) as { answer: ObjectionAnswer; note: string; answeredAt: string }) : undefined;
  return {
    id: row.id,
    role: row.role,
    state: row.state,
    entryId: row.entry_id,
    entryName: row.entry_name,
    ...(row.item_name ? { itemName: row.item_name } : {}),
    ...(row.record_key ? { recordKey: row.record_key } : {}),
    description: row.description,
    raiserCode: row.raiser_code,
    providerCode: row.provider_code,
    raisedAt: row.raised_at,
    extensions: row.extensions,
    ...(answer ? { answer: { answer: answer.answer, note: answer.note, answeredAt: answer.answeredAt } } : {}),
    attachments: await attachmentsOf(db, OBJECTION_ENTITY, row.id),
    deadlines: deadlines.map((c) => ({ ...c, rule: { workingDays: c.rule.workingDays, wording: c.rule.wording, source: c.rule.source } })),
    overdue: p.overdue,
    dueSoon: p.dueSoon,
    history: history.map((e) => ({ type: e.type, from: e.from_state, to: e.to_state, at: e.at, ...(e.note ? { note: e.note } : {}), actor: e.actor })),
  };
}

export function objectionHandlers(ctx: CoreContext): HandlerMap<ObjectionChannel> {
  const { env, vc } = requestEnv(ctx);
  const view = async (id: string) => objectionView(env().db, await loadObjection(env().db, id), await vc());
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'objections', id, action });

  /**
   * One step by the right party, with audit and the operation of the same name (`objection.<action>`)
   * for the steps the platform hears of; starting to correct is the provider's own bookkeeping.
   */
  const step = async (id: string, type: ObjectionAction, role: ObjectionRow['role'], opts: { note?: string; answer?: ObjectionAnswer } = {}) => {
    const { profile, now } = env();
    await ctx.write(async (tx: Tx, audit) => {
      const row = await loadObjection(tx, id);
      if (row.role !== role) throw new AppError('OBJECTION_WRONG_ROLE', { role });
      const answered = opts.answer ? { answer: JSON.stringify({ answer: opts.answer, note: opts.note, answeredAt: now }), answered_at: now } : undefined;
      await stepStoredObjection(tx, id, type, maxExtensions(profile), { at: now, actor: ctx.actor, note: opts.note, ...(answered ? { patch: answered } : {}) });
      const note = opts.note ? { note: opts.note } : {};
      if (type === 'answer' && opts.answer) await enqueue(tx, { kind: 'objection.answer', entityType: OBJECTION_ENTITY, entityId: id, payload: { answer: opts.answer, note: opts.note ?? '' } });
      else if (type === 'requestExtension') await enqueue(tx, { kind: 'objection.requestExtension', entityType: OBJECTION_ENTITY, entityId: id, payload: { note: opts.note ?? '' } });
      else if (type === 'acknowledge' || type === 'confirm' || type === 'reopen') await enqueue(tx, { kind: `objection.${type}`, entityType: OBJECTION_ENTITY, entityId: id, payload: note });
      await audit(`objections.${type}`, OBJECTION_ENTITY, id, `${row.entry_name}: ${row.state} → ${type}${opts.note ? ` (${opts.note})` : ''}`);
    });
    changed(id, type);
    return view(id);
  };

  return {
    'objections.raise': async ({ entryId, itemName, recordKey, description, attachments }) => {
      const { info, now } = env();
      const id = randomUUID();
      await ctx.write(async (tx, audit) => {
        const entry = await getSharedEntry(tx, entryId);
        if (!entry) throw new AppError('NOT_FOUND');
        if (entry.departmentCode === info.departmentCode) throw new AppError('REQUEST_OWN_ENTRY');
        if (itemName && !entry.items.some((i) => i.name === itemName)) throw new AppError('VALIDATION', {}, [{ path: 'itemName', code: 'validation.enum' }]);
        await tx.run(
          `INSERT INTO objections (id, role, state, entry_id, entry_name, item_name, record_key, description, raiser_code, provider_code, raised_at, created_at, updated_at)
           VALUES (?, 'raiser', 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, entry.id, entry.name, itemName ?? null, recordKey ?? null, description, info.departmentCode, entry.departmentCode, now, now, now],
        );
        await tx.run("INSERT INTO objection_events (objection_id, type, from_state, to_state, at, note, actor) VALUES (?, 'raised', '', 'open', ?, ?, ?)", [id, now, description, ctx.actor]);
        for (const sha of attachments) await linkAttachment(tx, { type: OBJECTION_ENTITY, id }, sha, 'evidence', (await tx.get<{ n: string }>('SELECT file_name AS n FROM attachment_links WHERE sha256 = ? LIMIT 1', [sha]))?.n ?? `${sha.slice(0, 12)}`, now);
        await enqueue(tx, {
          kind: 'objection.raise',
          entityType: OBJECTION_ENTITY,
          entityId: id,
          baseRevision: 0,
          payload: { entryId: entry.id, description, attachments, ...(itemName ? { itemName } : {}), ...(recordKey ? { recordKey } : {}) },
        });
        await audit('objections.raise', OBJECTION_ENTITY, id, `${entry.name}${itemName ? ` / ${itemName}` : ''}${recordKey ? ` / ${recordKey}` : ''}`);
      });
      changed(id, 'raise');
      return view(id);
    },

    'objections.get': async ({ id }) => {
      return view(id);
    },

    'objections.list': async ({ role, openOnly }) => {
      const { db } = env();
      const c = await vc();
      const rows = await db.all<ObjectionRow>('SELECT * FROM objections ORDER BY raised_at DESC, id');
      const keep = rows.filter((r) => (!role || r.role === role) && (!openOnly || OBJECTION_OPEN_STATES.includes(r.state)));
      return { objections: await Promise.all(keep.map((r) => objectionView(db, r, c))) };
    },

    'objections.openForEntry': async ({ entryId }) => {
      const { db } = env();
      const c = await vc();
      const rows = await db.all<ObjectionRow>(`SELECT * FROM objections WHERE entry_id = ? AND state IN (${OBJECTION_OPEN_STATES.map(() => '?').join(',')}) ORDER BY raised_at, id`, [entryId, ...OBJECTION_OPEN_STATES]);
      return { objections: await Promise.all(rows.map((r) => objectionView(db, r, c))) };
    },

    'objections.acknowledge': async ({ id }) => step(id, 'acknowledge', 'provider'),
    'objections.startCorrecting': async ({ id }) => step(id, 'startCorrecting', 'provider'),
    'objections.requestExtension': async ({ id, note }) => step(id, 'requestExtension', 'provider', { note }),
    'objections.answer': async ({ id, answer, note }) => step(id, 'answer', 'provider', { note, answer }),
    'objections.confirm': async ({ id }) => step(id, 'confirm', 'raiser'),
    'objections.reopen': async ({ id, note }) => step(id, 'reopen', 'raiser', { note }),
  };
}
