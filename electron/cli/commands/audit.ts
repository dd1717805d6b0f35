import { resolve } from 'node:path';
import type { Command } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `audit export`: the audit trail (or the part between two days) as an Excel workbook. */
export const auditExportCommand: Command = {
  name: 'audit export',
  summary: 'Export the audit trail (optionally between two days, inclusive) as an Excel workbook',
  usage: 'audit export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--actor WHO] [--action WHAT] [--entity ID|TEXT] --out FILE.xlsx',
  valueFlags: ['from', 'to', 'actor', 'action', 'entity', 'out'],
  needsWorkspace: true,
  async run(ctx) {
    const { from, to, actor, action, entity, out } = ctx.flags;
    if (typeof out !== 'string') throw new UsageError('--out FILE.xlsx is required');
    for (const [flag, v] of [['from', from], ['to', to]] as const) {
      if (v !== undefined && (typeof v !== 'string' || !DAY.test(v))) throw new UsageError(`--${flag} must be a day, YYYY-MM-DD`);
    }
    const filter = Object.fromEntries(Object.entries({ from, to, actor, action, entity }).filter(([, v]) => typeof v === 'string'));
    const core = await ctx.core();
    const r = await core.dispatch('audit.export', { ...filter, path: resolve(out) });
    if (!r.ok) return reportError(ctx, r.error);
    const v = r.value as { path: string; rows: number };
    ctx.io.out(ctx.json ? JSON.stringify(v) : `wrote ${v.rows} audit records to ${v.path}`);
    return EXIT.ok;
  },
};
