import type { SearchOutput } from '@shared/ipc/channels/search';
import { SEARCH_SCOPES } from '@shared/ipc/channels/search';
import type { Command } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search own entries and the cached shared catalogue (Chinese, pinyin or initials)',
  usage: 'search QUERY [--scope own|shared|all] [--limit N]',
  valueFlags: ['scope', 'limit'],
  needsWorkspace: true,
  async run(ctx) {
    // Words after the command form one query, so `search 人口 基础` needs no quoting.
    const q = ctx.args.join(' ');
    if (!q.trim()) throw new UsageError('a QUERY is required');
    const scope = ctx.flags.scope ?? 'all';
    if (typeof scope !== 'string' || !(SEARCH_SCOPES as readonly string[]).includes(scope)) {
      throw new UsageError(`--scope must be one of ${SEARCH_SCOPES.join(', ')}`);
    }
    const limit = ctx.flags.limit === undefined ? 20 : Number(ctx.flags.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit must be a whole number from 1 to 200');
    const core = await ctx.core();
    // Right after a large pull the index is still being built in the background; a one-shot
    // command waits for it rather than print partial results (the app shows them with a notice).
    // Listening before the first query, so the end of indexing cannot slip past unseen.
    let off = () => {};
    const indexed = new Promise<void>((resolve) => {
      off = core.on('workspace.changed', ({ entity, action }) => {
        if (entity === 'sharedCatalogue' && action === 'indexed') resolve();
      });
    });
    let r = await core.dispatch('search.query', { q, scope, limit });
    try {
      if (r.ok && (r.value as SearchOutput).pending) {
        ctx.io.err(`indexing ${(r.value as SearchOutput).pending} pulled shared entries before searching…`);
        await indexed;
        r = await core.dispatch('search.query', { q, scope, limit });
      }
    } finally {
      off();
    }
    if (!r.ok) return reportError(ctx, r.error);
    const { results, total, totalAtLeast } = r.value as SearchOutput;
    if (ctx.json) {
      ctx.io.out(JSON.stringify({ results: results.map(({ id, code, name, provider, score }) => ({ id, code, name, provider, score })) }));
    } else {
      for (const e of results) ctx.io.out(`${e.scope}\t${e.code}\t${e.name}\t${e.provider}\t${e.score}\t${e.id}`);
      ctx.io.out(`(${results.length} of ${total}${totalAtLeast ? '+' : ''})`);
    }
    return EXIT.ok;
  },
};
