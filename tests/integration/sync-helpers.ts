// Shared set-up of the sync integration tests: the real platform on loopback with its own temp
// database, and cores (one workspace each) signed in to it. Only the key store is a fake (memory).
import { join } from 'node:path';
import { startTestPlatform, account, type TestPlatform } from '../helpers/platform';
import { Connection } from '../../electron/core/db/connection';
import { createCore, type Core, type CoreOptions } from '../../electron/core/index';
import { memoryKeyStore } from '../../electron/core/types';
import { NO_POLICY } from '../../electron/core/policy/policy';
import type { Input } from '../../shared/ipc/contract';
import { DATA_GRADES } from '../../shared/domain/enums';
import { call, tempDir } from '../helpers/core';

export { call, callError } from '../helpers/core';

export interface TestCore {
  core: Core;
  dir: string;
  user: string;
  department: { name: string; code: string };
  close(): Promise<void>;
}

const cleanups: (() => Promise<void> | void)[] = [];

/** Stops every platform and core started by the helpers (call in afterEach). */
export async function disposeAll(): Promise<void> {
  for (const c of cleanups.splice(0).reverse()) await c();
}

export async function platform(options: Parameters<typeof startTestPlatform>[0] = {}): Promise<TestPlatform> {
  const p = await startTestPlatform({ seedShared: 36, ...options });
  cleanups.push(() => p.dispose());
  return p;
}

/** The first officer accounts of the demo seed, in a stable order. */
export function officers(p: TestPlatform) {
  return p.accounts.filter((a) => a.role === 'officer');
}

/**
 * A core with an initialised workspace for `user`'s department, signed in to `url` (default the
 * platform's). Automatic runs are off unless asked: each test runs sync when it means to.
 */
export async function coreFor(p: TestPlatform, user: string, options: Partial<CoreOptions> & { url?: string; signIn?: boolean; dir?: string } = {}): Promise<TestCore> {
  const a = account(p, user);
  const tmp = options.dir ? undefined : tempDir('cw-sync-');
  const dir = options.dir ?? tmp!.dir;
  const core = createCore({ workspaceDir: dir, timeSource: p.clock, keyStore: memoryKeyStore(), policy: NO_POLICY, ...options, sync: { auto: false, ...options.sync } });
  const status = await core.ready;
  const department = a.role === 'officer' ? { name: a.department, code: a.departmentCode } : { name: '伊川县数据局', code: '12320100671322000Q' };
  if (status.state === 'uninitialised') {
    await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: department.name, departmentCode: department.code });
  }
  if (options.signIn !== false) await call(core, 'sync.signIn', { platformUrl: options.url ?? p.url, user: a.user, password: a.password });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await core.close();
  };
  cleanups.push(async () => {
    await close();
    tmp?.cleanup();
  });
  return { core, dir, user, department, close };
}

/** A complete entry of the officer's department, valid for `ready`. */
export function entryOf(t: TestCore, name: string): Input<'catalogue.create'>['entry'] {
  return {
    name,
    provider: t.department.name,
    providerCode: t.department.code,
    summary: `${name}：名称、统一社会信用代码等`,
    formatClass: 'database',
    formatType: 'KingbaseES',
    shareType: 'conditional',
    shareCondition: '仅限政务服务业务使用',
    shareMethodClass: 'platform',
    shareMethodType: 'interface',
    openType: 'none',
    updateCycle: 'daily',
    classification: { scheme: 'national1272', category: '1', item: '01' },
    dataGrade: DATA_GRADES[0],
    usageRequirements: '仅用于法定职责范围内的业务办理',
    items: [
      { name: '单位名称', type: 'C', length: '100' },
      { name: '统一社会信用代码', type: 'C', length: '18' },
    ],
  };
}

/** Creates an entry, declares it ready and submits it (queued, not yet pushed). */
export async function submitNew(t: TestCore, name: string) {
  const created = await call(t.core, 'catalogue.create', { entry: entryOf(t, name) });
  const ready = await call(t.core, 'catalogue.setState', { id: created.id, revision: created.revision, state: 'ready' });
  return call(t.core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
}

/** Reads the workspace database directly (read-only, beside the open core: WAL allows it). */
export async function query<T>(t: TestCore, sql: string, params: (string | number)[] = []): Promise<T[]> {
  const conn = await Connection.open(join(t.dir, 'workspace.db'), 'readonly');
  try {
    return await conn.all<T>(sql, params);
  } finally {
    await conn.close();
  }
}

/** A share request's fields, valid under every profile. */
export const REQUEST_FIELDS = {
  purpose: '企业开办一件事：核验法人信息',
  scenario: '企业开办联办',
  basisKind: 'businessMatter' as const,
  basisText: '企业开办一件事办理规程',
  shareMethod: 'interface' as const,
  periodFrom: '2026-03-02',
  periodTo: '2026-12-31',
  contactName: '王五',
  contactPhone: '13912345678',
};

/**
 * B, a requester under the national profile (no sealed form; its upload is
 * requests-attachments.test.ts), and A, the department that publishes the conditional entry B will
 * request, signed in to one platform that does not ask for the form; `third` is another officer.
 */
export async function requesterAndProvider(options: Parameters<typeof startTestPlatform>[0] = {}) {
  const p = await platform({ requireSealedForm: false, ...options });
  const [, ob, oc] = officers(p);
  const bDir = tempDir('cw-req-');
  // Pushed before B's core: cleanups run in reverse, so the core closes before its folder goes.
  cleanups.push(bDir.cleanup);
  const init = createCore({ workspaceDir: bDir.dir, timeSource: p.clock, policy: NO_POLICY, sync: { auto: false } });
  await init.ready;
  await call(init, 'workspace.init', { profileId: 'national', departmentName: ob!.department, departmentCode: ob!.departmentCode });
  await init.close();
  const b = await coreFor(p, ob!.user, { dir: bDir.dir });
  await call(b.core, 'sync.run', {});
  const shared = await query<{ body: string }>(b, 'SELECT body FROM shared_catalogue_entries');
  const target = shared
    .map((r) => JSON.parse(r.body) as { id: string; departmentCode: string; shareType: string; items: { name: string }[] })
    .find((e) => e.departmentCode !== ob!.departmentCode && e.departmentCode !== oc!.departmentCode && e.shareType === 'conditional');
  if (!target) throw new Error('the demo seed has no conditional entry of a third department');
  const a = await coreFor(p, officers(p).find((o) => o.departmentCode === target.departmentCode)!.user);
  return { p, a, b, target, third: oc! };
}
