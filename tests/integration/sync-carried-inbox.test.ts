import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Change } from '@shared/protocol/index';
import { createCore, type Core } from '../../electron/core/index';
import { Database } from '../../electron/core/db/database';
import { loadMigrations } from '../../electron/core/db/migrate';
import { orgCodeCheckChar, usccCheckChar } from '@shared/ids/uscc';
import { platformObjection, platformRequest } from '../helpers/requests';
import { call, DEPARTMENT, fixedTime, tempDir } from '../helpers/core';
import { entryOf } from './sync-helpers';
import type { Entry } from '@shared/domain/entry';
import { enqueue } from '../../electron/core/sync/outbox';
import { ENTRY, submitPayload } from '../../electron/core/catalogue/sync';

// A workspace made before pulled changes were applied with their page: it still holds queued
// operations and inbox rows of every kind nobody applied. The new core migrates it, applies every
// waiting row with the registered appliers on the first open, and loses nothing.

/** The last migration of the inbox era: everything before the one that removed it. */
const OLD_MIGRATIONS = loadMigrations().filter((m) => m.id < '20261206010000');

const warnings: string[] = [];
const logger = { info: () => {}, warn: (message: string) => void warnings.push(message), error: (message: string) => void warnings.push(message) };
const at = '2026-12-28T01:00:00.000Z';

/** Another department with a valid code: the old pull stored only changes its schema check let through. */
const ORG = `00000001${orgCodeCheckChar('00000001')}`;
const OTHER = `11410329${ORG}${usccCheckChar(`11410329${ORG}`)}`;


// Forwarded Monday 2026-12-28: 伊川's 5 working days end 2027-01-04 with 2027 unpublished,
// 2027-01-05 with the schedule's 元旦, 2027-01-06 with the profile's local day off on the 5th too.
const incoming = platformRequest({ id: 'r-in-1', requesterCode: OTHER, submittedAt: at, updatedAt: at, dueDate: '2027-01-04' });
const mine = platformRequest({
  id: 'r-mine-1',
  revision: 2,
  state: 'approved',
  requesterCode: DEPARTMENT.code,
  requesterName: DEPARTMENT.name,
  providerCode: OTHER,
  providerName: '伊川县公安局',
  submittedAt: at,
  updatedAt: at,
  decision: { decision: 'approve', reason: '同意', by: 'provider', decidedAt: at, overdue: false },
});
const WAITING: Change[] = [
  { kind: 'request.incoming', request: incoming },
  { kind: 'request.status', request: mine },
  { kind: 'request.decision', requestId: mine.id, decision: mine.decision! },
  { kind: 'objection.update', objection: platformObjection({ raiserCode: OTHER, recordKey: undefined, raisedAt: at, dueDate: '2027-01-11', updatedAt: at }) },
  { kind: 'calendar.override', calendar: { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] } },
  { kind: 'profile.update', profileId: 'yichuan', settings: { localDaysOff: [{ date: '2027-01-05', name: '地方节日' }] } },
];
/** Applied long ago by the lazy refresh (consumed): must not come back. */
const CONSUMED: Change = { kind: 'request.incoming', request: platformRequest({ id: 'r-consumed', requesterCode: OTHER, submittedAt: at, updatedAt: at }) };

const cleanups: (() => void)[] = [];
let cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  for (const c of cleanups.splice(0)) c();
});

