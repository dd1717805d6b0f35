import { afterEach, expect, it } from 'vitest';
import { OPERATIONS } from '@shared/protocol/operations';
import { databaseBefore } from '../../../tests/helpers/workspace';

const MIGRATION = '20261206100000_request_fields_queued';
let done: (() => Promise<void>) | undefined;
afterEach(async () => {
  await done?.();
  done = undefined;
});

const FIELDS = {
  items: ['姓名'],
  purpose: '低保资格核验',
  scenario: '社会救助审核',
  basisKind: 'law',
  basisText: '《社会救助暂行办法》第十一条',
  shareMethod: 'interface',
  periodFrom: '2026-03-01',
  periodTo: '2026-12-31',
  contactName: '张三',
  contactPhone: '0379-68312345',
};

it('a request queued with only its entry, items and purpose is pushed with every stored field', async () => {
  const { db, migrateRest, close } = await databaseBefore(MIGRATION);
  done = close;
  const old = { entryId: 'e1', items: ['姓名'], purpose: '低保资格核验', attachments: ['a'.repeat(64)] };
  await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO share_requests (id, role, state, entry_id, entry_name, share_type, requester_code, requester_name, provider_code, provider_name, fields, created_at, updated_at)
       VALUES ('r1', 'requester', 'pendingSync', 'e1', '人口基础信息', 'conditional', 'a', 'A', 'b', 'B', ?, 't0', 't0')`,
      [JSON.stringify(FIELDS)],
    );
    await tx.run("INSERT INTO outbox (op_id, kind, entity_type, entity_id, base_revision, payload, created_at) VALUES ('op1', 'request.create', 'share_request', 'r1', 0, ?, 't0')", [JSON.stringify(old)]);
    await tx.run("INSERT INTO outbox (op_id, kind, entity_type, entity_id, base_revision, payload, created_at) VALUES ('op2', 'request.cancel', 'share_request', 'r1', 1, '{}', 't0')");
  });
  expect(OPERATIONS['request.create'].safeParse(old).success).toBe(false);

  expect(await migrateRest()).toContain(MIGRATION);

  const rows = await db.all<{ op_id: string; payload: string }>('SELECT op_id, payload FROM outbox ORDER BY seq');
  const payload = JSON.parse(rows[0]!.payload) as unknown;
  expect(payload).toEqual({ ...FIELDS, entryId: 'e1', attachments: old.attachments });
  expect(OPERATIONS['request.create'].safeParse(payload).success).toBe(true);
  // Other operations are left as they were.
  expect(rows[1]).toEqual({ op_id: 'op2', payload: '{}' });
});
