import { readFileSync } from 'node:fs';
import type { Entry, EntrySummary } from '@shared/domain/entry';
import type { Command, CommandContext } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

async function call(ctx: CommandContext, channel: string, input: unknown): Promise<{ value?: unknown; code?: number }> {
  const core = await ctx.core();
  const r = await core.dispatch(channel, input);
  return r.ok ? { value: r.value } : { code: reportError(ctx, r.error) };
}

function requireId(ctx: CommandContext): string {
  const id = ctx.args[0];
  if (!id) throw new UsageError('an entry ID is required');
  return id;
}

export const entriesList: Command = {
  name: 'entries list',
  summary: 'List catalogue entries (newest first)',
  usage: 'entries list [--limit N] [--offset N]',
  valueFlags: ['limit', 'offset'],
  needsWorkspace: true,
  async run(ctx) {
    const limit = ctx.flags.limit === undefined ? 100 : Number(ctx.flags.limit);
    const offset = ctx.flags.offset === undefined ? 0 : Number(ctx.flags.offset);
    const r = await call(ctx, 'catalogue.list', { limit, offset });
    if (r.code !== undefined) return r.code;
    const page = r.value as { total: number; rows: EntrySummary[] };
    if (ctx.json) ctx.io.out(JSON.stringify(page));
    else {
      for (const e of page.rows) ctx.io.out(`${e.id}\t${e.code}\t${e.state}\t${e.name}`);
      ctx.io.out(`(${page.rows.length} of ${page.total})`);
    }
    return EXIT.ok;
  },
};

export const entriesShow: Command = {
  name: 'entries show',
  summary: 'Show one entry with its data items',
  usage: 'entries show ID',
  needsWorkspace: true,
  async run(ctx) {
    const r = await call(ctx, 'catalogue.get', { id: requireId(ctx) });
    if (r.code !== undefined) return r.code;
    const e = r.value as Entry;
    if (ctx.json) ctx.io.out(JSON.stringify(e));
    else {
      ctx.io.out(`${e.code}  ${e.name}  [${e.state}, r${e.revision}]`);
      ctx.io.out(`${e.provider} · ${e.formatClass}/${e.formatType} · share ${e.shareType} · open ${e.openType} · ${e.updateCycle}`);
      ctx.io.out(e.summary);
      e.items.forEach((i, n) => ctx.io.out(`  ${n + 1}. ${i.name}\t${i.type}\t${i.length ?? ''}`));
    }
    return EXIT.ok;
  },
};

export const entriesAdd: Command = {
  name: 'entries add',
  summary: 'Add an entry from a JSON file (the catalogue.create entry schema)',
  usage: 'entries add --json-file FILE',
  valueFlags: ['json-file'],
  needsWorkspace: true,
  async run(ctx) {
    const file = ctx.flags['json-file'];
    if (typeof file !== 'string') throw new UsageError('--json-file is required');
    let entry: unknown;
    try {
      entry = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      const message = `cannot read ${file} as JSON: ${(err as Error).message}`;
      if (ctx.json) ctx.io.out(JSON.stringify({ errors: [{ path: '', code: 'validation.invalid', message }] }));
      else ctx.io.err(message);
      return EXIT.validation;
    }
    const r = await call(ctx, 'catalogue.create', { entry });
    if (r.code !== undefined) return r.code;
    const e = r.value as Entry;
    ctx.io.out(ctx.json ? JSON.stringify(e) : `added ${e.id} ${e.code} ${e.name}`);
    return EXIT.ok;
  },
};

export const entriesRemove: Command = {
  name: 'entries remove',
  summary: 'Delete a draft entry',
  usage: 'entries remove ID',
  needsWorkspace: true,
  async run(ctx) {
    const r = await call(ctx, 'catalogue.delete', { id: requireId(ctx) });
    if (r.code !== undefined) return r.code;
    ctx.io.out(ctx.json ? JSON.stringify(r.value) : `removed ${ctx.args[0]}`);
    return EXIT.ok;
  },
};
