import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, type fixedTime } from '../../../tests/helpers/core';
import { openRequestsWorkspace, platformRequest, pullChanges } from '../../../tests/helpers/requests';

let cleanup: () => void;
let core: Core;
let time: ReturnType<typeof fixedTime>;

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup, core, time } = await openRequestsWorkspace());
  // Forwarded Monday 2026-03-02; 伊川: decided within 5 working days → Monday 2026-03-09.
  await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest() }]);
});
afterEach(async () => {
  await core.close();
  cleanup();
});

const DAY = 86_400_000;
const deadlineOf = async () => (await call(core, 'requests.get', { id: 'r-in-1' })).deadlines[0];

it('a running deadline says how many working days are left, counting over the weekend; overdue ones by how many they are late', async () => {
  expect(await deadlineOf()).toMatchObject({ due: '2026-03-09', status: 'running', remainingWorkingDays: 5 });
  time.advance(4 * DAY); // Friday: the last working day before the deadline
  expect(await deadlineOf()).toMatchObject({ status: 'dueSoon', remainingWorkingDays: 1 });
  time.advance(3 * DAY); // Monday, the due day
  expect(await deadlineOf()).toMatchObject({ status: 'dueSoon', remainingWorkingDays: 0 });
  time.advance(2 * DAY); // Wednesday: two working days late
  expect(await deadlineOf()).toMatchObject({ status: 'overdue', remainingWorkingDays: -2 });
  // A decided step is history: no count.
  await call(core, 'requests.decide', { id: 'r-in-1', decision: 'approve' });
  const done = await deadlineOf();
  expect(done?.status).toBe('done');
  expect(done?.remainingWorkingDays).toBeUndefined();
});
