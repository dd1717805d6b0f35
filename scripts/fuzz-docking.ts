/**
 * `npm run fuzz:docking -- --cases 1000 [--seed 1]`: mutated table structures (CREATE TABLE
 * scripts of MySQL, PostgreSQL, Oracle and SQL Server, CSV lists of columns) read through the
 * core's docking channel: each answered with items and translated problems or a typed refusal,
 * nothing written, no case slow (tests/generators/docking-fuzz.ts). Exits 1 when any case fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core/index';
import { runDockingFuzz } from '../tests/generators/docking-fuzz';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} needs a whole number`);
  return v;
}

const cases = flag('cases', 1000);
const seed = flag('seed', 1);
const dir = mkdtempSync(join(tmpdir(), 'cw-fuzz-docking-'));
const workspaceDir = join(dir, 'ws');
const core = createCore({ workspaceDir, actor: 'fuzz' });
try {
  await core.ready;
  const init = await core.dispatch('workspace.init', { profileId: 'songjiang', departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' });
  if (!init.ok) throw new Error(init.error.message);
  const outcome = await runDockingFuzz({ core, workspaceDir, seed, cases, onCase: (n) => (n + 1) % 100 === 0 && console.log(`… ${n + 1} cases`) });
  console.log(JSON.stringify({ seed, ...outcome }, null, 2));
  const typed = Object.values(outcome.typedErrors).reduce((a, b) => a + b, 0);
  console.log(`${outcome.cases} cases: ${outcome.withItems} with items, ${outcome.cases - outcome.withItems - typed} with problems only, ${typed} typed errors, ${outcome.failures.length} failures, slowest ${outcome.slowestMs} ms of CPU, ${outcome.ms} ms`);
  process.exitCode = outcome.failures.length ? 1 : 0;
} finally {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
}
