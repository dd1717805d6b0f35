// Non-data resources (《拱墅区政务数字资源共建共享管理办法》第二条) end to end over real HTTP: a 拱墅
// department catalogues an application, the platform keeps its kind and fields through review,
// and it reaches another department's shared catalogue with every field of its kind.
import { afterEach, describe, expect, it } from 'vitest';
import { NON_DATA_EXAMPLES } from '../../shared/domain/resource-kind.examples';
import { KIND_FIELDS } from '../../shared/domain/resource-kind';
import { sampleEntry, signedIn } from '../helpers/platform';
import { call, coreFor, disposeAll, entryOf, officers, platform, type TestCore } from './sync-helpers';

afterEach(disposeAll);

/** An application of the officer's department: the common metadata, no data items, every field of its kind. */
function applicationOf(t: TestCore, name: string) {
  return {
    ...entryOf(t, name),
    kind: 'application' as const,
    summary: `${name}：面向全区的政务服务应用`,
    formatClass: 'serviceInterface' as const,
    formatType: 'REST',
    items: [],
    // 拱墅 grades by the Zhejiang levels.
    dataGrade: 'L2' as const,
    ...NON_DATA_EXAMPLES.application,
  };
}

describe('non-data resources through the platform', { timeout: 90_000 }, () => {
  it('an application is submitted, reviewed, published and reaches the other department with every field of its kind', async () => {
    const p = await platform({ profile: 'gongshu' });
    const [oa, ob] = officers(p);
    const a = await coreFor(p, oa!.user, { profileId: 'gongshu' });
    const b = await coreFor(p, ob!.user, { profileId: 'gongshu' });
    const reviewer = await coreFor(p, 'yc-reviewer', { profileId: 'gongshu' });

    const created = await call(a.core, 'catalogue.create', { entry: applicationOf(a, '城市大脑一网通办') });
    const ready = await call(a.core, 'catalogue.setState', { id: created.id, revision: created.revision, state: 'ready' });
    await call(a.core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ pushed: 1, accepted: 1, rejected: 0, failed: false });

    // The reviewer sees the kind and its fields, and can read the queue by kind.
    const queue = await call(reviewer.core, 'review.queue', {});
    const inQueue = queue.entries.find((e) => e.id === created.id);
    expect(inQueue?.entry).toMatchObject({ kind: 'application', items: [], ...NON_DATA_EXAMPLES.application });
    const apps = await signedIn(p, 'yc-reviewer');
    const byKind = await apps.send<{ entries: { id: string; entry: { kind: string } }[] }>('GET', '/review/entries?kind=application');
    expect(byKind.status).toBe(200);
    expect(byKind.body.entries.map((e) => e.id)).toEqual([created.id]);
    const dataOnly = await apps.send<{ entries: { id: string; entry: { kind?: string } }[] }>('GET', '/review/entries?kind=data');
    expect(dataOnly.body.entries.map((e) => e.id)).not.toContain(created.id);

    await call(reviewer.core, 'review.approve', { id: created.id, revision: 1 });
    await call(a.core, 'sync.run', {});
    expect((await call(a.core, 'catalogue.get', { id: created.id })).state).toBe('published');

    // The other department's shared catalogue holds it with every field of its kind.
    expect((await call(b.core, 'sync.run', {})).failed).toBe(false);
    const { entry } = await call(b.core, 'search.sharedEntry', { id: created.id });
    expect(entry).toMatchObject({ kind: 'application', items: [], departmentCode: oa!.departmentCode });
    for (const field of [...KIND_FIELDS.application.required, ...KIND_FIELDS.application.optional]) {
      expect(entry[field], field).toEqual(NON_DATA_EXAMPLES.application[field]);
    }
    // Browsing by kind: the application is listed under its kind, and not among data resources.
    const applications = await call(b.core, 'search.sharedList', { kinds: ['application'] });
    expect(applications.rows.map((r) => [r.id, r.kind])).toEqual([[created.id, 'application']]);
    expect(applications.total).toBe(1);
    const data = await call(b.core, 'search.sharedList', { kinds: ['data'], limit: 200 });
    expect(data.rows.map((r) => r.id)).not.toContain(created.id);
    expect(data.rows.every((r) => r.kind === 'data')).toBe(true);
    const all = await call(b.core, 'search.sharedList', { limit: 200 });
    expect(all.total).toBe(data.total + 1);
  });

  it('refuses a non-data resource from a department whose profile catalogues data only, at the kind', async () => {
    const p = await platform();
    const officer = officers(p)[0]!;
    const client = await signedIn(p, officer.user);
    const entry = { ...sampleEntry('物联感知 水位'), items: [], ...NON_DATA_EXAMPLES.iot, kind: 'iot' as const };
    const r = await client.push([{ opId: 'iot-1', kind: 'catalogue.submit', entityId: 'entry-iot-1', baseRevision: 0, payload: { code: 'X/000001', entry } }]);
    expect(r.body.results[0]).toMatchObject({ status: 'rejected', code: 'VALIDATION', issues: [{ path: 'entry.kind', code: 'catalogue.quality.kindNotAllowed' }] });
    // The same resource as data is accepted: only the kind was refused.
    const asData = { ...sampleEntry('物联感知 水位') };
    const ok = await client.push([{ opId: 'iot-2', kind: 'catalogue.submit', entityId: 'entry-iot-2', baseRevision: 0, payload: { code: 'X/000002', entry: asData } }]);
    expect(ok.body.results[0]).toMatchObject({ status: 'accepted' });
  });
});