async function withDb<T>(dir: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await Database.open(join(dir, 'workspace.db'));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

describe('a workspace with an inbox, opened by the core that applies with the page', () => {
  it('applies every waiting row with its applier, keeps the outbox, and empties the carry table', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = fixedTime('2026-12-28T02:00:00.000Z');
    const options = { workspaceDir: dir, clock, logger, sync: { auto: false }, reminders: { intervalMs: 0 } };

    // Today's schema, with two submitted entries queued for the platform.
    const old = createCore({ ...options, migrations: OLD_MIGRATIONS });
    cores.push(old);
    await old.ready;
    await call(old, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    await old.close();
    cores = [];
    // Today's code writes columns the old schema lacks: the entries are compiled in a workspace of
    // today's schema and their rows copied over, column by column where the old tables have them.
    const { dir: scratch, cleanup: dropScratch } = tempDir();
    cleanups.push(dropScratch);
    const today = createCore({ ...options, workspaceDir: scratch });
    cores.push(today);
    await today.ready;
    await call(today, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    const me = { department: { name: DEPARTMENT.name, code: DEPARTMENT.code } } as Parameters<typeof entryOf>[0];
    const ready: Entry[] = [];
    for (const name of ['企业登记信息', '不动产登记信息']) {
      const created = await call(today, 'catalogue.create', { entry: entryOf(me, name) });
      ready.push(await call(today, 'catalogue.setState', { id: created.id, revision: created.revision, state: 'ready' }));
    }
    await today.close();
    cores = [];
    await withDb(dir, (db) =>
      db.exclusive(async (conn) => {
      await conn.exec(`ATTACH DATABASE '${join(scratch, 'workspace.db').replace(/'/g, "''")}' AS today`);
      for (const table of ['catalogue_entries', 'data_items']) {
        const cols = (await conn.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)).map((c) => c.name);
        const theirs = new Set((await conn.all<{ name: string }>(`SELECT name FROM today.pragma_table_info('${table}')`)).map((c) => c.name));
        const common = cols.filter((c) => theirs.has(c)).join(',');
        await conn.exec(`INSERT INTO main.${table} (${common}) SELECT ${common} FROM today.${table}`);
      }
      await conn.exec('DETACH DATABASE today');
      }),
    );
    // Submitted as the old core did (today's submission also starts tables the old schema lacks).
    await withDb(dir, (db) =>
      db.transaction(async (tx) => {
        for (const entry of ready) {
          await tx.run("UPDATE catalogue_entries SET state = 'submitted' WHERE id = ?", [entry.id]);
          await enqueue(tx, { kind: 'catalogue.submit', entityType: ENTRY, entityId: entry.id, payload: submitPayload(entry) }, at);
        }
      }),
    );

    // The inbox as the old pull left it: rows of every kind, one already consumed.
    const outboxBefore = await withDb(dir, async (db) => {
      await db.transaction(async (tx) => {
        for (const [i, c] of [CONSUMED, ...WAITING].entries()) {
          await tx.run('INSERT INTO sync_inbox (kind, key, body, received_at, consumed_at) VALUES (?, ?, ?, ?, ?)', [c.kind, `${c.kind}:${i}`, JSON.stringify(c), at, c === CONSUMED ? at : null]);
        }
      });
      return db.all<Record<string, unknown>>('SELECT * FROM outbox ORDER BY seq');
    });
    expect(outboxBefore.map((r) => r.kind)).toEqual(['catalogue.submit', 'catalogue.submit']);

    // The new core on the old workspace from here on: nothing may warn.
    warnings.length = 0;
    const changed: string[] = [];
    const core = createCore(options);
    cores.push(core);
    core.on('workspace.changed', (e) => changed.push(`${e.entity}:${e.id ?? ''}`));
    expect((await core.ready).state).toBe('ready');
    expect(warnings).toEqual([]);

    // Requests: the incoming one and mine (with the platform's decision), not the consumed one.
    const provider = (await call(core, 'requests.list', { role: 'provider' })).requests;
    expect(provider.map((r) => r.id)).toEqual(['r-in-1']);
    const own = await call(core, 'requests.get', { id: 'r-mine-1' });
    expect(own).toMatchObject({ role: 'requester', decision: expect.objectContaining({ decision: 'approve' }) });
    // The objection raised on my data.
    expect(await call(core, 'objections.get', { id: 'o-in-1' })).toMatchObject({ role: 'provider', state: 'open' });
    // The schedule and the profile's day off both count in the deadline.
    expect(provider[0]!.deadlines[0]?.due).toBe('2027-01-06');
    expect(changed).toEqual(expect.arrayContaining(['requests:r-in-1', 'requests:r-mine-1', 'objections:o-in-1']));

    await withDb(dir, async (db) => {
      expect(await db.all('SELECT * FROM outbox ORDER BY seq')).toEqual(outboxBefore);
      expect(await db.all<{ year: number }>('SELECT year FROM calendar_schedules')).toEqual([{ year: 2027 }]);
      expect(await db.all<{ profile_id: string }>('SELECT profile_id FROM profile_updates')).toEqual([{ profile_id: 'yichuan' }]);
      const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((r) => r.name);
      expect(tables).not.toContain('sync_inbox');
      expect(await db.all('SELECT * FROM sync_carried')).toEqual([]);
      expect(await db.all("SELECT id FROM share_requests WHERE id = 'r-consumed'")).toEqual([]);
    });

    // A second open has nothing left to apply, and changes nothing.
    await core.close();
    cores = [];
    const again = createCore(options);
    cores.push(again);
    await again.ready;
    expect((await call(again, 'requests.list', { role: 'provider' })).requests.map((r) => [r.id, r.deadlines[0]?.due])).toEqual([['r-in-1', '2027-01-06']]);
  });
});
