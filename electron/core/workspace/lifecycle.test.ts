import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../index';
import { loadMigrations } from '../db/migrate';
import { DEPARTMENT, call, fixedTime, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { rawAll, rawSql, snapshot, workspacePaths } from '../../../tests/helpers/workspace';

const init = { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code } as const;

describe('workspace lifecycle', () => {
  let dir: string;
  let cleanup: () => void;
  const cores: Core[] = [];
  const open = (d = dir) => {
    const core = createCore({ workspaceDir: d, timeSource: fixedTime() });
    cores.push(core);
    return core;
  };

  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    cleanup();
  });

  it('refuses a second core on the same folder while the first keeps working', async () => {
    const first = open();
    expect((await first.ready).state).toBe('uninitialised');

    const second = open();
    const refused = await second.ready;
    expect(refused).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_LOCKED', details: { params: { pid: process.pid } } } });
    expect(refused.state === 'unavailable' && refused.error.message).toContain(String(process.pid));
    const viaDispatch = await second.dispatch('audit.list', {});
    expect(viaDispatch).toMatchObject({ ok: false, error: { code: 'WORKSPACE_LOCKED' } });

    // The refusal did not release the first core's lock, and the first still writes.
    expect(existsSync(workspacePaths(dir).lock)).toBe(true);
    await call(first, 'workspace.init', init);
    expect((await call(first, 'audit.list', {})).rows.map((r) => r.action)).toEqual(['workspace.init']);

    await first.close();
    expect(existsSync(workspacePaths(dir).lock)).toBe(false);
    expect((await open().ready).state).toBe('ready');
  });

  it('refuses a lock held by a live process and takes over one left by a dead process', async () => {
    const paths = workspacePaths(dir);
    await (await initialisedCore(dir)).close();

    // The test runner's parent is alive: its lock holds.
    writeFileSync(paths.lock, JSON.stringify({ pid: process.ppid, host: hostname(), at: '2026-03-02T08:00:00Z' }));
    expect(await open().ready).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_LOCKED' } });
    expect(JSON.parse(readFileSync(paths.lock, 'utf8')).pid).toBe(process.ppid);

    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    writeFileSync(paths.lock, JSON.stringify({ pid: dead, host: hostname(), at: '2026-03-02T08:00:00Z' }));
    const core = open();
    expect((await core.ready).state).toBe('ready');
    expect(JSON.parse(readFileSync(paths.lock, 'utf8')).pid).toBe(process.pid);
  });

  it('refuses a lock from another computer (its process cannot be checked) and takes over a torn lock file', async () => {
    const paths = workspacePaths(dir);
    await (await initialisedCore(dir)).close();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    writeFileSync(paths.lock, JSON.stringify({ pid: dead, host: 'other-workstation', at: '2026-03-02T08:00:00Z' }));
    expect(await open().ready).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_LOCKED', details: { params: { host: 'other-workstation' } } } });

    writeFileSync(paths.lock, '{"pid": 12');
    expect((await open().ready).state).toBe('ready');
  });

  it('lets the officer open another folder after one is refused', async () => {
    const blocker = await initialisedCore(dir);
    const { dir: other, cleanup: cleanupOther } = tempDir();
    try {
      const core = open(other);
      await core.ready;
      // Switching to a folder in use elsewhere: refused with the reason, and the core still answers.
      expect(await call(core, 'workspace.open', { dir })).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_LOCKED' } });
      expect(existsSync(workspacePaths(other).lock)).toBe(false);
      expect(await call(core, 'workspace.open', { dir: other })).toEqual({ state: 'uninitialised', dir: other });
      await call(core, 'workspace.init', init);
      expect(await call(core, 'workspace.status', {})).toMatchObject({ state: 'ready', workspace: { dir: other } });
    } finally {
      await blocker.close();
      for (const c of cores.splice(0)) await c.close();
      cleanupOther();
    }
  });

  it('refuses a workspace written by a newer version and leaves it byte-for-byte unchanged', async () => {
    await (await initialisedCore(dir)).close();
    await rawSql(dir, "INSERT INTO _migrations (id, applied_at) VALUES ('99991231235959_from_the_future', '2099-01-01')");
    const before = snapshot(dir);

    const status = await open().ready;
    expect(status).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_NEWER', details: { params: { migration: '99991231235959_from_the_future' } } } });
    expect(status.state === 'unavailable' && status.error.message).toContain('99991231235959_from_the_future');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a workspace whose applied migrations diverge from the shipped ones, unchanged', async () => {
    await (await initialisedCore(dir)).close();
    const firstShipped = loadMigrations()[0]?.id as string;
    await rawSql(dir, `UPDATE _migrations SET id = '20200101000000_someone_elses' WHERE id = '${firstShipped}'`);
    const before = snapshot(dir);

    const status = await open().ready;
    expect(status).toMatchObject({ state: 'unavailable', error: { code: 'WORKSPACE_MIGRATIONS_DIVERGED' } });
    expect(snapshot(dir)).toEqual(before);
    // Refused, not locked: the lock was given back.
    expect(existsSync(workspacePaths(dir).lock)).toBe(false);
  });

  it('applies only the missing migrations to an older workspace', async () => {
    const shipped = loadMigrations();
    const old = createCore({ workspaceDir: dir, timeSource: fixedTime(), migrations: shipped.slice(0, 1) });
    expect((await old.ready).state).toBe('uninitialised');
    await old.close();
    await (await initialisedCore(dir)).close();
    const applied = await rawAll<{ id: string }>(workspacePaths(dir).db, 'SELECT id FROM _migrations ORDER BY id');
    expect(applied.map((r) => r.id)).toEqual(shipped.map((m) => m.id));
  });

  it('switches folders with workspace.open, releasing the lock on the old one', async () => {
    const core = open();
    await core.ready;
    await call(core, 'workspace.init', init);
    const { dir: other, cleanup: cleanupOther } = tempDir();
    try {
      const status = await call(core, 'workspace.open', { dir: other });
      expect(status).toEqual({ state: 'uninitialised', dir: other });
      expect(existsSync(workspacePaths(dir).lock)).toBe(false);
      expect(existsSync(workspacePaths(other).lock)).toBe(true);
      // The old folder was closed cleanly (backup written) and another core may open it now.
      expect(existsSync(workspacePaths(dir).backup)).toBe(true);
      const again = open();
      expect(await again.ready).toMatchObject({ state: 'ready', workspace: { departmentName: DEPARTMENT.name } });
      await again.close();
      // …and the core can switch back.
      expect(await call(core, 'workspace.open', { dir })).toMatchObject({ state: 'ready', workspace: { dir } });
    } finally {
      await core.close();
      cleanupOther();
    }
  });

  it('leaves only the database and its backup after a clean close', async () => {
    const core = await initialisedCore(dir);
    expect(existsSync(workspacePaths(dir).openMarker)).toBe(true);
    await core.close();
    expect(Object.keys(snapshot(dir)).sort()).toEqual(['workspace.backup.db', 'workspace.db']);
    expect(existsSync(join(dir, 'workspace.db-wal'))).toBe(false);
  });
});
