import { statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../tests/helpers/platform';
import { call, tempDir } from '../../../tests/helpers/core';
import { createCore } from '../../core/index';
import { runCli } from '../main';
import { CLI_TOKEN_FILE } from './sync';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function workspaceFor(p: TestPlatform) {
  const officer = p.accounts.find((a) => a.role === 'officer')!;
  const t = tempDir();
  cleanups.push(t.cleanup);
  const core = createCore({ workspaceDir: t.dir });
  await core.ready;
  await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
  await core.close();
  const passwordFile = join(t.dir, 'password.txt');
  writeFileSync(passwordFile, `${officer.password}\n`);
  return { dir: t.dir, officer, passwordFile };
}

describe('cli login, sync, outbox list', () => {
  it('signs in with a password file, keeps the token in a 0600 file and syncs', async () => {
    const p = await startTestPlatform({ seedShared: 12 });
    cleanups.push(() => p.dispose());
    const { dir, officer, passwordFile } = await workspaceFor(p);

    const login = await cli(['login', '--platform', p.url, '--user', officer.user, '--password-file', passwordFile, '--workspace', dir, '--json']);
    expect(login.code).toBe(0);
    expect(JSON.parse(login.out).account).toMatchObject({ user: officer.user, role: 'officer', platformUrl: p.url });
    const tokenFile = join(dir, CLI_TOKEN_FILE);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(tokenFile, 'utf8')).not.toContain(officer.password);

    const listed = await cli(['outbox', 'list', '--workspace', dir, '--json']);
    expect(JSON.parse(listed.out)).toEqual({ ops: [] });

    const sync = await cli(['sync', '--workspace', dir]);
    expect(sync.code).toBe(0);
    // The 12 shared entries, and the department's own one of them once more as its catalogue.
    expect(JSON.parse(sync.out)).toEqual({ pushed: 0, accepted: 0, rejected: 0, conflicts: 0, pulled: 13, failed: false });

    // Platform gone: the run fails, says why, exits 3.
    await p.close();
    const failed = await cli(['sync', '--workspace', dir]);
    expect(failed.code).toBe(3);
    expect(JSON.parse(failed.out)).toMatchObject({ failed: true });
    expect(failed.err).toMatch(/SYNC_OFFLINE/);

    expect((await cli(['logout', '--workspace', dir])).code).toBe(0);
    expect(JSON.parse(readFileSync(tokenFile, 'utf8'))).toEqual({});
  });

  it('refuses a login without a password file, and a sync while signed out', async () => {
    const p = await startTestPlatform({ seedShared: 1 });
    cleanups.push(() => p.dispose());
    const { dir, officer } = await workspaceFor(p);
    expect((await cli(['login', '--platform', p.url, '--user', officer.user, '--workspace', dir])).code).toBe(1);
    const r = await cli(['sync', '--workspace', dir]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/SYNC_SIGNED_OUT/);
  });
});
