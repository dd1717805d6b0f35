import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSchema, type Change, type Operation, type ShareRequest } from '@shared/protocol/index';
import { opId, REQUEST_DETAILS, sampleEntry, signedIn, startTestPlatform, type Client, type TestPlatform } from '../../tests/helpers/platform';

// Expiry is counted in China's days: an authorisation whose last day is 2026-03-13 is in force until
// 23:59 China time (15:59 UTC) and expired from 00:00 on the 14th (16:00 UTC on the 13th).
let p: TestPlatform;
let edu: Client;
let police: Client;
let reviewer: Client;
beforeAll(async () => {
  p = await startTestPlatform({ seedShared: 0, requireSealedForm: false, tokenTtlMs: 365 * 86_400_000 });
  [edu, police, reviewer] = await Promise.all([signedIn(p, 'yc-edu'), signedIn(p, 'yc-police'), signedIn(p, 'yc-reviewer')]);
  await edu.push([op({ kind: 'catalogue.submit', entityId: 'az-entry', baseRevision: 0, payload: { code: 'X/1', entry: sampleEntry('在校学生名单') } })]);
  await reviewer.send('POST', '/review/entries/az-entry/approve', { json: { revision: 1 } });
  await police.push([op({ kind: 'request.create', entityId: 'az-1', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'az-entry', purpose: '校园安全排查' } })]);
  await edu.push([
    op({ kind: 'request.decide', entityId: 'az-1', baseRevision: 1, payload: { decision: 'approve', validUntil: '2026-03-13' } }),
    op({ kind: 'request.deliver', entityId: 'az-1', baseRevision: 2, payload: { method: 'file', location: '交换区' } }),
  ]);
});
afterAll(() => p.dispose());

const op = (o: Omit<Operation, 'opId'>): Operation => ({ opId: opId(), ...o }) as Operation;
const latest = async (c: Client) =>
  (await c.pullAll('0')).changes
    .map((ch) => changeSchema.parse(ch) as Change)
    .flatMap((ch) => (ch.kind === 'request.status' || ch.kind === 'request.incoming' ? [ch.request] : []))
    .filter((r: ShareRequest) => r.id === 'az-1')
    .at(-1);
const setClock = (iso: string) => p.clock.advance(Date.parse(iso) - p.clock.now().getTime());

describe('expiry', () => {
  it('keeps the authorisation through its last day in China and expires it at the next midnight in China, for both sides', async () => {
    setClock('2026-03-13T15:59:00.000Z');
    expect(await latest(police)).toMatchObject({ state: 'active', validUntil: '2026-03-13' });
    setClock('2026-03-13T16:00:00.000Z');
    for (const c of [police, edu]) expect(await latest(c)).toMatchObject({ state: 'expired', revision: 4 });
    // Usage of the days it was in force may still be reported; a day after today may not.
    const late = await edu.send<{ usage: { totalCalls: number } }>('POST', '/authorisations/az-1/usage', { json: { days: [{ day: '2026-03-13', calls: 5 }] } });
    expect(late.body.usage.totalCalls).toBe(5);
    expect((await edu.send('POST', '/authorisations/az-1/usage', { json: { days: [{ day: '2026-03-15', calls: 1 }] } })).status).toBe(400);
    // An expired authorisation is not suspended: the state forbids it.
    const s = await reviewer.send<{ error: { code: string } }>('POST', '/review/authorisations/az-1/suspend', { json: { revision: 4, reason: '超范围使用' } });
    expect(s.body.error.code).toBe('STATE_FORBIDS');
  });
});
