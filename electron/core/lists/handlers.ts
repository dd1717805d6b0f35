import { randomUUID } from 'node:crypto';
import { openFormIssues } from '@shared/domain/open-forms';
import { translate } from '@shared/i18n/messages';
import { AppError, issuesFromZod } from '@shared/ipc/errors';
import { PROFILES } from '@shared/profiles/index';
import { OPERATIONS, type OperationKind } from '@shared/protocol/index';
import type { ListKind } from '@shared/protocol/lists';
import type { CoreContext, HandlerMap } from '../context';
import type { Reader } from '../db/database';
import { demandListRows } from '../demands/public';
import { writeTarget } from '../exchange/public';
import { openListRows, openRows } from '../open-data/public';
import { responsibilityListRows } from '../responsibilities/public';
import { enqueue, type SyncEngine } from '../sync/public';
import { listWorkbook } from './export';
import { getSubmission, LIST_ENTITY, listSubmissions, submissionView } from './repository';

type ListChannel = 'lists.submit' | 'lists.submissions' | 'lists.export' | 'lists.reviewQueue' | 'lists.accept' | 'lists.return' | 'lists.answer';

const KIND_OF: Record<ListKind, OperationKind & ('demandList.submit' | 'responsibilityList.submit' | 'openList.submit')> = {
  demands: 'demandList.submit',
  responsibilities: 'responsibilityList.submit',
  openData: 'openList.submit',
};

/**
 * Lists reported to the authority (docs/demands.md "Lists reported to the authority"): the
 * department submits its demand list, responsibility list or open-data catalogue as it stands —
 * checked here by the platform's own rules first, so a problem is shown at its row before anything
 * is queued — and sees the reviewer's verdict, comments and evaluation answers after a pull. The
 * reviewer's side is relayed to the platform with the signed-in token; a department's account is
 * refused there.
 */
export function listHandlers(ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>): HandlerMap<ListChannel> {
  const profile = () => PROFILES[ctx.workspace().requireInfo().profileId];
  const rowsOf = async (db: Reader, list: ListKind): Promise<unknown[]> =>
    list === 'demands' ? demandListRows(db) : list === 'responsibilities' ? responsibilityListRows(db) : openListRows(db, profile(), ctx.locale);
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'lists', id, action });

  return {
    'lists.submit': async ({ list }) => {
      const ws = ctx.workspace();
      const p = profile();
      const label = translate(`lists.kind.${list}`, ctx.locale);
      const id = randomUUID();
      await ctx.write(async (tx, audit) => {
        const rows = await rowsOf(tx, list);
        if (!rows.length) throw new AppError('LIST_EMPTY', { list: label });
        const kind = KIND_OF[list];
        const parsed = OPERATIONS[kind].safeParse({ rows }, { reportInput: true });
        const issues = parsed.success ? [] : issuesFromZod(parsed.error);
        if (list === 'openData') issues.push(...(rows as { openType: 'conditional'; openForms: string[] }[]).flatMap((r, i) => openFormIssues(r, p, `rows.${i}`)));
        if (issues.length) throw new AppError('LIST_HAS_ERRORS', { list: label, count: issues.length }, issues);
        const now = ws.now();
        await tx.run('INSERT INTO list_submissions (id, list, state, row_count, rows, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
          id,
          list,
          'queued',
          rows.length,
          JSON.stringify(rows),
          now,
          now,
        ]);
        await enqueue(tx, { kind, entityType: LIST_ENTITY, entityId: id, baseRevision: 0, payload: { rows } as never }, now);
        await audit('lists.submit', LIST_ENTITY, id, `${label} (${rows.length})`);
      });
      changed(id, 'submit');
      return submissionView((await getSubmission(ws.db, id))!);
    },
    'lists.submissions': async ({ list }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      return { submissions: await listSubmissions(ws.db, list) };
    },
    'lists.export': async ({ list, path }) => {
      const ws = ctx.workspace();
      const p = profile();
      const data =
        list === 'demands'
          ? { list, rows: await demandListRows(ws.db) }
          : list === 'responsibilities'
            ? { list, rows: await responsibilityListRows(ws.db) }
            : { list, rows: await openRows(ws.db, p, ctx.locale) };
      const bytes = await listWorkbook(data, p, ctx.locale);
      return { path: writeTarget(path, bytes), rows: data.rows.length };
    },
    'lists.reviewQueue': async ({ state, list }) => {
      const r = await engine.relay('reviewLists', { query: { state, ...(list ? { list } : {}) } });
      return { total: r.total, submissions: r.submissions };
    },
    'lists.accept': async ({ id, ...body }) => (await engine.relay('acceptList', { params: { id }, body })).submission,
    'lists.return': async ({ id, ...body }) => (await engine.relay('returnList', { params: { id }, body })).submission,
    'lists.answer': async ({ id, demandId, ...body }) => (await engine.relay('answerEvaluation', { params: { id, demandId }, body })).submission,
  };
}
