/**
 * `npm run fuzz:xlsx -- --cases 1000 [--seed 1] [--zip]`: mutates a valid catalogue workbook N ways
 * (bytes of the zip, truncation, cell values, columns removed/duplicated/reordered, merged ranges,
 * huge strings, wrong types…; with `--zip`, the container: truncated, duplicated and misordered
 * records, a directory that disagrees with its records, bad CRCs, huge declared sizes, a deflate
 * bomb, a nested zip, zero-length members) and checks that every import preview answers with a
 * report or a typed error and writes nothing. Exits 1 when any case fails, naming the case to
 * replay it. `npm run fuzz:zip` is the `--zip` run.
 */
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core/index';
import { richEntries } from '../tests/helpers/workbooks';
import { runFuzz } from '../tests/generators/workbook-fuzz-run';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} needs a whole number`);
  return v;
}

const cases = flag('cases', 1000);
const seed = flag('seed', 1);
const family = process.argv.includes('--zip') ? 'zip' : 'workbook';
const dir = mkdtempSync(join(tmpdir(), 'cw-fuzz-'));
const workspaceDir = join(dir, 'ws');
const scratchDir = join(dir, 'cases');
mkdirSync(scratchDir);
const core = createCore({ workspaceDir, actor: 'fuzz' });
try {
  await core.ready;
  const init = await core.dispatch('workspace.init', { profileId: 'yichuan', departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' });
  if (!init.ok) throw new Error(init.error.message);
  for (const entry of richEntries()) {
    const r = await core.dispatch('catalogue.create', { entry });
    if (!r.ok) throw new Error(r.error.message);
  }
  const outcome = await runFuzz({
    core,
    workspaceDir,
    scratchDir,
    seed,
    cases,
    family,
    onCase: (n) => (n + 1) % 100 === 0 && console.log(`… ${n + 1} cases`),
  });
  console.log(JSON.stringify({ seed, family, ...outcome }, null, 2));
  console.log(`${outcome.cases} cases: ${outcome.reports} reports, ${Object.values(outcome.typedErrors).reduce((a, b) => a + b, 0)} typed errors, ${outcome.failures.length} failures, ${outcome.ms} ms`);
  process.exitCode = outcome.failures.length ? 1 : 0;
} finally {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
}
