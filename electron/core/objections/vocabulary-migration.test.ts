import { afterEach, expect, it } from 'vitest';
import { OBJECTION_STATES, stepObjection } from '@shared/domain/objection-states';
import { changeSchema, OPERATIONS, type Change } from '@shared/protocol/index';
import { databaseBefore } from '../../../tests/helpers/workspace';

const MIGRATION = '20261206030000_objection_vocabulary';
let done: (() => Promise<void>) | undefined;
afterEach(async () => {
  await done?.();
  done = undefined;
});

const OBJECTION = `INSERT INTO objections (id, role, state, entry_id, entry_name, description, raiser_code, provider_code, raised_at, answer, answered_at, created_at, updated_at)
  VALUES (?, 'provider', ?, 'e1', '婚姻登记信息', 'd', '11410329MB0000001X', '12320100671322000Q', 't0', ?, ?, 't0', 't0')`;
const EVENT = 'INSERT INTO objection_events (objection_id, type, from_state, to_state, at, actor) VALUES (?, ?, ?, ?, ?, ?)';
const OP = "INSERT INTO outbox (op_id, kind, entity_type, entity_id, base_revision, payload, created_at) VALUES (?, ?, 'objection', ?, 1, ?, 't0')";

it('keeps the objections of an existing workspace: states, events, queued operations and waiting feed changes in the new words', async () => {
  const { db, migrateRest, close } = await databaseBefore(MIGRATION);
  done = close;

  const extendAnswer = JSON.stringify({ answer: 'extend', note: '需核实', answeredAt: 't1' });
  const corrected = JSON.stringify({ answer: 'corrected', note: '已更正', answeredAt: 't2' });
  await db.transaction(async (tx) => {
    await tx.run(OBJECTION, ['o-ext', 'EXTENDED', extendAnswer, 't1']);
    await tx.run(OBJECTION, ['o-done', 'CORRECTED', corrected, 't2']);
    await tx.run(OBJECTION, ['o-ack', 'ACK', null, null]);
    await tx.run(EVENT, ['o-done', 'raised', '', 'OPEN', 't0', 'a']);
    await tx.run(EVENT, ['o-done', 'correct', 'OPEN', 'CORRECTED', 't2', 'a']);
    await tx.run(OP, ['op-1', 'objection.answer', 'o-ext', JSON.stringify({ answer: 'extend', note: '需核实' })]);
    await tx.run(OP, ['op-2', 'objection.answer', 'o-done', JSON.stringify({ answer: 'corrected', note: '已更正' })]);
    await tx.run(OP, ['op-3', 'objection.conclude', 'o-x', JSON.stringify({ outcome: 'confirmed' })]);
    await tx.run(OP, ['op-4', 'objection.conclude', 'o-y', JSON.stringify({ outcome: 'reopened', note: '仍有误' })]);
    const waiting = {
      kind: 'objection.update',
      objection: {
        id: 'o-in', revision: 3, state: 'noError', entryId: 'e1', entryName: 'n', raiserCode: '91350100M000100Y43', raiserName: 'r', providerCode: '12320100671322000Q', providerName: 'p',
        description: 'd', attachments: [], raisedAt: '2026-03-02T01:00:00.000Z', updatedAt: '2026-03-03T01:00:00.000Z',
        answer: { answer: 'noError', note: '无误', answeredAt: '2026-03-03T01:00:00.000Z', overdue: false },
      },
    };
    await tx.run("INSERT INTO sync_carried (seq, kind, body, received_at) VALUES (1, 'objection.update', ?, 't3')", [JSON.stringify(waiting)]);
  });

  expect(await migrateRest()).toContain(MIGRATION);

  const rows = await db.all<{ id: string; state: string; answer: string | null; answered_at: string | null }>('SELECT id, state, answer, answered_at FROM objections ORDER BY id');
  expect(rows).toEqual([
    { id: 'o-ack', state: 'acknowledged', answer: null, answered_at: null },
    { id: 'o-done', state: 'answered', answer: corrected, answered_at: 't2' },
    { id: 'o-ext', state: 'extended', answer: null, answered_at: null },
  ]);
  for (const r of rows) expect(OBJECTION_STATES).toContain(r.state);
  // The flow goes on from the migrated state.
  expect(stepObjection({ state: 'answered', extensions: 0 }, 'confirm', 1).state).toBe('confirmed');
  expect(await db.all('SELECT type, from_state, to_state FROM objection_events ORDER BY seq')).toEqual([
    { type: 'raised', from_state: '', to_state: 'open' },
    { type: 'answer', from_state: 'open', to_state: 'answered' },
  ]);
  const ops = await db.all<{ op_id: string; kind: keyof typeof OPERATIONS; payload: string }>('SELECT op_id, kind, payload FROM outbox ORDER BY seq');
  expect(ops.map((o) => [o.op_id, o.kind, JSON.parse(o.payload) as unknown])).toEqual([
    ['op-1', 'objection.requestExtension', { note: '需核实' }],
    ['op-2', 'objection.answer', { answer: 'corrected', note: '已更正' }],
    ['op-3', 'objection.confirm', {}],
    ['op-4', 'objection.reopen', { note: '仍有误' }],
  ]);
  for (const o of ops) expect(OPERATIONS[o.kind].safeParse(JSON.parse(o.payload)).success, o.op_id).toBe(true);
  const inbox = await db.get<{ body: string }>("SELECT body FROM sync_carried WHERE seq = 1");
  const change = changeSchema.parse(JSON.parse(inbox!.body)) as Change;
  expect(change.kind === 'objection.update' && [change.objection.state, change.objection.answer?.answer]).toEqual(['answered', 'noError']);
});
