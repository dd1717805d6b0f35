import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { requestEvents } from '../ops/request-events';
import { migrate } from './migrate';
import { Db } from './sqlite';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const MIGRATIONS = join(__dirname, 'migrations');

it('gives requests stored before the history was kept the steps their body tells, in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-migrate-events-'));
  dirs.push(dir);
  const db = await Db.open(join(dir, 'platform.db'));
  try {
    const earlier = readdirSync(MIGRATIONS).filter((f) => /^\d{4}_.*\.sql$/.test(f) && f < '0012_request_events.sql').sort();
    await db.transaction(async (tx) => {
      await tx.exec('CREATE TABLE _migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      for (const f of earlier) {
        await tx.exec(readFileSync(join(MIGRATIONS, f), 'utf8'));
        await tx.run('INSERT INTO _migrations VALUES (?, ?)', [f.slice(0, -4), 'then']);
      }
      await tx.run("INSERT INTO departments (code, name) VALUES ('A', '教育'), ('B', '公安')");
      await tx.run("INSERT INTO entries (id, department_code, code, name, name_key, share_type, revision, state, body, submitted_at, updated_at) VALUES ('e1', 'A', 'C/1', 'n', 'n', 'conditional', 1, 'published', '{}', 'then', 'then')");
      const ruled = {
        submittedAt: '2026-03-02T01:00:00.000Z',
        decision: { decision: 'reject', reason: '超出范围', by: 'provider', decidedAt: '2026-03-03T01:00:00.000Z', overdue: false },
        escalation: { reason: '请求协调', escalatedAt: '2026-03-04T01:00:00.000Z' },
        providerStatement: { text: '须脱敏', at: '2026-03-05T01:00:00.000Z' },
        ruling: { outcome: 'orderShare', reasoning: '脱敏后共享', ruledAt: '2026-03-06T01:00:00.000Z', overdue: false },
      };
      await tx.run("INSERT INTO requests (id, requester_code, provider_code, entry_id, state, revision, body, updated_at) VALUES ('r1', 'B', 'A', 'e1', 'approved', 5, ?, 'then')", [JSON.stringify(ruled)]);
      await tx.run("INSERT INTO requests (id, requester_code, provider_code, entry_id, state, revision, body, updated_at) VALUES ('r2', 'B', 'A', 'e1', 'providerReview', 1, ?, 'then')", [JSON.stringify({ submittedAt: '2026-03-07T01:00:00.000Z' })]);
    });
    expect(await migrate(db, 'now')).toContain('0012_request_events');
    const events = await requestEvents(db, ['r1', 'r2']);
    expect(events.map(({ requestId, kind, by, note }) => [requestId, kind, by, note ?? null])).toEqual([
      ['r1', 'submitted', 'requester', null],
      ['r1', 'rejected', 'provider', '超出范围'],
      ['r1', 'escalated', 'requester', '请求协调'],
      ['r1', 'statement', 'provider', '须脱敏'],
      ['r1', 'ruledShare', 'authority', '脱敏后共享'],
      ['r2', 'submitted', 'requester', null],
    ]);
  } finally {
    await db.close();
  }
});
