// Every field of a share request reaches the provider: filed on B's workstation, carried by
// `request.create`, stored by the real platform on loopback, received by A's core. The key list
// comes from the request fields schema itself, so a field added there and left behind on the way
// fails here.
import { afterEach, describe, expect, it } from 'vitest';
import type { DataItem } from '../../shared/domain/entry';
import { requestFieldsSchema } from '../../shared/domain/request';
import { detectSensitive } from '../../shared/quality/sensitive';
import { pushResponseSchema } from '../../shared/protocol/index';
import { opId, REQUEST_DETAILS, signedIn } from '../helpers/platform';
import { call, coreFor, disposeAll, officers, platform, query, REQUEST_FIELDS, requesterAndProvider } from './sync-helpers';

afterEach(disposeAll);

const FIELD_NAMES = Object.keys(requestFieldsSchema.in.shape);

describe('a request’s fields on the wire', () => {
  it('the provider’s core holds every field of the request schema as the requester filed it', async () => {
    const { a, b, target } = await requesterAndProvider();
    const fields = { ...REQUEST_FIELDS, items: [target.items[0]!.name] };
    const draft = await call(b.core, 'requests.create', { entryId: target.id, fields });
    // Nothing may be missing on the requester's side either, or the comparison below proves nothing.
    expect(FIELD_NAMES.length).toBeGreaterThanOrEqual(10);
    for (const name of FIELD_NAMES) expect(draft.fields[name], name).toBeDefined();

    await call(b.core, 'requests.submit', { id: draft.id });
    expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    await call(a.core, 'sync.run', {});
    const received = await call(a.core, 'requests.get', { id: draft.id });
    expect(received.role).toBe('provider');
    const missing = FIELD_NAMES.filter((name) => received.fields[name] === undefined);
    expect(missing).toEqual([]);
    for (const name of FIELD_NAMES) expect(received.fields[name], name).toEqual(draft.fields[name]);
  }, 60_000);

  it('the provider’s core receives the items the platform marks sensitive, as the reviewer does', async () => {
    const { a, b } = await requesterAndProvider();
    type Item = Pick<DataItem, 'name' | 'nameEn' | 'type' | 'length'> & { sensitive?: boolean };
    const cached = (await query<{ body: string }>(b, 'SELECT body FROM shared_catalogue_entries')).map((r) => JSON.parse(r.body) as { id: string; departmentCode: string; shareType: string; items: Item[] });
    const isSensitive = (i: Item) => i.sensitive === true || detectSensitive(i) !== undefined;
    const target = cached.find((e) => e.departmentCode === a.department.code && e.shareType === 'conditional' && e.items.some(isSensitive) && e.items.some((i) => !isSensitive(i)));
    if (!target) throw new Error('the demo seed has no conditional entry of the provider with sensitive and plain items');
    const sensitive = target.items.filter(isSensitive).map((i) => i.name);
    const plain = target.items.find((i) => !isSensitive(i))!.name;

    // Two requests: some items (one sensitive), and the whole entry (every sensitive item of it).
    const some = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [plain, sensitive[0]!] } });
    const whole = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [] } });
    for (const r of [some, whole]) await call(b.core, 'requests.submit', { id: r.id });
    expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 2, rejected: 0 });
    await call(a.core, 'sync.run', {});
    expect((await call(a.core, 'requests.get', { id: some.id })).sensitiveItems).toEqual([sensitive[0]]);
    expect((await call(a.core, 'requests.get', { id: whole.id })).sensitiveItems).toEqual(sensitive);
    // The list's views carry them too (the 待我审批 drawer opens from it).
    const listed = (await call(a.core, 'requests.list', { role: 'provider' })).requests.find((r) => r.id === some.id)!;
    expect(listed.sensitiveItems).toEqual([sensitive[0]]);
    // A request of plain items only has none.
    const none = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [plain] } });
    await call(b.core, 'requests.submit', { id: none.id });
    await call(b.core, 'sync.run', {});
    await call(a.core, 'sync.run', {});
    expect((await call(a.core, 'requests.get', { id: none.id })).sensitiveItems).toBeUndefined();
  }, 60_000);

  it('the platform refuses a request missing a field, or with a reversed period, naming each field', async () => {
    const { p, target } = await requesterAndProvider();
    const [, ob] = officers(p);
    const client = await signedIn(p, ob!.user);
    const { scenario: _scenario, ...withoutScenario } = REQUEST_DETAILS;
    const r = await client.push([
      { opId: opId(), kind: 'request.create', entityId: 'rf-missing', baseRevision: 0, payload: { ...withoutScenario, entryId: target.id, purpose: '企业开办' } as never },
      { opId: opId(), kind: 'request.create', entityId: 'rf-reversed', baseRevision: 0, payload: { ...REQUEST_DETAILS, periodFrom: '2026-12-31', periodTo: '2026-03-02', entryId: target.id, purpose: '企业开办' } },
    ]);
    const [missing, reversed] = pushResponseSchema.parse(r.body).results;
    expect(missing).toMatchObject({ status: 'rejected', code: 'VALIDATION', issues: [expect.objectContaining({ path: 'payload.scenario' })] });
    expect(reversed).toMatchObject({ status: 'rejected', code: 'VALIDATION', issues: [expect.objectContaining({ path: 'payload.periodTo' })] });
  }, 60_000);

  it('the reviewer’s core receives every field of an unconditional request, its sensitive items marked', async () => {
    const p = await platform();
    const [, ob] = officers(p);
    const reviewer = await coreFor(p, 'yc-reviewer');
    const published = (await call(reviewer.core, 'review.queue', { state: 'published', limit: 500 })).entries;
    const target = published.find(
      (e) => e.departmentCode !== ob!.departmentCode && e.entry.shareType === 'unconditional' && e.entry.items.some((i) => i.sensitive || detectSensitive(i)) && e.entry.items.some((i) => !i.sensitive && !detectSensitive(i)),
    );
    if (!target) throw new Error('the demo seed has no unconditional entry with sensitive and plain items');
    const sensitive = target.entry.items.find((i) => i.sensitive || detectSensitive(i))!.name;
    const plain = target.entry.items.find((i) => !i.sensitive && !detectSensitive(i))!.name;
    const client = await signedIn(p, ob!.user);
    const payload = { ...REQUEST_FIELDS, items: [plain, sensitive], entryId: target.id };
    const r = await client.push([{ opId: opId(), kind: 'request.create', entityId: 'rf-review', baseRevision: 0, payload }]);
    expect(pushResponseSchema.parse(r.body).results[0]).toMatchObject({ status: 'accepted' });

    const queued = (await call(reviewer.core, 'review.requests', {})).requests.find((q) => q.id === 'rf-review')!;
    const received = queued as unknown as Record<string, unknown>;
    const missing = FIELD_NAMES.filter((name) => received[name] === undefined);
    expect(missing).toEqual([]);
    for (const name of FIELD_NAMES) expect(received[name], name).toEqual((payload as Record<string, unknown>)[name]);
    expect(queued.sensitiveItems).toEqual([sensitive]);
  }, 60_000);
});
