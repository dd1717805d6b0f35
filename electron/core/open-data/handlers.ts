import { openFormIssues, openFormRule } from '@shared/domain/open-forms';
import { AppError } from '@shared/ipc/errors';
import { PROFILES } from '@shared/profiles/index';
import type { CoreContext, HandlerMap } from '../context';
import { openRow, openRows } from './repository';

/**
 * The open-data catalogue (开放目录, 《丽水市公共数据资源管理办法》第二十一条; 《长沙市雨花区政务数据资源管理暂行办法》
 * 第十九、二十条): the entries open unconditionally or on conditions, and the forms each is opened
 * by, as many as the profile allows. It is submitted to the authority as a list (lists/).
 */
export function openDataHandlers(ctx: CoreContext): HandlerMap<'openData.list' | 'openData.setForms'> {
  const profile = () => PROFILES[ctx.workspace().requireInfo().profileId];
  return {
    'openData.list': async () => {
      const p = profile();
      const rule = openFormRule(p);
      return { rows: await openRows(ctx.workspace().db, p, ctx.locale), methods: [...rule.methods], max: rule.max };
    },
    'openData.setForms': async ({ entryId, openForms }) => {
      const ws = ctx.workspace();
      const p = profile();
      await ctx.write(async (tx, audit) => {
        const row = await openRow(tx, entryId, p, ctx.locale);
        if (!row) throw new AppError('NOT_FOUND');
        // Checked by the profile's rule before anything is written: a refused form is named at its field.
        const issues = openFormIssues({ openType: row.openType, openForms }, p);
        if (issues.length) throw new AppError('VALIDATION', {}, issues);
        await tx.run('INSERT INTO open_forms (entry_id, forms, updated_at) VALUES (?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET forms = excluded.forms, updated_at = excluded.updated_at', [
          entryId,
          JSON.stringify(openForms),
          ws.now(),
        ]);
        await audit('openData.setForms', 'entry', entryId, `${row.code} ${row.name}: ${openForms.join(', ') || '-'}`);
      });
      ctx.events.emit('workspace.changed', { entity: 'openData', id: entryId, action: 'forms' });
      const row = await openRow(ws.db, entryId, p, ctx.locale);
      if (!row) throw new AppError('NOT_FOUND');
      return row;
    },
  };
}
