import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dashboard } from '@shared/ipc/channels/evaluation';
import type { NoticeView } from '@shared/ipc/channels/notices';
import type { Command, CommandContext } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';
import { withCore } from './sync';

async function dispatch(ctx: CommandContext, channel: string, input: unknown): Promise<{ ok: true; value: unknown } | { ok: false; code: number; error: { code: string } }> {
  const core = await ctx.core();
  const r = await core.dispatch(channel, input);
  return r.ok ? { ok: true, value: r.value } : { ok: false, code: reportError(ctx, r.error), error: r.error };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const show = (v: number | null) => (v === null ? 'unknown' : String(v));

export const metricsCommand: Command = {
  name: 'metrics',
  summary: "The department's published resources with each evaluation metric (pulled from the platform; unknown is said, never 0)",
  usage: 'metrics [--from YYYY-MM-DD --to YYYY-MM-DD]',
  valueFlags: ['from', 'to'],
  needsWorkspace: true,
  async run(ctx) {
    const { from, to } = ctx.flags;
    for (const [flag, v] of [['from', from], ['to', to]] as const) {
      if (v !== undefined && (typeof v !== 'string' || !DATE.test(v))) throw new UsageError(`--${flag} must be a date YYYY-MM-DD`);
    }
    if (typeof from === 'string' && typeof to === 'string' && from > to) throw new UsageError('--from must not be after --to');
    // The platform's token is the CLI's own (kept by `login`): the pull needs the signed-in core.
    return withCore(ctx, async (core) => {
      const pulled = await core.dispatch('evaluation.refresh', { ...(typeof from === 'string' ? { from } : {}), ...(typeof to === 'string' ? { to } : {}) });
      if (!pulled.ok) return reportError(ctx, pulled.error);
      const r = await core.dispatch('evaluation.dashboard', {});
      if (!r.ok) return reportError(ctx, r.error);
      const d = r.value as Dashboard;
      const p = pulled.value as { from: string; to: string; fetchedAt: string };
      if (ctx.json) {
        ctx.io.out(JSON.stringify({ from: p.from, to: p.to, fetchedAt: p.fetchedAt, department: d.department, resources: d.resources }));
      } else {
        ctx.io.out(['code', 'name', 'score', 'availability', 'timeliness', 'quality', 'callsPerDay', 'departmentsPerDay'].join('\t'));
        for (const x of d.resources) {
          const m = x.metrics;
          ctx.io.out([x.code, x.name, show(m.score), show(m.availability), show(m.timeliness), show(m.quality), show(m.callsPerDay), show(m.departmentsPerDay)].join('\t'));
        }
        ctx.io.out(`(${d.resources.length} resources, ${p.from} to ${p.to}; score ${show(d.department.metrics.score)}, rank ${d.department.rank ?? 'unranked'} of ${d.department.ranked})`);
      }
      return EXIT.ok;
    });
  },
};

export const noticesList: Command = {
  name: 'notices list',
  summary: "Anomaly notices on the department's resources (from the last sync), open ones first",
  usage: 'notices list',
  needsWorkspace: true,
  async run(ctx) {
    const r = await dispatch(ctx, 'notices.list', {});
    if (!r.ok) return r.code;
    const { notices, today } = r.value as { notices: NoticeView[]; today: string };
    if (ctx.json) ctx.io.out(JSON.stringify({ today, notices: notices.map(({ id, entryId, entryName, kind, state, dueDate, deadlineStatus, answer }) => ({ id, entryId, entryName, kind, state, dueDate, deadlineStatus, late: answer?.late ?? false })) }));
    else for (const n of notices) ctx.io.out(`${n.state}\t${n.deadlineStatus}\t${n.dueDate}\t${n.kind}\t${n.entryName}\t${n.id}`);
    return EXIT.ok;
  },
};

/** Chromium prints the report's HTML to PDF headless (the app uses the shell's printing instead). */
function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p): p is string => !!p && existsSync(p));
}

export const reportAnnual: Command = {
  name: 'report annual',
  summary: "The year's data-management report (伊川 第三十九条) as .docx, or .pdf (printed by Chromium)",
  usage: 'report annual --year YYYY --out FILE.docx|FILE.pdf',
  valueFlags: ['year', 'out'],
  needsWorkspace: true,
  async run(ctx) {
    const year = Number(ctx.flags.year);
    if (typeof ctx.flags.year !== 'string' || !/^\d{4}$/.test(ctx.flags.year) || year < 2000 || year > 2100) throw new UsageError('--year must be a year YYYY');
    const outFlag = ctx.flags.out;
    if (typeof outFlag !== 'string' || !outFlag) throw new UsageError('--out FILE.docx or FILE.pdf is required');
    const out = isAbsolute(outFlag) ? outFlag : resolve(outFlag);
    const ext = extname(out).toLowerCase();
    if (ext !== '.docx' && ext !== '.pdf') throw new UsageError('--out must end in .docx or .pdf');
    if (ext === '.docx') {
      const r = await dispatch(ctx, 'reports.exportDocx', { year, path: out });
      if (!r.ok) return r.code;
    } else {
      const browser = chromiumPath();
      if (!browser) {
        ctx.io.err('PDF needs Chromium (set CHROMIUM_PATH), or write the report as .docx');
        return EXIT.failure;
      }
      const r = await dispatch(ctx, 'reports.annualHtml', { year });
      if (!r.ok) return r.code;
      const tmp = mkdtempSync(join(tmpdir(), 'cw-report-'));
      try {
        const html = join(tmp, 'report.html');
        writeFileSync(html, (r.value as { html: string }).html);
        const res = spawnSync(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${join(tmp, 'profile')}`, `--print-to-pdf=${out}`, pathToFileURL(html).href], { stdio: 'ignore', timeout: 120_000 });
        if (res.status !== 0 || !existsSync(out)) {
          ctx.io.err(`Chromium could not print the report (exit ${res.status ?? 'killed'})`);
          return EXIT.failure;
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    }
    const status = await dispatch(ctx, 'reports.annual', { year });
    const empty = status.ok && (status.value as { empty: boolean }).empty;
    if (ctx.json) ctx.io.out(JSON.stringify({ year, path: out, empty }));
    else ctx.io.out(`${out}${empty ? ` (no data for ${year} in the workspace)` : ''}`);
    return EXIT.ok;
  },
};
