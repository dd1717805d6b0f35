// The sealed 共享需求单 over sync with the real platform on loopback, under 伊川 (the platform
// requires the form for conditional requests): the scan is uploaded before the request that names
// it, a failed upload keeps the request queued and is retried, the platform holds the exact file.
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { API_BASE } from '../../shared/protocol/index';
import { signedIn } from '../helpers/platform';
import { call, callError, coreFor, disposeAll, officers, platform, query, REQUEST_FIELDS } from './sync-helpers';
import { startProxy, type Proxy } from './sync-proxy';

let proxy: Proxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await disposeAll();
});

it('the sealed form is uploaded (retried after a failure) before the request that names it, and the platform accepts the request', async () => {
  const p = await platform(); // requireSealedForm: true, as 伊川 (第二十九条（二）)
  const [, ob] = officers(p);
  proxy = await startProxy(p.url);
  const isUpload = (r: { method: string; path: string }) => r.method === 'PUT' && r.path.startsWith(`${API_BASE}/attachments/`);
  // The first upload meets a platform that is down for a moment.
  proxy.rule = (r) => (isUpload(r) && r.n === 1 ? { status: 503, body: 'Service Unavailable', type: 'text/plain' } : 'pass');
  const b = await coreFor(p, ob!.user, { url: proxy.url });
  await call(b.core, 'sync.run', {});
  const shared = await query<{ body: string }>(b, 'SELECT body FROM shared_catalogue_entries');
  const target = shared
    .map((r) => JSON.parse(r.body) as { id: string; departmentCode: string; shareType: string; items: { name: string }[] })
    .find((e) => e.departmentCode !== ob!.departmentCode && e.shareType === 'conditional')!;
  await call(b.core, 'basket.add', { entryId: target.id, items: [target.items[0]!.name] });
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  expect(draft.sealedFormRequired).toBe(true);
  expect((await callError(b.core, 'requests.submit', { id: draft.id })).code).toBe('REQUEST_SEALED_FORM_REQUIRED');

  const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% sealed demand form scan\n'), randomBytes(2048)]);
  const sha256 = createHash('sha256').update(scan).digest('hex');
  const att = await call(b.core, 'attachments.add', { owner: { type: 'request', id: draft.id }, role: 'sealedForm', fileName: '共享需求单.pdf', source: { base64: scan.toString('base64') } });
  expect(att.sha256).toBe(sha256);
  await call(b.core, 'requests.submit', { id: draft.id });

  // The upload fails: the run fails, the request stays queued and was never pushed.
  const failed = await call(b.core, 'sync.run', {});
  expect(failed).toMatchObject({ failed: true, pushed: 0, error: { code: 'SYNC_SERVER' } });
  expect(proxy.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/sync/push'))).toEqual([]);
  expect(await call(b.core, 'outbox.list', {})).toMatchObject({ ops: [expect.objectContaining({ kind: 'request.create', entityId: draft.id })] });
  expect((await call(b.core, 'requests.get', { id: draft.id })).state).toBe('pendingSync');

  // Retried: the file first, then the request, which the platform accepts.
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ failed: false, accepted: 1, rejected: 0 });
  const order = proxy.seen.filter((r) => isUpload(r) || (r.method === 'POST' && r.path.endsWith('/sync/push'))).map((r) => r.method);
  expect(order).toEqual(['PUT', 'PUT', 'POST']);
  expect((await call(b.core, 'requests.get', { id: draft.id })).state).toBe('providerReview');
  // The trail says what was sent and stored in the officer's words.
  const trail = (await call(b.core, 'audit.search', {})).rows;
  expect(trail.find((r) => r.action === 'sync.upload')?.summary).toBe(`${scan.length} 字节`);
  expect(trail.find((r) => r.action === 'sync.push')?.summary).toBe('已记录平台的 1 条答复');

  // The platform holds the exact bytes, readable by the requester and by the provider it was sent to.
  const oa = officers(p).find((o) => o.departmentCode === target.departmentCode)!;
  for (const user of [ob!.user, oa.user]) {
    const c = await signedIn(p, user);
    const res = await fetch(`${p.url}${API_BASE}/attachments/${sha256}`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(res.status).toBe(200);
    expect(createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')).toBe(sha256);
  }
  // Held: a later push naming it again does not upload it again.
  await call(b.core, 'sync.run', {});
  expect(proxy.seen.filter(isUpload)).toHaveLength(2);
}, 60_000);
