import ExcelJS from 'exceljs';
import type { AuditFilter } from '@shared/ipc/channels/audit';
import { translate, type Locale } from '@shared/i18n/messages';
import { auditActionLabel, auditEntityLabel, auditSummaryText } from '@shared/i18n/audit-action';
import type { CoreContext, HandlerMap } from '../context';
import type { Reader } from '../db/database';
import { writeTarget } from '../exchange/public';

type AuditChannel = 'audit.list' | 'audit.search' | 'audit.export';

interface AuditDbRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
}

/** Rows an export writes at most: far beyond a workstation's years of records, under Excel's 1,048,576. */
const EXPORT_MAX = 1_000_000;

/** The first instant of a China-time day, as the log stores instants (UTC ISO). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();

/** The WHERE clause of the filters: each one given narrows the trail. */
export function auditWhere(f: AuditFilter): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  const add = (sql: string, ...values: string[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (f.from) add('at >= ?', dayStart(f.from));
  if (f.to) add('at < ?', nextDay(f.to));
  if (f.actor) add('actor = ?', f.actor);
  if (f.action) add('(action = ? OR action LIKE ?)', f.action, `${f.action}:%`);
  if (f.entityType) add('entity_type = ?', f.entityType);
  const entity = f.entity?.trim();
  if (entity) add("(entity_id = ? OR summary LIKE ? ESCAPE '\\')", entity, `%${entity.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const view = (r: AuditDbRow, locale: Locale) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, actionLabel: auditActionLabel(r.action, locale), entityType: r.entity_type, entityTypeLabel: auditEntityLabel(r.entity_type, locale), entityId: r.entity_id, summary: auditSummaryText(r.summary, locale) });

async function distinct(db: Reader, column: string): Promise<string[]> {
  return (await db.all<{ v: string }>(`SELECT DISTINCT ${column} AS v FROM audit_log ORDER BY v`)).map((r) => r.v);
}

/**
 * The audit trail (信息审计跟踪, among the security measures of 《松江区政务数据资源共享管理办法》
 * 第十六条): filtered reading and an Excel export. Both only read `audit_log`, which the database
 * keeps append-only (UPDATE and DELETE are refused by triggers).
 */
export function auditHandlers(ctx: CoreContext): HandlerMap<AuditChannel> {
  return {
    /** The latest records, of one entity when given (the entity drawers' history). */
    'audit.list': async ({ entityId, limit }) => {
      const rows = await ctx.workspace().db.all<AuditDbRow>(`SELECT * FROM audit_log ${entityId ? 'WHERE entity_id = ?' : ''} ORDER BY id DESC LIMIT ?`, entityId ? [entityId, limit] : [limit]);
      return { rows: rows.map((r) => view(r, ctx.locale)) };
    },

    'audit.search': async ({ offset, limit, ...filter }) => {
      const db = ctx.workspace().db;
      const where = auditWhere(filter);
      const total = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM audit_log ${where.sql}`, where.params))?.n ?? 0;
      const rows = await db.all<AuditDbRow>(`SELECT * FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ? OFFSET ?`, [...where.params, limit, offset]);
      const actions = await distinct(db, 'action');
      const entityTypes = await distinct(db, 'entity_type');
      return {
        total,
        rows: rows.map((r) => view(r, ctx.locale)),
        actors: await distinct(db, 'actor'),
        actions,
        actionLabels: Object.fromEntries(actions.map((a) => [a, auditActionLabel(a, ctx.locale)])),
        entityTypes,
        entityTypeLabels: Object.fromEntries(entityTypes.map((e) => [e, auditEntityLabel(e, ctx.locale)])),
      };
    },

    'audit.export': async ({ path, ...filter }) => {
      const db = ctx.workspace().db;
      const where = auditWhere(filter);
      const rows = await db.all<AuditDbRow>(`SELECT * FROM audit_log ${where.sql} ORDER BY id LIMIT ?`, [...where.params, EXPORT_MAX]);
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet(translate('audit.sheet', ctx.locale));
      const h = (k: string) => translate(`audit.column.${k}`, ctx.locale);
      sheet.columns = [
        { header: h('id'), key: 'id', width: 8 },
        { header: h('at'), key: 'at', width: 26 },
        { header: h('actor'), key: 'actor', width: 16 },
        { header: h('action'), key: 'actionLabel', width: 28 },
        { header: h('actionCode'), key: 'action', width: 28 },
        { header: h('entityType'), key: 'entityTypeLabel', width: 18 },
        { header: h('entityId'), key: 'entityId', width: 38 },
        { header: h('summary'), key: 'summary', width: 60 },
      ];
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      for (const r of rows) sheet.addRow(view(r, ctx.locale));
      const written = writeTarget(path, Buffer.from(await wb.xlsx.writeBuffer()));
      return { path: written, rows: rows.length };
    },
  };
}
