import { entryInputSchema } from '@shared/domain/entry';
import { issuesFromZod } from '@shared/ipc/errors';
import { translate } from '@shared/i18n/messages';
import type { CoreContext, HandlerMap } from '../context';
import { createEntry, deleteEntry, getEntry, listEntries, updateEntry } from './repository';

type CatalogueChannel = 'catalogue.list' | 'catalogue.get' | 'catalogue.create' | 'catalogue.update' | 'catalogue.delete' | 'catalogue.validate';

export function catalogueHandlers(ctx: CoreContext): HandlerMap<CatalogueChannel> {
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'catalogue', id, action });

  return {
    'catalogue.list': (input) => listEntries(ctx.workspace().db, input),

    'catalogue.get': ({ id }) => getEntry(ctx.workspace().db, id),

    'catalogue.create': async ({ entry }) => {
      const ws = ctx.workspace();
      const info = ws.requireInfo();
      const entryId = await ctx.write(async (tx, audit) => {
        const id = await createEntry(tx, entry, info.departmentCode, ws.now());
        await audit('catalogue.create', 'catalogue_entry', id, entry.name);
        return id;
      });
      changed(entryId, 'create');
      return getEntry(ws.db, entryId);
    },

    'catalogue.update': async ({ id, revision, entry }) => {
      const ws = ctx.workspace();
      await ctx.write(async (tx, audit) => {
        await updateEntry(tx, id, revision, entry, ws.now());
        await audit('catalogue.update', 'catalogue_entry', id, `${entry.name} (r${revision + 1})`);
      });
      changed(id, 'update');
      return getEntry(ws.db, id);
    },

    'catalogue.delete': async ({ id, revision }) => {
      await ctx.write(async (tx, audit) => {
        const name = await deleteEntry(tx, id, revision);
        await audit('catalogue.delete', 'catalogue_entry', id, name);
      });
      changed(id, 'delete');
      return { id };
    },

    'catalogue.validate': async ({ entry }) => {
      const parsed = entryInputSchema.safeParse(entry);
      if (parsed.success) return { issues: [] };
      return {
        issues: issuesFromZod(parsed.error).map((i) => ({ ...i, message: translate(i.code, ctx.locale) })),
      };
    },
  };
}
