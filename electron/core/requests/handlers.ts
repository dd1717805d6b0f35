import { randomUUID } from 'node:crypto';
import { renderDemandForm } from '@shared/forms/demand-form';
import { translate } from '@shared/i18n/messages';
import { AppError, issuesFromZod } from '@shared/ipc/errors';
import type { DeliveryView } from '@shared/ipc/channels/requests';
import { decisionInputSchema, requestFieldsSchema, type RequestFields } from '@shared/domain/request';
import { REQUEST_RULES } from '@shared/domain/request-rules';
import { PROFILES } from '@shared/profiles/index';
import type { CoreContext, HandlerMap } from '../context';
import type { Tx } from '../db/database';
import { enqueue, hasPendingOp, platformRevision } from '../sync/public';
import { addToBasket, basketItems, listBasket, removeFromBasket, requestableEntry, unknownItems } from './basket';
import { insertRequest, loadRequest, REQUEST_ENTITY, requestEvents } from './repository';
import { authorisationHandlers, lifecycleCreatePayload } from './authorisations';
import { disputeHandlers } from './disputes';
import { demandFormNumber } from './form-number';
import { requestEnv } from './env';
import { recomputeDeadlines } from '../deadlines/recompute';
import { sealedFormRequired } from './view';
import { listRequests } from './list';

type RequestChannel =
  | 'basket.list'
  | 'basket.add'
  | 'basket.remove'
  | 'requests.create'
  | 'requests.update'
  | 'requests.get'
  | 'requests.history'
  | 'requests.list'
  | 'requests.submit'
  | 'requests.cancel'
  | 'requests.decide'
  | 'requests.deliver'
  | 'requests.demandForm'
  | 'requests.recomputeDeadlines';

