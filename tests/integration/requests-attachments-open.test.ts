// The provider opens the requester's sealed form from the decision drawer: A's core downloads it
// from the real platform on loopback, checks it against its sha256 (a tampered download is thrown
// away and fetched again; tampered twice, refused), keeps it in the workspace and opens it from
// there next time; a damaged cached copy is downloaded again.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { API_BASE } from '../../shared/protocol/index';
import { call, callError, coreFor, disposeAll, officers, platform, query, REQUEST_FIELDS } from './sync-helpers';
import { startProxy, type Proxy } from './sync-proxy';

let proxy: Proxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await disposeAll();
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

it('the provider opens the sealed form: downloaded, sha256 checked (a tampered copy fetched again, twice refused), cached, a damaged cache re-downloaded', async () => {
  const p = await platform();
  const [, ob] = officers(p);
  const b = await coreFor(p, ob!.user);
  await call(b.core, 'sync.run', {});
  const target = (await query<{ body: string }>(b, 'SELECT body FROM shared_catalogue_entries'))
    .map((r) => JSON.parse(r.body) as { id: string; departmentCode: string; shareType: string; items: { name: string }[] })
    .find((e) => e.departmentCode !== ob!.departmentCode && e.shareType === 'conditional')!;
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [target.items[0]!.name] } });
  const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% sealed demand form scan\n'), randomBytes(4096)]);
  await call(b.core, 'attachments.add', { owner: { type: 'request', id: draft.id }, role: 'sealedForm', fileName: '共享需求单.pdf', source: { base64: scan.toString('base64') } });
  await call(b.core, 'requests.submit', { id: draft.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });

  // A reaches the platform through a proxy that can tamper with downloads.
  proxy = await startProxy(p.url);
  const download = `${API_BASE}/attachments/${sha(scan)}`;
  const gets = () => proxy!.seen.filter((r) => r.method === 'GET' && r.path === download).length;
  const tampered = Buffer.concat([Buffer.from('%PDF-1.4\n% forged\n'), randomBytes(4096)]);
  const oa = officers(p).find((o) => o.departmentCode === target.departmentCode)!;
  const a = await coreFor(p, oa.user, { url: proxy.url });
  await call(a.core, 'sync.run', {});
  const incoming = await call(a.core, 'requests.get', { id: draft.id });
  expect(incoming.attachments).toEqual([expect.objectContaining({ sha256: sha(scan), role: 'sealedForm', stored: false })]);

  // The first download is tampered with: thrown away, fetched again, the platform's bytes kept.
  proxy.rule = (r) => (r.method === 'GET' && r.path === download && r.n === 1 ? { status: 200, type: 'application/pdf', body: tampered } : 'pass');
  const opened = await call(a.core, 'attachments.open', { owner: { type: 'request', id: draft.id }, sha256: sha(scan) });
  expect(opened).toMatchObject({ downloaded: true, attachment: { sha256: sha(scan), type: 'pdf', size: scan.length, role: 'sealedForm' } });
  expect(opened.attachment.stored).toBeUndefined();
  expect(opened.attachment.fileName).toMatch(/^共享需求单-[0-9a-f]{8}\.pdf$/);
  expect(readFileSync(opened.path)).toEqual(scan);
  // Opened from the workspace, under the name of its type (the shell opens only allowed extensions).
  expect(opened.path.startsWith(a.dir)).toBe(true);
  expect(opened.path.endsWith('.pdf')).toBe(true);
  const stored = join(a.dir, 'attachments', sha(scan).slice(0, 2), sha(scan));
  expect(readFileSync(stored)).toEqual(scan);
  expect(gets()).toBe(2);
  expect((await call(a.core, 'requests.get', { id: draft.id })).attachments).toEqual([opened.attachment]);

  // Cached: opened again without the platform.
  expect(await call(a.core, 'attachments.open', { owner: { type: 'request', id: draft.id }, sha256: sha(scan) })).toMatchObject({ downloaded: false, path: opened.path });
  expect(gets()).toBe(2);

  // The opened copy altered: written again from the store, no download.
  writeFileSync(opened.path, tampered);
  expect(await call(a.core, 'attachments.open', { owner: { type: 'request', id: draft.id }, sha256: sha(scan) })).toMatchObject({ downloaded: false, path: opened.path });
  expect(readFileSync(opened.path)).toEqual(scan);
  expect(gets()).toBe(2);

  // The cached file damaged on disk: downloaded again.
  writeFileSync(stored, tampered);
  expect(await call(a.core, 'attachments.open', { owner: { type: 'request', id: draft.id }, sha256: sha(scan) })).toMatchObject({ downloaded: true, path: opened.path });
  expect(readFileSync(stored)).toEqual(scan);
  expect(gets()).toBe(3);

  // Every download tampered with: refused after the second, nothing opened.
  writeFileSync(stored, tampered);
  proxy.rule = (r) => (r.method === 'GET' && r.path === download ? { status: 200, type: 'application/pdf', body: tampered } : 'pass');
  const refused = await callError(a.core, 'attachments.open', { owner: { type: 'request', id: draft.id }, sha256: sha(scan) });
  expect(refused.code).toBe('ATTACHMENT_HASH_MISMATCH');
  expect(refused.message).toContain(sha(scan));
  expect(refused.message).toContain('校验值');
  expect(gets()).toBe(5);

  // A file the request does not name is not fetched at all.
  expect((await callError(a.core, 'attachments.open', { owner: { type: 'request', id: draft.id }, sha256: sha(tampered) })).code).toBe('ATTACHMENT_NOT_LISTED');
  expect(gets()).toBe(5);
}, 90_000);
