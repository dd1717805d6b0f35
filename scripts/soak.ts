// `npm run soak -- --trials 200 [--seed N] [--batch K]`
//
// Crash soak of sync (issue 4): the platform and a core run in child processes; each trial the
// core queues work (the import phase: entries created, declared ready and submitted), pushes and
// pulls, and one of the two is killed with SIGKILL at a random point of a random phase, then
// restarted. At the end everything is restarted cleanly, synced to the end and checked: every
// entry the core reported typed is in the workspace (nothing lost), and every submission reached
// the platform exactly once (no operation lost, none applied twice). Prints
// `trials N, lost L, duplicated D` and exits 1 unless both are 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Connection } from '../electron/core/db/connection';
import { createCore, type Core } from '../electron/core/index';
import { fileKeyStore } from '../electron/core/sync/platform-client/file-key-store';
import { NO_POLICY } from '../electron/core/policy/policy';
import type { DemoAccount } from '../platform/seed/demo';
import { mulberry32 as rng } from '../tests/generators/random';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PHASES = ['import', 'push', 'pull'] as const;
type Phase = (typeof PHASES)[number];

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '20' },
    seed: { type: 'string' },
    batch: { type: 'string', default: '6' },
    child: { type: 'string' },
    workspace: { type: 'string' },
    journal: { type: 'string' },
    prefix: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  strict: true,
});


const tokenFile = (ws: string) => join(ws, 'cli-token.json');
const openCore = (ws: string): Core =>
  createCore({ workspaceDir: ws, keyStore: fileKeyStore(tokenFile(ws)), policy: NO_POLICY, sync: { auto: false, pullLimit: 40, timeoutMs: 5_000 } });

// ---- the core child --------------------------------------------------------------------------

async function dispatchOk(core: Core, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

/** Child: queue `batch` submissions (journaling each once committed), then sync once. */
async function coreChild(ws: string, journal: string, prefix: string, batch: number, mode: string): Promise<void> {
  const core = openCore(ws);
  const status = await core.ready;
  if (status.state !== 'ready') throw new Error(`workspace ${status.state}`);
  core.on('sync.progress', (p) => {
    if (p.phase === 'pull') console.log('phase pull');
  });
  const info = status.workspace;
  if (mode === 'work') {
    console.log('phase import');
    for (let i = 0; i < batch; i++) {
      const name = `${prefix}-${i}`;
      const created = await dispatchOk(core, 'catalogue.create', {
        entry: {
          name, provider: info.departmentName, providerCode: info.departmentCode, summary: `${name}：单位名称、统一社会信用代码`,
          formatClass: 'database', formatType: 'KingbaseES', shareType: 'unconditional', shareMethodClass: 'platform', shareMethodType: 'interface',
          openType: 'none', updateCycle: 'daily', classification: { scheme: 'national1272', category: '1', item: '01' }, dataGrade: 'general',
          usageRequirements: '依法使用', items: [{ name: '单位名称', type: 'C', length: '100' }, { name: '统一社会信用代码', type: 'C', length: '18' }],
        },
      });
      const ready = await dispatchOk(core, 'catalogue.setState', { id: created.id, revision: created.revision, state: 'ready' });
      await dispatchOk(core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
      // Written only after the submission committed: what the officer was told is saved.
      appendFileSync(journal, `${name}\n`);
    }
  }
  console.log('phase push');
  const r = await dispatchOk(core, 'sync.run', {});
  console.log(`result ${JSON.stringify(r)}`);
  await core.close();
}

// ---- the parent ------------------------------------------------------------------------------

interface Proc {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
  /** Resolves when a line matching `re` is printed (or the process ends: false). */
  waitFor(re: RegExp): Promise<boolean>;
}

function run(args: string[], quiet = true): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (v: boolean) => void }[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      lines.push(line);
      for (const w of [...waiters]) {
        if (!w.re.test(line)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(true);
      }
    }
  });
  child.stderr!.on('data', (d: Buffer) => void (quiet || process.stderr.write(d)));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  void exited.then(() => waiters.splice(0).forEach((w) => w.resolve(false)));
  return {
    child,
    lines,
    exited,
    waitFor: (re) => (lines.some((l) => re.test(l)) ? Promise.resolve(true) : new Promise((r) => waiters.push({ re, resolve: r }))),
  };
}

async function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => r(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startPlatformChild(port: number, data: string, quiet: boolean): Promise<Proc> {
  const p = run(['platform/main.ts', '--port', String(port), '--data', data, '--seed', 'demo', '--seed-shared', '300'], quiet);
  if (!(await p.waitFor(/platform listening/))) throw new Error(`platform did not start: ${p.lines.join('\n')}`);
  return p;
}

async function kill(p: Proc): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await p.exited;
}

async function platformRows<T>(data: string, sql: string, params: string[] = []): Promise<T[]> {
  const conn = await Connection.open(join(data, 'platform.db'), 'readonly');
  try {
    return await conn.all<T>(sql, params);
  } finally {
    await conn.close();
  }
}

/** The reviewer approves what is waiting, so pulls carry review results and shared entries. */
async function approveSome(url: string, reviewer: DemoAccount, max: number): Promise<void> {
  try {
    const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: reviewer.user, password: reviewer.password }) });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const queue = (await (await fetch(`${url}/api/v1/review/entries?limit=${max}`, { headers: auth })).json()) as { entries: { id: string; revision: number }[] };
    for (const e of queue.entries) await fetch(`${url}/api/v1/review/entries/${e.id}/approve`, { method: 'POST', headers: auth, body: JSON.stringify({ revision: e.revision }) });
  } catch {
    // The platform may be down this very moment: approvals are only there to make pulls busy.
  }
}

