import type { FastifyInstance } from 'fastify';
import type { Notice, ReportFiling } from '@shared/protocol/index';
import type { Session } from '../auth';
import type { PlatformContext } from '../context';
import { HttpError } from '../errors';
import { computeMetrics, rankDepartments } from '../ops/evaluation';
import { concludeNotice, issueNotice } from '../ops/evaluation-notices';
import { route } from './http';

/** An officer sees its own department only; the authority (reviewer) any, or all when it names none. */
function scopeOf(session: Session, asked: string | undefined): string | undefined {
  if (session.role === 'reviewer') return asked;
  if (asked && asked !== session.departmentCode) throw new HttpError('FORBIDDEN');
  return session.departmentCode;
}

function period(from: string, to: string): void {
  if (from > to) throw new HttpError('VALIDATION', {}, [{ path: 'query.to', code: 'evaluation.validation.periodOrder' }]);
  // A period longer than two years is not a dashboard's: refuse it rather than read the world.
  if (Date.parse(to) - Date.parse(from) > 732 * 86_400_000) throw new HttpError('VALIDATION', {}, [{ path: 'query.from', code: 'evaluation.validation.periodTooLong' }]);
}

export function evaluationRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  route(app, ctx, 'metrics', async ({ session, query }) => {
    period(query.from, query.to);
    const department = scopeOf(session, query.department);
    const { resources, months } = await computeMetrics(ctx.db, { from: query.from, to: query.to, department, profile: ctx.deadlines.profile });
    return { from: query.from, to: query.to, resources, months };
  });

  route(app, ctx, 'rankings', async ({ query }) => {
    period(query.from, query.to);
    const { resources } = await computeMetrics(ctx.db, { from: query.from, to: query.to, profile: ctx.deadlines.profile });
    const departments = await ctx.db.all<{ code: string; name: string }>('SELECT code, name FROM departments ORDER BY code');
    return { from: query.from, to: query.to, departments: rankDepartments(resources, departments) };
  });

  route(app, ctx, 'recordObservations', async ({ body }) => {
    const recorded = await ctx.db.transaction(async (tx) => {
      const ids = new Set([...body.checks, ...body.volumes].map((o) => o.entryId));
      for (const id of ids) {
        if (!(await tx.get('SELECT 1 AS ok FROM entries WHERE id = ? AND published_at IS NOT NULL', [id]))) throw new HttpError('NOT_FOUND');
      }
      for (const c of body.checks) {
        if (c.failures > c.checks) throw new HttpError('VALIDATION', {}, [{ path: 'checks', code: 'evaluation.validation.failuresOverChecks' }]);
        await tx.run('INSERT OR REPLACE INTO evaluation_checks (entry_id, day, checks, failures) VALUES (?, ?, ?, ?)', [c.entryId, c.day, c.checks, c.failures]);
      }
      for (const v of body.volumes) await tx.run('INSERT OR REPLACE INTO evaluation_volumes (entry_id, day, rows, bytes) VALUES (?, ?, ?, ?)', [v.entryId, v.day, v.rows, v.bytes]);
      return body.checks.length + body.volumes.length;
    });
    return { recorded };
  });

  route(app, ctx, 'notices', async ({ session, query }) => {
    const department = scopeOf(session, query.department);
    const sql = 'SELECT n.body, d.name FROM notices n LEFT JOIN departments d ON d.code = n.department_code';
    const rows = department
      ? await ctx.db.all<{ body: string; name: string | null }>(`${sql} WHERE n.department_code = ? ORDER BY n.issued_at DESC, n.id`, [department])
      : await ctx.db.all<{ body: string; name: string | null }>(`${sql} ORDER BY n.issued_at DESC, n.id`);
    return { notices: rows.map((r) => ({ ...(JSON.parse(r.body) as Notice), ...(r.name ? { departmentName: r.name } : {}) })) };
  });

  route(app, ctx, 'issueNotice', async ({ body, now }) => {
    const at = now.toISOString();
    return { notice: await ctx.db.transaction((tx) => issueNotice(tx, body, ctx.deadlines.profile, at)) };
  });
  route(app, ctx, 'acceptNotice', async ({ params, body, now }) => ({
    notice: await ctx.db.transaction((tx) => concludeNotice(tx, params.id, body.revision, 'accepted', body.note, ctx.deadlines.profile, now.toISOString())),
  }));
  route(app, ctx, 'reopenNotice', async ({ params, body, now }) => ({
    notice: await ctx.db.transaction((tx) => concludeNotice(tx, params.id, body.revision, 'reopened', body.note, ctx.deadlines.profile, now.toISOString())),
  }));

  route(app, ctx, 'fileReport', async ({ session, body, now }) => {
    const at = now.toISOString();
    const filing = await ctx.db.transaction(async (tx) => {
      const file = await tx.get<{ media_type: string }>(
        'SELECT a.media_type FROM attachments a JOIN attachment_access x ON x.sha256 = a.sha256 WHERE a.sha256 = ? AND x.department_code = ?',
        [body.sha256, session.departmentCode],
      );
      if (!file) throw new HttpError('NOT_FOUND');
      // Filing again replaces the year's report: the latest filed is the one that counts.
      await tx.run('INSERT OR REPLACE INTO report_filings (department_code, year, sha256, media_type, filed_at) VALUES (?, ?, ?, ?, ?)', [
        session.departmentCode,
        body.year,
        body.sha256,
        file.media_type,
        at,
      ]);
      // The authority's accounts may read what was filed.
      await tx.run(
        "INSERT OR IGNORE INTO attachment_access (sha256, department_code) SELECT DISTINCT ?, department_code FROM accounts WHERE role = 'reviewer'",
        [body.sha256],
      );
      const filing: ReportFiling = { departmentCode: session.departmentCode, departmentName: session.departmentName, year: body.year, filedAt: at, sha256: body.sha256, mediaType: file.media_type };
      return filing;
    });
    return { filing };
  });

  route(app, ctx, 'reportFilings', async ({ session, query }) => {
    const department = scopeOf(session, undefined);
    const rows = await ctx.db.all<{ code: string; name: string; filed_at: string | null; sha256: string | null; media_type: string | null }>(
      `SELECT d.code, d.name, f.filed_at, f.sha256, f.media_type FROM departments d LEFT JOIN report_filings f ON f.department_code = d.code AND f.year = ?
        ${department ? 'WHERE d.code = ?' : "WHERE d.code IN (SELECT department_code FROM accounts WHERE role = 'officer')"} ORDER BY d.code`,
      department ? [query.year, department] : [query.year],
    );
    return {
      filings: rows.map((r): ReportFiling => ({ departmentCode: r.code, departmentName: r.name, year: query.year, filedAt: r.filed_at, sha256: r.sha256, mediaType: r.media_type })),
    };
  });
}