export function requestHandlers(ctx: CoreContext): HandlerMap<RequestChannel> & ReturnType<typeof authorisationHandlers> & ReturnType<typeof disputeHandlers> {
  const { env, vc, view, changed, act } = requestEnv(ctx);

  const checkFields = async (tx: Tx, entryId: string, fields: RequestFields, ownCode: string) => {
    const entry = await requestableEntry(tx, entryId, ownCode);
    const issues = unknownItems(entry, fields.items, 'fields.items');
    if (issues.length) throw new AppError('VALIDATION', {}, issues);
    return entry;
  };

  return {
    'basket.list': async () => ({ entries: await listBasket(env().db) }),

    'basket.add': async ({ entryId, items }) => {
      const { info, now } = env();
      await ctx.write(async (tx, audit) => {
        const entry = await requestableEntry(tx, entryId, info.departmentCode);
        await addToBasket(tx, entry, items, now);
        await audit('basket.add', 'shared_entry', entryId, `${entry.name}${items.length ? `: ${items.join('、')}` : ''}`);
      });
      changed(entryId, 'basket');
      return { entries: await listBasket(env().db) };
    },

    'basket.remove': async ({ entryId }) => {
      await ctx.write(async (tx, audit) => {
        if (!(await removeFromBasket(tx, entryId))) throw new AppError('NOT_FOUND');
        await audit('basket.remove', 'shared_entry', entryId, entryId);
      });
      changed(entryId, 'basket');
      return { entries: await listBasket(env().db) };
    },

    'requests.create': async ({ entryId, fields }) => {
      const { info, now } = env();
      const id = randomUUID();
      await ctx.write(async (tx, audit) => {
        const entry = await checkFields(tx, entryId, fields, info.departmentCode);
        const items = fields.items.length ? fields.items : await basketItems(tx, entryId);
        await insertRequest(tx, {
          id,
          role: 'requester',
          state: 'draft',
          entry_id: entry.id,
          entry_name: entry.name,
          entry_code: entry.code,
          share_type: entry.shareType,
          requester_code: info.departmentCode,
          requester_name: info.departmentName,
          provider_code: entry.departmentCode,
          provider_name: entry.departmentName,
          fields: JSON.stringify({ ...fields, items }),
          created_at: now,
          updated_at: now,
        });
        await tx.run("INSERT INTO share_request_events (request_id, event_id, type, outcome, from_state, to_state, at, actor) VALUES (?, 'created', 'create', 'applied', '', 'draft', ?, ?)", [id, now, ctx.actor]);
        await removeFromBasket(tx, entryId);
        await audit('requests.create', REQUEST_ENTITY, id, `${entry.name} (${entry.departmentName})`);
      });
      changed(id, 'create');
      return view(id);
    },

    'requests.update': async ({ id, fields }) => {
      const { info, now } = env();
      await ctx.write(async (tx, audit) => {
        const row = await loadRequest(tx, id);
        if (row.role !== 'requester') throw new AppError('REQUEST_WRONG_ROLE', { role: row.role });
        if (row.state !== 'draft') throw new AppError('REQUEST_NOT_EDITABLE', { state: row.state });
        await checkFields(tx, row.entry_id, fields, info.departmentCode);
        await tx.run('UPDATE share_requests SET fields = ?, updated_at = ? WHERE id = ?', [JSON.stringify(fields), now, id]);
        await audit('requests.update', REQUEST_ENTITY, id, row.entry_name);
      });
      changed(id, 'update');
      return view(id);
    },

    'requests.get': async ({ id }) => {
      return view(id);
    },

    'requests.history': async ({ id }) => {
      const { db } = env();
      await loadRequest(db, id);
      const events = await requestEvents(db, id);
      return {
        events: events.map((e) => ({
          eventId: e.event_id,
          type: e.type,
          outcome: e.outcome,
          from: e.from_state,
          to: e.to_state,
          at: e.at,
          ...(e.platform_revision !== null ? { platformRevision: e.platform_revision } : {}),
          ...(e.note ? { note: e.note } : {}),
          actor: e.actor,
        })),
      };
    },

    'requests.list': async (input) => {
      const { db } = env();
      const { vc: c } = await recomputeDeadlines(ctx);
      return listRequests(db, input, c);
    },

    'requests.submit': async ({ id }) => {
      const { profile, info } = env();
      return act(id, 'submit', {
        role: 'requester',
        before: async (tx, row) => {
          if (row.state !== 'draft') return; // the state machine says why
          // Checked again as stored: what the platform would refuse is refused here, offline, at the field.
          const stored = requestFieldsSchema.safeParse(JSON.parse(row.fields));
          if (!stored.success) throw new AppError('VALIDATION', {}, issuesFromZod(stored.error).map((i) => ({ ...i, path: `fields.${i.path}` })));
          const fields = stored.data;
          await checkFields(tx, row.entry_id, fields, info.departmentCode);
          const forms = await tx.all<{ sha256: string }>("SELECT sha256 FROM attachment_links WHERE owner_type = ? AND owner_id = ? AND role = 'sealedForm' ORDER BY added_at", [REQUEST_ENTITY, id]);
          if (sealedFormRequired(profile, row) && !forms.length) throw new AppError('REQUEST_SEALED_FORM_REQUIRED', { profile: PROFILES[profile].name['zh-CN'] });
          await enqueue(tx, {
            kind: 'request.create',
            entityType: REQUEST_ENTITY,
            entityId: id,
            baseRevision: 0,
            // Every field of the request, none left behind: the provider and the reviewer decide on all of them.
            payload: { entryId: row.entry_id, ...fields, attachments: forms.map((f) => f.sha256), ...lifecycleCreatePayload(row) },
          });
        },
        patch: { refusal: null },
      });
    },

    'requests.cancel': async ({ id, reason }) =>
      act(id, 'cancel', {
        role: 'requester',
        note: reason,
        // A draft never left the workstation: nothing to tell the platform.
        after: async (tx, row) => {
          if (row.state !== 'draft') await enqueue(tx, { kind: 'request.cancel', entityType: REQUEST_ENTITY, entityId: id, payload: reason ? { reason } : {} });
        },
      }),

    'requests.decide': async (input) => {
      const { profile, now } = env();
      const parsed = decisionInputSchema(REQUEST_RULES[profile].rejectReasonMinLength).safeParse(input);
      if (!parsed.success) {
        const code = parsed.error.issues.some((i) => i.message === 'validation.requestReasonRequired') ? 'REQUEST_REASON_REQUIRED' : 'VALIDATION';
        throw new AppError(code, { min: REQUEST_RULES[profile].rejectReasonMinLength }, issuesFromZod(parsed.error));
      }
      const d = parsed.data;
      const decision = {
        decision: d.decision,
        by: 'provider' as const,
        decidedAt: now,
        ...(d.reason ? { reason: d.reason } : {}),
        ...(d.conditions ? { conditions: d.conditions } : {}),
        ...(d.desensitisation ? { desensitisation: d.desensitisation } : {}),
        ...(d.validUntil ? { validUntil: d.validUntil } : {}),
      };
      // The platform's decision has one text: conditions and desensitisation travel in it.
      const text = [d.reason, d.conditions && `使用条件：${d.conditions}`, d.desensitisation && `脱敏要求：${d.desensitisation}`].filter(Boolean).join('；');
      return act(d.id, d.decision === 'approve' ? 'approve' : 'reject', {
        role: 'provider',
        note: text || undefined,
        patch: { decision: JSON.stringify(decision), ...(d.validUntil ? { valid_until: d.validUntil } : {}) },
        after: (tx) =>
          enqueue(tx, {
            kind: 'request.decide',
            entityType: REQUEST_ENTITY,
            entityId: d.id,
            payload: { decision: d.decision, ...(text ? { reason: text.slice(0, 1000) } : {}), ...(d.validUntil ? { validUntil: d.validUntil } : {}) },
          }).then(() => undefined),
      });
    },

    'requests.deliver': async ({ id, ...details }) => {
      const { now } = env();
      const delivery: DeliveryView = { ...details, deliveredAt: now, by: 'provider' };
      const where = [details.url, details.database, details.viewName, details.location].filter(Boolean).join(' ');
      return act(id, 'deliver', {
        role: 'provider',
        note: `${details.method}: ${where}`.slice(0, 1000),
        patch: { delivery: JSON.stringify(delivery) },
        // Delivered before the approval was pushed: the platform will hold the decision one
        // revision on, and the delivery is based on that, not refused as a conflict.
        after: async (tx) => {
          const base = (await platformRevision(tx, REQUEST_ENTITY, id)) + ((await hasPendingOp(tx, REQUEST_ENTITY, id)) ? 1 : 0);
          await enqueue(tx, { kind: 'request.deliver', entityType: REQUEST_ENTITY, entityId: id, baseRevision: base, payload: details });
        },
      });
    },

    'requests.demandForm': async ({ id }) => {
      const { db, profile } = env();
      const row = await loadRequest(db, id);
      if (row.role !== 'requester') throw new AppError('REQUEST_WRONG_ROLE', { role: row.role });
      const f = JSON.parse(row.fields) as RequestFields;
      const zh = (key: string) => translate(key, 'zh-CN');
      const today = (await vc()).today;
      const { number: formNumber, assigned } = await ctx.write(async (tx, audit) => {
        const n = await demandFormNumber(tx, id, row.requester_code, Number(today.slice(0, 4)));
        if (n.assigned) await audit('requests.formNumber', REQUEST_ENTITY, id, `${row.entry_name}: ${n.number}`);
        return n;
      });
      // The list and the drawer show the number from now on.
      if (assigned) changed(id, 'formNumber');
      const html = renderDemandForm({
        formNumber,
        requesterName: row.requester_name,
        requesterCode: row.requester_code,
        providerName: row.provider_name,
        entryName: row.entry_name,
        entryCode: row.entry_code,
        shareTypeLabel: row.share_type === 'none' ? '' : PROFILES[profile].shareTypeLabels[row.share_type]['zh-CN'],
        items: f.items,
        purpose: f.purpose,
        scenario: f.scenario,
        basisLabel: zh(`demands.basisKind.${f.basisKind}`),
        basisText: f.basisText,
        shareMethodLabel: zh(`requests.shareMethod.${f.shareMethod}`),
        periodFrom: f.periodFrom,
        periodTo: f.periodTo,
        contactName: f.contactName,
        contactPhone: f.contactPhone,
        date: today,
      });
      return { html, fileName: `共享需求单-${row.entry_name}-${formNumber}.pdf` };
    },

    'requests.recomputeDeadlines': async () => {
      const { recomputed, changed, vc: c } = await recomputeDeadlines(ctx);
      return { today: c.today, recomputed, changed };
    },

    ...authorisationHandlers(ctx),
    ...disputeHandlers(ctx),
  };
}
