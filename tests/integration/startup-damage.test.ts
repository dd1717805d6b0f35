// The start-up damage matrix (docs/reliability.md): a damaged database, a damaged backup, both, a
// damaged settings (policy) file and a full disk, each met by the app's start-up path (the core
// the shell hosts) and by the CLI. Every case ends in a typed outcome that says what happened —
// restored from the backup, or refused with the reason — and no damaged file is ever changed.
import { execFile } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { runCli } from '../../electron/cli/main';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { call, initialisedCore, sampleEntry, tempDir } from '../helpers/core';
import { damageMiddlePages, padWorkspace, sha256, snapshot, workspacePaths } from '../helpers/workspace';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

type Damage = 'database' | 'backup' | 'both' | 'settings' | 'diskFull';
type EntryPoint = 'app' | 'cli';

interface Outcome {
  /** `ready`, or the typed refusal. */
  state: 'ready' | 'refused';
  code?: string;
  message: string;
  /** Entries readable after start-up (the data the officer sees). */
  entries?: number;
}

/** A workspace with two entries and padding, closed cleanly: its backup holds all of it. */
async function workspace(dir: string): Promise<void> {
  const a = await initialisedCore(dir);
  await call(a, 'catalogue.create', { entry: sampleEntry('人口基础信息') });
  await a.close();
  await padWorkspace(dir);
  const b = await initialisedCore(dir);
  await call(b, 'catalogue.create', { entry: sampleEntry('法人基础信息') });
  await b.close();
}

function damage(dir: string, kind: Damage): string | undefined {
  const paths = workspacePaths(dir);
  if (kind === 'database' || kind === 'both') damageMiddlePages(paths.db);
  if (kind === 'backup' || kind === 'both') damageMiddlePages(paths.backup);
  if (kind !== 'settings') return undefined;
  const policy = join(dir, '..', 'policy.json');
  writeFileSync(policy, '{"platformUrl": "https://platform.example", "lockedSettings": [');
  return policy;
}

/** The app's start-up: the core the shell creates, in this process or (full disk) a child under `ulimit -f`. */
async function app(dir: string, kind: Damage, policyPath?: string): Promise<Outcome> {
  if (kind === 'diskFull') {
    const child = join(ROOT, 'tests/integration/startup-damage-child.ts');
    const { stdout } = await run('bash', ['-c', `ulimit -f 8; exec node --import tsx "${child}" "${dir}"`], { cwd: ROOT });
    const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as { status: { state: string; error?: { code: string; message: string } } };
    return { state: r.status.state === 'ready' ? 'ready' : 'refused', code: r.status.error?.code, message: r.status.error?.message ?? '' };
  }
  const core = createCore({ workspaceDir: dir, ...(policyPath ? { policyPath } : { policy: NO_POLICY }), sync: { auto: false } });
  try {
    const status = await core.ready;
    if (status.state !== 'ready') return { state: 'refused', code: status.state === 'unavailable' ? status.error.code : status.state, message: status.state === 'unavailable' ? status.error.message : '' };
    const notice = status.notices?.[0];
    const policy = await call(core, 'policy.get', {});
    const list = await call(core, 'catalogue.list', { limit: 10 });
    const said = notice ?? policy.error;
    return { state: 'ready', code: said?.code, message: said?.message ?? '', entries: list.total };
  } finally {
    await core.close();
  }
}

