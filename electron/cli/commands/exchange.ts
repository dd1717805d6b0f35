import { resolve } from 'node:path';
import { LAYOUTS, type LayoutId } from '@shared/exchange/columns';
import type { ImportError, ImportPreview } from '@shared/ipc/channels/exchange';
import { AppError, type AppErrorData } from '@shared/ipc/errors';
import { readSource } from '../../core/exchange/files';
import { allIssues, parseFile, translateIssues } from '../../core/exchange/importer';
import type { Command, CommandContext } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

function requireFile(ctx: CommandContext): string {
  const file = ctx.args[0];
  if (!file) throw new UsageError('FILE.xlsx is required');
  return resolve(file);
}

/** A file that cannot be read at all is one error of the file, reported like a cell's. */
function fileError(error: AppErrorData): ImportError {
  return { sheet: '', row: 0, column: '', code: error.code, message: error.message };
}

function printErrors(ctx: CommandContext, errors: ImportError[], more: number): void {
  for (const e of errors) {
    const where = e.sheet ? `${e.sheet}${e.row ? `!${e.column}${e.row}` : ''}: ` : '';
    ctx.io.err(`${where}${e.message} (${e.code})`);
  }
  if (more) ctx.io.err(`… ${more} more`);
}

function isExchangeError(code: string): boolean {
  return code.startsWith('EXCHANGE_');
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a catalogue workbook (1272 or two-sheet layout) without writing anything',
  usage: 'validate FILE.xlsx',
  needsWorkspace: false,
  async run(ctx) {
    const path = requireFile(ctx);
    let errors: ImportError[];
    let more = 0;
    let resources = 0;
    let items = 0;
    try {
      const file = await parseFile(readSource(path));
      ({ errors, moreErrors: more } = translateIssues(allIssues(file), ctx.locale));
      resources = file.parse.entries.length;
      items = file.parse.items;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      errors = [fileError(err.toData(ctx.locale))];
    }
    if (ctx.json) ctx.io.out(JSON.stringify({ errors, ...(more ? { moreErrors: more } : {}), resources, items }));
    else {
      printErrors(ctx, errors, more);
      ctx.io.out(`${resources} resources, ${items} data items, ${errors.length + more} problems`);
    }
    return errors.length ? EXIT.validation : EXIT.ok;
  },
};

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a catalogue workbook: all entries in one transaction, or nothing (--dry-run: diff only)',
  usage: 'import FILE.xlsx [--dry-run]',
  needsWorkspace: true,
  async run(ctx) {
    const path = requireFile(ctx);
    const core = await ctx.core();
    const r = await core.dispatch('exchange.importPreview', { path });
    const report = (counts: { added: number; changed: number; unchanged: number }, errors: ImportError[], more = 0) => {
      if (ctx.json) ctx.io.out(JSON.stringify({ added: counts.added, changed: counts.changed, unchanged: counts.unchanged, errors, ...(more ? { moreErrors: more } : {}) }));
      else {
        printErrors(ctx, errors, more);
        ctx.io.out(`added ${counts.added}, changed ${counts.changed}, unchanged ${counts.unchanged}${ctx.flags['dry-run'] ? ' (dry run: nothing written)' : ''}`);
      }
    };
    const none = { added: 0, changed: 0, unchanged: 0 };
    if (!r.ok) {
      if (!isExchangeError(r.error.code)) return reportError(ctx, r.error);
      report(none, [fileError(r.error)]);
      return EXIT.validation;
    }
    const preview = r.value as ImportPreview;
    if (preview.errors.length) {
      report(preview.summary, preview.errors, preview.moreErrors);
      return EXIT.validation;
    }
    if (ctx.flags['dry-run']) {
      report(preview.summary, []);
      return EXIT.ok;
    }
    const applied = await core.dispatch('exchange.importApply', { path, expectSha256: preview.sha256 });
    if (!applied.ok) {
      if (!isExchangeError(applied.error.code)) return reportError(ctx, applied.error);
      report(none, [fileError(applied.error)]);
      return EXIT.validation;
    }
    report(applied.value as typeof none, []);
    return EXIT.ok;
  },
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the catalogue as a workbook in the 1272 or the two-sheet layout, with dropdowns',
  usage: 'export --layout 1272|modern --out FILE.xlsx',
  valueFlags: ['layout', 'out'],
  needsWorkspace: true,
  async run(ctx) {
    const layout = ctx.flags.layout;
    if (typeof layout !== 'string' || !(LAYOUTS as readonly string[]).includes(layout)) throw new UsageError('--layout must be 1272 or modern');
    if (typeof ctx.flags.out !== 'string') throw new UsageError('--out FILE.xlsx is required');
    const core = await ctx.core();
    const r = await core.dispatch('exchange.export', { layout: layout as LayoutId, path: resolve(ctx.flags.out) });
    if (!r.ok) return reportError(ctx, r.error);
    const v = r.value as { path: string; resources: number; items: number };
    ctx.io.out(ctx.json ? JSON.stringify(v) : `wrote ${v.resources} resources, ${v.items} data items to ${v.path}`);
    return EXIT.ok;
  },
};
