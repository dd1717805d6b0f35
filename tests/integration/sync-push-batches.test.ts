// Pushes in several batches, the next one sent while the previous answers are stored: a batch
// whose answer is lost leaves exactly its own operations queued; nothing is lost or applied twice.
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { Connection } from '../../electron/core/db/connection';
import { call, coreFor, disposeAll, officers, platform, submitNew } from './sync-helpers';
import { startProxy, type Proxy } from './sync-proxy';

let proxy: Proxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await disposeAll();
});

const PUSH = '/api/v1/sync/push';

it('a lost answer in the middle of a multi-batch push: earlier batches stored, the rest sent again and applied once', async () => {
  const p = await platform();
  proxy = await startProxy(p.url);
  const a = await coreFor(p, officers(p)[0]!.user, { url: proxy.url, sync: { pushBatch: 2 } });
  const entries = [];
  for (const name of ['企业登记信息', '个体工商户信息', '农民专业合作社信息', '企业年报信息', '行政许可信息']) entries.push(await submitNew(a, name));
  const sent = (await call(a.core, 'outbox.list', {})).ops.map((o) => o.opId);

  // Batch 2's answer is lost on the way back (the platform applied it).
  proxy.rule = ({ path, n }) => (path === PUSH && n === 2 ? 'dropAnswer' : 'pass');
  const first = await call(a.core, 'sync.run', {});
  expect(first).toMatchObject({ failed: true, error: { code: 'SYNC_OFFLINE' } });
  expect((await call(a.core, 'outbox.list', {})).ops.map((o) => o.opId)).toEqual(sent.slice(2));

  expect(await call(a.core, 'sync.run', {})).toMatchObject({ failed: false, pushed: 3, accepted: 3 });
  expect((await call(a.core, 'outbox.answers', {})).answers.map((x) => x.opId).sort()).toEqual([...sent].sort());
  const conn = await Connection.open(join(p.dataDir, 'platform.db'), 'readonly');
  try {
    const ops = await conn.all<{ op_id: string }>(`SELECT op_id FROM ops WHERE op_id IN (${sent.map(() => '?').join(',')})`, sent);
    expect(ops).toHaveLength(5);
    const revisions = await conn.all<{ revision: number }>(`SELECT revision FROM entries WHERE id IN (${entries.map(() => '?').join(',')})`, entries.map((e) => e.id));
    expect(revisions).toEqual(entries.map(() => ({ revision: 1 })));
  } finally {
    await conn.close();
  }
}, 60_000);