/** The CLI: in this process, or (full disk) its entry in a child under `ulimit -f`. */
async function cli(dir: string, kind: Damage): Promise<Outcome> {
  const argv = ['entries', 'list', '--json', '--workspace', dir];
  let code: number;
  let out: string;
  let err: string;
  if (kind === 'diskFull') {
    const entry = join(ROOT, 'electron/cli/index.ts');
    const r = await run('bash', ['-c', `ulimit -f 8; node --import tsx "${entry}" ${argv.map((a) => `"${a}"`).join(' ')}; echo "exit $?"`], { cwd: ROOT, env: { ...process.env, LANG: 'en_US.UTF-8' } });
    code = Number(/exit (\d+)\s*$/.exec(r.stdout)![1]);
    out = r.stdout.replace(/exit \d+\s*$/, '');
    err = r.stderr;
  } else {
    const o: string[] = [];
    const e: string[] = [];
    code = await runCli(argv, { out: (t) => o.push(t), err: (t) => e.push(t) }, { LANG: 'en_US.UTF-8' });
    out = o.join('\n');
    err = e.join('\n');
  }
  if (code !== 0) {
    const body = JSON.parse(out || '{}') as { error?: { code: string; message: string } };
    return { state: 'refused', code: body.error?.code ?? /([A-Z_]{6,})/.exec(err)?.[1], message: body.error?.message ?? err };
  }
  const body = JSON.parse(out) as { total?: number; entries?: unknown[]; notices?: { code: string; message: string }[] };
  return { state: 'ready', code: body.notices?.[0]?.code, message: body.notices?.[0]?.message ?? '', entries: body.total ?? body.entries?.length };
}

/** What each case must end in, for both entry points. */
const MATRIX: { damage: Damage; expect: Omit<Outcome, 'message'> & { says: RegExp }; restored?: true }[] = [
  { damage: 'database', expect: { state: 'ready', code: 'WORKSPACE_RESTORED', entries: 2, says: /backup|备份/ }, restored: true },
  // The sound database opens as it is; the damaged backup is left as it is until the next
  // clean close after a change writes a new one.
  { damage: 'backup', expect: { state: 'ready', code: undefined, entries: 2, says: /^$/ } },
  { damage: 'both', expect: { state: 'refused', code: 'WORKSPACE_CORRUPT', says: /damaged|损坏/ } },
  { damage: 'diskFull', expect: { state: 'refused', code: 'WORKSPACE_UNAVAILABLE', says: /I\/O|disk/i } },
];

describe('start-up damage matrix', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    const t = tempDir('cw-damage-');
    cleanup = t.cleanup;
    dir = join(t.dir, 'ws');
  });
  afterEach(() => cleanup());

  for (const row of MATRIX) {
    for (const via of ['app', 'cli'] as EntryPoint[]) {
      it(`${row.damage} · ${via}: ${row.expect.state}${row.expect.code ? ` ${row.expect.code}` : ''}, no damaged file changed`, async () => {
        await workspace(dir);
        damage(dir, row.damage);
        const paths = workspacePaths(dir);
        const before = snapshot(dir);
        const outcome = via === 'app' ? await app(dir, row.damage) : await cli(dir, row.damage);
        expect(outcome).toMatchObject({ state: row.expect.state, code: row.expect.code, ...(row.expect.entries ? { entries: row.expect.entries } : {}) });
        expect(outcome.message).toMatch(row.expect.says);
        const after = snapshot(dir);
        if (row.restored) {
          // The damaged database is kept byte for byte beside the restored one.
          const kept = readdirSync(dir).filter((f) => /^workspace\.db\.corrupt-[\dT]+$/.test(f));
          expect(kept).toHaveLength(1);
          expect(sha256(join(dir, kept[0]!))).toBe(before['workspace.db']);
          expect(after['workspace.backup.db']).toBe(before['workspace.backup.db']);
        } else {
          for (const f of ['workspace.db', 'workspace.backup.db']) expect(after[f], f).toBe(before[f]);
        }
        if (row.damage === 'diskFull') {
          // With room again, the same workspace opens with everything in it.
          rmSync(paths.openMarker, { force: true });
          expect(await app(dir, 'database')).toMatchObject({ state: 'ready', code: undefined, entries: 2 });
        }
      });
    }
  }

  it('settings · app: a damaged policy file is refused whole (POLICY_INVALID, with the reason) and left as it is', async () => {
    await workspace(dir);
    const policy = damage(dir, 'settings')!;
    const hash = sha256(policy);
    const outcome = await app(dir, 'settings', policy);
    expect(outcome).toMatchObject({ state: 'ready', code: 'POLICY_INVALID', entries: 2 });
    expect(outcome.message).toContain(policy);
    expect(sha256(policy)).toBe(hash);
  });
});
