import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../index';
import { loadMigrations } from '../db/migrate';
import { quickCheck } from './integrity';
import { Workspace } from './workspace';
import { DEPARTMENT, call, fixedTime, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { damageMiddlePages, nextEvent, padWorkspace, rawAll, sha256, snapshot, workspacePaths } from '../../../tests/helpers/workspace';
import { silentLogger } from '../types';

/** A workspace closed cleanly with 600 padding rows, all of them in its backup too. */
async function backedUp(dir: string): Promise<void> {
  await (await initialisedCore(dir)).close();
  await padWorkspace(dir);
  rmSync(workspacePaths(dir).backup);
  // Opened and closed without writes: the missing backup is written.
  await (await initialisedCore(dir)).close();
  expect(existsSync(workspacePaths(dir).backup)).toBe(true);
}

/** Damaged databases moved aside (without their -wal/-shm companions). */
const keptFiles = (dir: string) => readdirSync(dir).filter((f) => /^workspace\.db\.corrupt-[\dT]+(-\d+)?$/.test(f));

describe('workspace integrity', () => {
  let dir: string;
  let cleanup: () => void;
  const cores: Core[] = [];
  const open = (options: Partial<CoreOptions> = {}) => {
    const core = createCore({ workspaceDir: dir, timeSource: fixedTime(), ...options });
    cores.push(core);
    return core;
  };

  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    cleanup();
  });

  it('restores a damaged file from its backup before open, keeps the damaged file and says so', async () => {
    await backedUp(dir);
    const paths = workspacePaths(dir);
    const backupTime = statSync(paths.backup).mtime.toISOString();
    damageMiddlePages(paths.db);
    const damagedHash = sha256(paths.db);

    const core = open();
    const notice = nextEvent(core, 'workspace.notice');
    const status = await core.ready;
    expect(status.state).toBe('ready');
    const { level, error } = await notice;
    expect(level).toBe('warning');
    expect(error).toMatchObject({ code: 'WORKSPACE_RESTORED', details: { params: { backupTime } } });
    expect(error.message).toContain(backupTime);

    const kept = keptFiles(dir);
    expect(kept).toHaveLength(1);
    expect(sha256(`${dir}/${kept[0]}`)).toBe(damagedHash);
    expect(error.details?.params?.file).toBe(`${dir}/${kept[0]}`);
    // The backup's data is there: the department and all 600 padding rows.
    expect(status).toMatchObject({ workspace: { departmentName: DEPARTMENT.name } });
    const audit = await call(core, 'audit.list', { limit: 500 });
    expect(audit.rows.filter((r) => r.action === 'pad')).toHaveLength(500);
    expect(await quickCheck(paths.db)).toBe('ok');
  });

  it('keeps the notice in workspace.status for a host that subscribes after the first open', async () => {
    await backedUp(dir);
    damageMiddlePages(workspacePaths(dir).db);
    const core = open();
    await core.ready;
    await new Promise((r) => setTimeout(r, 10));
    const status = await call(core, 'workspace.status', {});
    expect(status.notices?.map((n) => n.code)).toEqual(['WORKSPACE_RESTORED']);
    core.setLocale('en');
    expect((await call(core, 'workspace.status', {})).notices?.[0]?.message).toMatch(/^The workspace database was corrupt and has been restored/);
  });

  it('checks a large cleanly-closed file just after open and restores it when damaged', async () => {
    await backedUp(dir);
    damageMiddlePages(workspacePaths(dir).db);
    const core = open({ checkAtOpenMaxBytes: 0 });
    const notice = nextEvent(core, 'workspace.notice');
    const status = await core.ready;
    // Open did not wait for the check…
    expect(status.state).toBe('ready');
    expect(status.notices).toBeUndefined();
    // …which then found the damage, restored the backup and told the officer.
    expect((await notice).error.code).toBe('WORKSPACE_RESTORED');
    const after = await call(core, 'workspace.status', {});
    expect(after).toMatchObject({ state: 'ready', notices: [{ code: 'WORKSPACE_RESTORED' }] });
    expect((await call(core, 'audit.list', { limit: 500 })).rows).toHaveLength(500);
    expect(keptFiles(dir)).toHaveLength(1);
  });

  it('checks first and restores when reading a large unchecked file fails during open', async () => {
    await backedUp(dir);
    const paths = workspacePaths(dir);
    // Damage exactly the page that holds the workspace row, which open reads.
    const [{ rootpage }] = (await rawAll<{ rootpage: number }>(paths.db, "SELECT rootpage FROM sqlite_master WHERE name = 'workspace'")) as [{ rootpage: number }];
    const fd = openSync(paths.db, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (rootpage - 1) * 4096);
    closeSync(fd);

    const status = await open({ checkAtOpenMaxBytes: 0 }).ready;
    expect(status).toMatchObject({ state: 'ready', workspace: { departmentName: DEPARTMENT.name }, notices: [{ code: 'WORKSPACE_RESTORED' }] });
    expect(keptFiles(dir)).toHaveLength(1);
  });

  it('checks a large file before open when the last session did not close cleanly', async () => {
    await backedUp(dir);
    const paths = workspacePaths(dir);
    damageMiddlePages(paths.db);
    writeFileSync(paths.openMarker, '12345');
    const status = await open({ checkAtOpenMaxBytes: 0 }).ready;
    expect(status).toMatchObject({ state: 'ready', notices: [{ code: 'WORKSPACE_RESTORED' }] });
  });

  it('refuses a damaged file without a backup and leaves it untouched', async () => {
    await (await initialisedCore(dir)).close();
    await padWorkspace(dir);
    const paths = workspacePaths(dir);
    rmSync(paths.backup);
    damageMiddlePages(paths.db);
    const before = snapshot(dir);

    const status = await open().ready;
    expect(status).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_CORRUPT', details: { params: { file: paths.db } } } });
    expect(snapshot(dir)).toEqual(before);
    expect(await open().ready).toMatchObject({ error: { code: 'WORKSPACE_CORRUPT' } });
  });

  it('closes a workspace found damaged after open, without a backup to restore, and tells the officer', async () => {
    await (await initialisedCore(dir)).close();
    await padWorkspace(dir);
    const paths = workspacePaths(dir);
    rmSync(paths.backup);
    damageMiddlePages(paths.db);
    const hash = sha256(paths.db);

    const core = open({ checkAtOpenMaxBytes: 0 });
    const notice = nextEvent(core, 'workspace.notice');
    expect((await core.ready).state).toBe('ready');
    expect(await notice).toMatchObject({ level: 'error', error: { code: 'WORKSPACE_CORRUPT' } });
    expect(await call(core, 'workspace.status', {})).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_CORRUPT' } });
    expect(await core.dispatch('audit.list', {})).toMatchObject({ ok: false, error: { code: 'WORKSPACE_CORRUPT' } });
    expect(sha256(paths.db)).toBe(hash);
    // No backup was made from the damaged file, and the next open checks it first.
    expect(existsSync(paths.backup)).toBe(false);
    expect(existsSync(paths.openMarker)).toBe(true);
  });

  it.each([
    ['before open', undefined],
    ['when it does not even open as a database', 0],
  ])('refuses a file that is not SQLite, untouched (checked %s)', async (_, checkAtOpenMaxBytes) => {
    writeFileSync(workspacePaths(dir).db, '这不是数据库 — not a database\n'.repeat(5000));
    const before = snapshot(dir);
    const status = await open({ checkAtOpenMaxBytes }).ready;
    expect(status).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_CORRUPT' } });
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes a backup on clean close, and rewrites it only when something was written', async () => {
    const paths = workspacePaths(dir);
    await (await initialisedCore(dir)).close();
    const first = { hash: sha256(paths.backup), mtime: statSync(paths.backup).mtimeMs };
    expect(await rawAll(paths.backup, 'SELECT department_name FROM workspace')).toEqual([{ department_name: DEPARTMENT.name }]);

    await new Promise((r) => setTimeout(r, 20));
    await (await initialisedCore(dir)).close();
    expect({ hash: sha256(paths.backup), mtime: statSync(paths.backup).mtimeMs }).toEqual(first);

    const { workspace } = await Workspace.open(dir, { timeSource: fixedTime(), logger: silentLogger, migrations: loadMigrations() });
    await workspace.db.transaction((tx) =>
      tx.run("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, summary) VALUES ('t', 'a', 'later', 'x', 'y', 'z')"),
    );
    await workspace.close();
    expect(statSync(paths.backup).mtimeMs).toBeGreaterThan(first.mtime);
    expect(await rawAll(paths.backup, "SELECT action FROM audit_log WHERE action = 'later'")).toHaveLength(1);
    expect(existsSync(paths.backupTmp)).toBe(false);
  });

  it('reports a cancelled check as proving nothing, and leaves no companion files', async () => {
    await (await initialisedCore(dir)).close();
    const file = workspacePaths(dir).db;
    const abort = new AbortController();
    abort.abort();
    expect(await quickCheck(file, abort.signal)).toBe('cancelled');
    expect(await quickCheck(file)).toBe('ok');
    expect(Object.keys(snapshot(dir)).sort()).toEqual(['workspace.backup.db', 'workspace.db']);
  });
});
