import { getProfile } from '@shared/profiles/index';
import type { CoreContext, HandlerMap } from '../context';
import { allEntries } from '../catalogue/public';
import { writeTarget } from './files';
import { ParseCache, apply, preview } from './importer';
import { buildTemplate, buildWorkbook } from './write';

type ExchangeChannel = 'exchange.importPreview' | 'exchange.importApply' | 'exchange.export' | 'exchange.template';

export function exchangeHandlers(ctx: CoreContext): HandlerMap<ExchangeChannel> {
  const cache = new ParseCache();
  const profile = () => {
    const info = ctx.workspace().info;
    return info ? getProfile(info.profileId) : undefined;
  };

  return {
    'exchange.importPreview': ({ path }) => preview(ctx, cache, path),

    'exchange.importApply': async ({ path, expectSha256 }) => {
      const r = await apply(ctx, cache, path, expectSha256);
      ctx.events.emit('workspace.changed', { entity: 'catalogue', action: 'import' });
      return r;
    },

    'exchange.export': async ({ layout, path }) => {
      const entries = await allEntries(ctx.workspace().db);
      const written = writeTarget(path, await buildWorkbook(layout, entries, profile()));
      return { path: written, resources: entries.length, items: entries.reduce((n, e) => n + e.items.length, 0) };
    },

    'exchange.template': async ({ layout, path }) => {
      const info = ctx.workspace().info;
      const owner = { departmentName: info?.departmentName ?? '', departmentCode: info?.departmentCode ?? '' };
      return { path: writeTarget(path, await buildTemplate(layout, owner, profile())) };
    },
  };
}
