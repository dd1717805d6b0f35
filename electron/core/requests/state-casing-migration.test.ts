import { afterEach, expect, it } from 'vitest';
import { REQUEST_STATES, allowedRequestEvents, type RequestState } from '@shared/domain/request-states';
import { databaseBefore } from '../../../tests/helpers/workspace';

const MIGRATION = '20261206030100_request_state_casing';
let done: (() => Promise<void>) | undefined;
afterEach(async () => {
  await done?.();
  done = undefined;
});

const REQUEST = `INSERT INTO share_requests (id, role, state, entry_id, entry_name, share_type, requester_code, requester_name, provider_code, provider_name, fields, created_at, updated_at)
  VALUES (?, 'requester', ?, 'e1', '人口基础信息', 'conditional', 'a', 'A', 'b', 'B', '{}', 't0', 't0')`;
const EVENT = "INSERT INTO share_request_events (request_id, event_id, type, outcome, from_state, to_state, at, actor) VALUES (?, ?, ?, 'applied', ?, ?, 't0', 'x')";

it('keeps the share requests of an existing workspace, their history and disputes, in lowerCamel states', async () => {
  const { db, migrateRest, close } = await databaseBefore(MIGRATION);
  done = close;
  await db.transaction(async (tx) => {
    await tx.run(REQUEST, ['r-active', 'ACTIVE']);
    await tx.run(REQUEST, ['r-queued', 'PENDING_SYNC']);
    await tx.run(REQUEST, ['r-disputed', 'ESCALATED']);
    await tx.run(EVENT, ['r-active', 'e1', 'submit', 'DRAFT', 'PENDING_SYNC']);
    await tx.run(EVENT, ['r-active', 'e2', 'platform.renewalRequested', 'ACTIVE', 'RENEWAL_REQUESTED']);
    const record = { request: { id: 'r-disputed', state: 'REJECTED', fields: { purpose: 'REJECTED 不是状态' } }, history: [{ from: 'PROVIDER_REVIEW', to: 'REJECTED' }] };
    await tx.run("INSERT INTO disputes (id, request_id, reason, record, at, actor) VALUES ('d1', 'r-disputed', 'r', ?, 't0', 'x')", [JSON.stringify(record)]);
  });

  expect(await migrateRest()).toContain(MIGRATION);

  const states = await db.all<{ id: string; state: RequestState }>('SELECT id, state FROM share_requests ORDER BY id');
  expect(states).toEqual([
    { id: 'r-active', state: 'active' },
    { id: 'r-disputed', state: 'escalated' },
    { id: 'r-queued', state: 'pendingSync' },
  ]);
  for (const s of states) expect(REQUEST_STATES).toContain(s.state);
  expect(allowedRequestEvents('active')).toContain('renew');
  expect(await db.all('SELECT from_state, to_state FROM share_request_events ORDER BY seq')).toEqual([
    { from_state: 'draft', to_state: 'pendingSync' },
    { from_state: 'active', to_state: 'renewalRequested' },
  ]);
  const dispute = JSON.parse((await db.get<{ record: string }>('SELECT record FROM disputes'))!.record) as unknown;
  // Only whole quoted state values change: a word inside the officer's text stays as typed.
  expect(dispute).toEqual({ request: { id: 'r-disputed', state: 'rejected', fields: { purpose: 'REJECTED 不是状态' } }, history: [{ from: 'providerReview', to: 'rejected' }] });
});