async function parent(): Promise<number> {
  const trials = Number(values.trials);
  const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
  const batch = Number(values.batch);
  const quiet = values.quiet;
  const random = rng(seed);
  const root = mkdtempSync(join(tmpdir(), 'cw-soak-'));
  const data = join(root, 'platform');
  const ws = join(root, 'workspace');
  const journal = join(root, 'journal.txt');
  writeFileSync(journal, '');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let platform = await startPlatformChild(port, data, quiet);
  const accounts = JSON.parse(readFileSync(join(data, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
  const officer = accounts.find((a) => a.role === 'officer')!;
  const reviewer = accounts.find((a) => a.role === 'reviewer')!;

  // The workspace and its sign-in, once, in this process.
  const setup = openCore(ws);
  await setup.ready;
  await dispatchOk(setup, 'workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
  await dispatchOk(setup, 'sync.signIn', { platformUrl: url, user: officer.user, password: officer.password });
  await setup.close();

  const log = (s: string) => void (quiet || console.log(s));
  log(`soak: seed ${seed}, ${trials} trials, ${batch} submissions each, workspace ${ws}`);
  for (let t = 0; t < trials; t++) {
    const phase: Phase = PHASES[Math.floor(random() * PHASES.length)]!;
    const victim = random() < 0.5 ? 'core' : 'platform';
    const delay = Math.floor(random() * (phase === 'import' ? 400 : 150));
    const core = run(['scripts/soak.ts', '--child', 'work', '--workspace', ws, '--journal', journal, '--prefix', `s${seed}-t${t}`, '--batch', String(batch)], quiet);
    const reached = await Promise.race([core.waitFor(new RegExp(`phase ${phase}`)), sleep(30_000).then(() => false)]);
    if (reached) await sleep(delay);
    if (victim === 'core') await kill(core);
    else {
      await kill(platform);
      platform = await startPlatformChild(port, data, quiet);
    }
    await Promise.race([core.exited, sleep(30_000).then(() => kill(core))]);
    log(`trial ${t}: ${phase}${reached ? '' : ' (not reached)'} +${delay} ms, killed ${victim}`);
    if (random() < 0.5) await approveSome(url, reviewer, 5);
  }

  // Clean restart, then sync to the end.
  await kill(platform);
  platform = await startPlatformChild(port, data, quiet);
  let synced = false;
  for (let i = 0; i < 10 && !synced; i++) {
    const core = run(['scripts/soak.ts', '--child', 'sync', '--workspace', ws, '--journal', journal, '--prefix', 'final'], quiet);
    await core.exited;
    const line = core.lines.find((l) => l.startsWith('result '));
    synced = !!line && (JSON.parse(line.slice(7)) as { failed: boolean }).failed === false;
  }
  await kill(platform);

  // The checks.
  const typed = readFileSync(journal, 'utf8').split('\n').filter(Boolean);
  const conn = await Connection.open(join(ws, 'workspace.db'), 'readonly');
  const local = await conn.all<{ id: string; name: string; state: string }>('SELECT id, name, state FROM catalogue_entries');
  const outbox = (await conn.get<{ n: number }>('SELECT count(*) AS n FROM outbox'))!.n;
  await conn.close();
  const byName = new Map(local.map((e) => [e.name, e]));
  const platformEntries = new Map(
    (await platformRows<{ id: string; revision: number }>(data, 'SELECT id, revision FROM entries WHERE department_code = ?', [officer.departmentCode])).map((r) => [r.id, r.revision]),
  );
  const opsPerEntity = new Map(
    (await platformRows<{ entity_id: string; n: number }>(data, "SELECT entity_id, count(*) AS n FROM ops WHERE kind = 'catalogue.submit' AND department_code = ? GROUP BY entity_id", [officer.departmentCode])).map((r) => [r.entity_id, r.n]),
  );
  let lost = 0;
  let duplicated = 0;
  for (const name of typed) if (!byName.has(name)) lost++;
  // The department's published entries the pull brought in (its own catalogue) were never submitted here.
  const pulled = new Set(
    (await platformRows<{ id: string }>(data, "SELECT id FROM entries WHERE department_code = ? AND id LIKE 'seed-%'", [officer.departmentCode])).map((r) => r.id),
  );
  for (const e of local) {
    // Every entry that was submitted (the journal may miss the last one before a kill) reaches the platform once.
    if (e.state === 'draft' || e.state === 'ready' || pulled.has(e.id)) continue;
    const revision = platformEntries.get(e.id);
    if (revision === undefined) lost++;
    else if (revision !== 1 || (opsPerEntity.get(e.id) ?? 0) !== 1) duplicated++;
  }
  if (outbox !== 0 || !synced) lost += outbox;
  console.log(`trials ${trials}, lost ${lost}, duplicated ${duplicated}`);
  if (!quiet) console.log(`(${typed.length} typed, ${local.length} local entries, ${platformEntries.size} on the platform, outbox ${outbox}, final sync ${synced ? 'ok' : 'FAILED'})`);
  if (lost || duplicated) console.log(`kept for inspection: ${root}`);
  else rmSync(root, { recursive: true, force: true });
  return lost || duplicated ? 1 : 0;
}

if (values.child) {
  await coreChild(resolve(values.workspace!), resolve(values.journal!), values.prefix ?? 'x', Number(values.batch), values.child);
  process.exit(0);
} else {
  process.exit(await parent());
}
