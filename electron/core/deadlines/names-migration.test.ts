import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../index';
import { loadMigrations } from '../db/migrate';
import { call, DEPARTMENT, fixedTime, tempDir } from '../../../tests/helpers/core';
import { rawAll, rawSql, workspacePaths } from '../../../tests/helpers/workspace';

// A workspace whose stored deadlines were written under the earlier column names opens with every
// value kept under the new ones (migration 20261206020000_deadline_names).
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const RENAME = '20261206020000_deadline_names';
const EVENTS = JSON.stringify([['submitted', '2026-03-02T01:00:00.000Z'], ['forwarded', '2026-03-02T01:00:00.000Z']]);
const STORED = JSON.stringify([['providerDecision', '2026-03-02', '2026-03-09', null, null, 5, 0, 1, 'running']]);

it('keeps every stored deadline, its events and the computed key under the new names', async () => {
  const shipped = loadMigrations();
  const before = shipped.filter((m) => m.id < RENAME);
  expect(before.length).toBeLessThan(shipped.length);
  const old = createCore({ workspaceDir: dir, timeSource: fixedTime(), migrations: before });
  await old.ready;
  await call(old, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  await old.close();
  await rawSql(
    dir,
    `INSERT INTO share_requests (id, role, state, entry_id, entry_name, share_type, requester_code, requester_name, provider_code, provider_name, fields, created_at, updated_at,
       clock_events, clocks, clocks_open, clocks_stale)
     VALUES ('r-1', 'provider', 'PROVIDER_REVIEW', 'e1', '资源', 'conditional', 'A', 'a', '${DEPARTMENT.code}', 'p', '[]', '2026-03-02T01:00:00.000Z', '2026-03-02T01:00:00.000Z',
       '${EVENTS}', '${STORED}', 1, 0);
     INSERT INTO request_clocks_computed (id, key) VALUES (1, 'the key');`,
  );

  const core = createCore({ workspaceDir: dir, timeSource: fixedTime() });
  expect((await core.ready).state).toBe('ready');
  await core.close();
  const db = workspacePaths(dir).db;
  expect(await rawAll(db, 'SELECT deadline_events, deadlines, deadlines_open, deadlines_stale FROM share_requests')).toEqual([
    { deadline_events: EVENTS, deadlines: STORED, deadlines_open: 1, deadlines_stale: 0 },
  ]);
  expect(await rawAll(db, 'SELECT key FROM request_deadlines_computed')).toEqual([{ key: 'the key' }]);
  expect(await rawAll(db, "SELECT name FROM sqlite_master WHERE name LIKE 'share_requests_open_%'")).toEqual([{ name: 'share_requests_open_deadlines' }]);
});
