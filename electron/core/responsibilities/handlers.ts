import type { CoreContext, HandlerMap } from '../context';
import { getResponsibility, listResponsibilities, saveResponsibility } from './repository';

export function responsibilityHandlers(ctx: CoreContext): HandlerMap<'responsibilities.list' | 'responsibilities.update'> {
  return {
    'responsibilities.list': (input) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      return listResponsibilities(ws.db, input);
    },

    'responsibilities.update': async ({ entryId, revision, responsibility }) => {
      const ws = ctx.workspace();
      await ctx.write(async (tx, audit) => {
        const name = await saveResponsibility(tx, entryId, revision, responsibility, ws.now());
        await audit('responsibilities.update', 'responsibility', entryId, `${name} (r${revision + 1})`);
      });
      ctx.events.emit('workspace.changed', { entity: 'responsibilities', id: entryId, action: 'update' });
      return getResponsibility(ws.db, entryId);
    },
  };
}
