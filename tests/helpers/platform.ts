// Helpers for the platform's own tests and for harnesses that drive it (integration, e2e, bench):
// a platform on loopback in a temp dir, a movable clock and a small HTTP client.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntryInput } from '@shared/domain/entry';
import { API_BASE, type Operation } from '@shared/protocol/index';
import type { DemoAccount } from '../../platform/seed/demo';
import { startPlatform, type PlatformOptions, type RunningPlatform } from '../../platform/server';

export function movableClock(start = '2026-03-02T01:00:00.000Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

export interface TestPlatform extends RunningPlatform {
  clock: ReturnType<typeof movableClock>;
  /** Restarts on the same data dir (same database, same accounts). */
  restart(): Promise<TestPlatform>;
  /** Stops and deletes the data dir. */
  dispose(): Promise<void>;
}

export async function startTestPlatform(options: Partial<PlatformOptions> = {}, dir?: string): Promise<TestPlatform> {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), 'cw-platform-'));
  const clock = movableClock();
  const p = await startPlatform({ port: 0, dataDir, seed: 'demo', seedShared: 36, clock: clock.now, ...options });
  return {
    ...p,
    clock,
    restart: async () => {
      await p.close();
      return startTestPlatform(options, dataDir);
    },
    dispose: async () => {
      await p.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small client for the protocol: JSON in, JSON out, the status and headers kept. */
export class Client {
  token: string | undefined;
  constructor(
    readonly url: string,
    readonly locale = 'zh-CN',
  ) {}

  async send<T = Record<string, unknown>>(
    method: string,
    path: string,
    init: { json?: unknown; raw?: Buffer | string; contentType?: string; token?: string | null } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { 'accept-language': this.locale };
    const token = init.token === undefined ? this.token : init.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] = 'application/json';
    } else if (init.raw !== undefined) body = typeof init.raw === 'string' ? init.raw : new Uint8Array(init.raw);
    if (init.contentType) headers['content-type'] = init.contentType;
    const res = await fetch(this.url + API_BASE + path, { method, headers, body });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, headers: res.headers, body: (type.includes('json') ? JSON.parse(text) : text) as T };
  }

  async login(account: Pick<DemoAccount, 'user' | 'password'>): Promise<this> {
    const r = await this.send<{ token: string }>('POST', '/auth/login', { json: { user: account.user, password: account.password } });
    if (r.status !== 200) throw new Error(`login ${account.user}: ${JSON.stringify(r.body)}`);
    this.token = r.body.token;
    return this;
  }

  push(ops: Operation[]) {
    return this.send<{ results: Record<string, unknown>[] }>('POST', '/sync/push', { json: { ops } });
  }

  pull(cursor = '0', limit?: number) {
    return this.send<{ changes: Record<string, unknown>[]; nextCursor: string; hasMore: boolean; resyncRequired: boolean }>(
      'GET',
      `/sync/pull?cursor=${cursor}${limit ? `&limit=${limit}` : ''}`,
    );
  }

  /** Every change after `cursor`, following pages to the end. */
  async pullAll(cursor = '0', limit = 1000): Promise<{ changes: Record<string, unknown>[]; cursor: string }> {
    const changes: Record<string, unknown>[] = [];
    for (;;) {
      const page = await this.pull(cursor, limit);
      if (page.status !== 200) throw new Error(`pull: ${JSON.stringify(page.body)}`);
      changes.push(...page.body.changes);
      cursor = page.body.nextCursor;
      if (!page.body.hasMore) return { changes, cursor };
    }
  }
}

export function account(p: RunningPlatform, user: string): DemoAccount {
  const a = p.accounts.find((x) => x.user === user);
  if (!a) throw new Error(`no demo account ${user}`);
  return a;
}

export async function signedIn(p: RunningPlatform, user: string, locale = 'zh-CN'): Promise<Client> {
  return new Client(p.url, locale).login(account(p, user));
}

/** A valid catalogue entry (database with two items). */
export function sampleEntry(name: string, overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    name,
    provider: '伊川县教育局',
    summary: '全县中小学校的基本情况',
    formatClass: 'database',
    formatType: 'KingbaseES',
    shareType: 'conditional',
    shareCondition: '仅限教育管理用途',
    shareMethodClass: 'platform',
    shareMethodType: 'interface',
    openType: 'none',
    updateCycle: 'yearly',
    items: [
      { name: '学校名称', type: 'C', length: '100' },
      { name: '统一社会信用代码', type: 'C', length: '18' },
    ],
    ...overrides,
  };
}

let opSeq = 0;
/** A fresh idempotency key per call. */
export const opId = () => `op-${process.pid}-${Date.now().toString(36)}-${++opSeq}`;

/**
 * What a `request.create` carries beside the entry, items, purpose and attachments: the fields
 * every request has (shared/domain/request.ts), filled in as an officer would.
 */
export const REQUEST_DETAILS = {
  scenario: '企业开办联办',
  basisKind: 'businessMatter' as const,
  basisText: '企业开办一件事办理规程',
  shareMethod: 'interface' as const,
  periodFrom: '2026-03-02',
  periodTo: '2026-12-31',
  contactName: '王五',
  contactPhone: '13912345678',
};
