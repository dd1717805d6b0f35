import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '@shared/domain/entry';
import { ERROR_CODES } from '@shared/ipc/errors';
import type { Core } from '../../electron/core/index';
import { fuzzBase, fuzzCase, fuzzZipCase } from './workbook-fuzz';

export interface FuzzFailure {
  n: number;
  mutation: string;
  reason: string;
}

export interface FuzzOutcome {
  cases: number;
  /** Cases by mutation family (`zip.badCrc`, `bytes.truncate`, `sheet`…). */
  mutations: Record<string, number>;
  reports: number;
  typedErrors: Record<string, number>;
  failures: FuzzFailure[];
  ms: number;
}

interface Snapshot {
  entries: number;
  lastAudit: number;
  attachments: number;
}

async function snapshot(core: Core, workspaceDir: string): Promise<Snapshot> {
  const list = await core.dispatch('catalogue.list', { limit: 1 });
  const audit = await core.dispatch('audit.list', { limit: 1 });
  if (!list.ok || !audit.ok) throw new Error('workspace not readable');
  let attachments: number;
  try {
    attachments = readdirSync(join(workspaceDir, 'attachments'), { recursive: true }).length;
  } catch {
    attachments = 0;
  }
  return {
    entries: (list.value as { total: number }).total,
    lastAudit: (audit.value as { rows: { id: number }[] }).rows[0]?.id ?? 0,
    attachments,
  };
}

/**
 * Runs `cases` mutated workbooks through `exchange.importPreview` against an initialised core
 * whose catalogue is the base of the mutations. Each must give a report or a typed error other
 * than INTERNAL, and leave the entries, the audit log and the attachments as they were.
 */
export async function runFuzz(opts: {
  core: Core;
  workspaceDir: string;
  scratchDir: string;
  seed: number;
  cases: number;
  /** `zip`: mutations of the container (zip-mutations.ts) instead of its bytes and cells. */
  family?: 'workbook' | 'zip';
  onCase?: (n: number) => void;
}): Promise<FuzzOutcome> {
  const started = performance.now();
  const { core } = opts;
  const all = await core.dispatch('catalogue.list', { limit: 500 });
  if (!all.ok) throw new Error('catalogue not readable');
  const entries: Entry[] = [];
  for (const row of (all.value as { rows: { id: string }[] }).rows) {
    const e = await core.dispatch('catalogue.get', { id: row.id });
    if (e.ok) entries.push(e.value as Entry);
  }
  const base = await fuzzBase(entries);
  const before = await snapshot(core, opts.workspaceDir);
  const outcome: FuzzOutcome = { cases: 0, mutations: {}, reports: 0, typedErrors: {}, failures: [], ms: 0 };
  const known = new Set<string>(ERROR_CODES);
  for (let n = 0; n < opts.cases; n++) {
    const c = opts.family === 'zip' ? fuzzZipCase(base, opts.seed, n) : await fuzzCase(base, opts.seed, n);
    const family = c.mutation.startsWith('sheet.') ? 'sheet' : c.mutation;
    outcome.mutations[family] = (outcome.mutations[family] ?? 0) + 1;
    const file = join(opts.scratchDir, `case-${n % 8}.xlsx`);
    writeFileSync(file, c.bytes);
    const fail = (reason: string) => outcome.failures.push({ n, mutation: c.mutation, reason });
    try {
      const r = await core.dispatch('exchange.importPreview', { path: file });
      if (r.ok) outcome.reports++;
      else if (r.error.code === 'INTERNAL' || !known.has(r.error.code)) fail(`untyped error ${r.error.code}`);
      else outcome.typedErrors[r.error.code] = (outcome.typedErrors[r.error.code] ?? 0) + 1;
    } catch (err) {
      fail(`threw ${(err as Error).message}`);
    }
    const after = await snapshot(core, opts.workspaceDir);
    if (JSON.stringify(after) !== JSON.stringify(before)) fail(`workspace changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    outcome.cases++;
    opts.onCase?.(n);
  }
  outcome.ms = Math.round(performance.now() - started);
  return outcome;
}
