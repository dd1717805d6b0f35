import type { CoreContext, HandlerMap } from '../context';

export async function outboxCount(ctx: CoreContext): Promise<number> {
  const row = await ctx.workspace().db.get<{ n: number }>('SELECT count(*) AS n FROM outbox');
  return row?.n ?? 0;
}

export function outboxHandlers(ctx: CoreContext): HandlerMap<'outbox.count'> {
  return {
    'outbox.count': async () => ({ count: await outboxCount(ctx) }),
  };
}
