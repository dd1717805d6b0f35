import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AccountView, SyncRunResult, SyncState } from '@shared/ipc/channels/sync';
import { accountViewSchema } from '@shared/ipc/channels/sync';
import { auditSummary } from '@shared/i18n/audit-action';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext } from '../context';
import { PlatformClient, type CallOptions } from './platform-client/client';
import { isTransient } from './platform-client/errors';
import { assertUnlocked, type Policy } from '../policy/policy';
import { getMeta, META, setMeta } from './meta';
import { backoffMs, realScheduler, SKEW_LIMIT_MS, SYNC_DEFAULTS, type SyncOptions } from './options';
import { hookOutbox, outboxCount } from './outbox';
import { afterPage, applyPage, finishResync, MassDelete, startResync } from './pull';
import { applyCarried } from './carry';
import { pushAll } from './push';
import { prepareChanges, type SyncRegistry } from './registry';
import type { Change, EndpointName } from '@shared/protocol/index';

interface Session {
  account: AccountView;
  token: string;
  client: PlatformClient;
}

interface Status {
  state: SyncState['state'];
  error?: AppError;
  nextRetryAt?: string;
  massDelete?: { removing: number; cached: number };
}

const emptyResult = (): SyncRunResult => ({ pushed: 0, accepted: 0, rejected: 0, conflicts: 0, pulled: 0, failed: false });

/**
 * Where a run's time went, in milliseconds, logged as `sync run` when it ends: waiting for the
 * platform's pages (`fetchMs`, beyond what overlapped the previous page's write), for the writer
 * (`queueMs`: another transaction in flight, e.g. the background indexer's), applying pages
 * (`applyMs`) and committing them (`commitMs`), and the work after each commit (`afterMs`).
 */
export interface RunSteps {
  ms: number;
  sessionMs: number;
  pushMs: number;
  fetchMs: number;
  queueMs: number;
  applyMs: number;
  commitMs: number;
  afterMs: number;
  pages: number;
  changes: number;
}

const emptySteps = (): RunSteps => ({ ms: 0, sessionMs: 0, pushMs: 0, fetchMs: 0, queueMs: 0, applyMs: 0, commitMs: 0, afterMs: 0, pages: 0, changes: 0 });
const since = (t0: number) => performance.now() - t0;

/**
 * Sync of one core with the platform (docs/sync.md): one run at a time (a request during a run
 * gets one more run after it), push then pull, the state told truthfully and pushed as events,
 * automatic runs on start, after changes, on reconnect and for retries — on timers from the
 * injected scheduler, all stopped by `close()`.
 */
export class SyncEngine {
  private status: Status = { state: 'idle' };
  private skewMs: number | undefined;
  private attempt = 0;
  /** Start of the current run of failures: the first failed run since the last success. */
  private failingSince: string | undefined;
  private retryTimer: unknown;
  private debounceTimer: unknown;
  private running: Promise<SyncRunResult> | undefined;
  private queued: Promise<SyncRunResult> | undefined;
  private confirmed = false;
  private online = true;
  private closed = false;
  private readonly clients = new Map<string, PlatformClient>();
  private readonly opts: Required<Pick<SyncOptions, 'auto' | 'debounceMs' | 'pullLimit' | 'retryBaseMs' | 'retryMaxMs'>> & SyncOptions;
  private readonly scheduler;
  private readonly random;

  constructor(
    private readonly ctx: CoreContext,
    readonly policy: Policy,
    readonly registry: SyncRegistry,
    options: SyncOptions = {},
  ) {
    this.opts = { auto: true, ...SYNC_DEFAULTS, ...options };
    this.scheduler = options.scheduler ?? realScheduler;
    this.random = options.random ?? Math.random;
  }

  /** Called once the workspace is open (and after each switch): hook the outbox, sync on start. */
  async attach(): Promise<void> {
    const ws = this.ctx.workspace();
    if (!ws.info) return;
    this.status = { state: 'idle' };
    this.attempt = 0;
    this.failingSince = undefined;
    await hookOutbox(ws.db, () => void this.outboxChanged());
    if (this.opts.auto) this.schedule('debounce', 0);
    await this.emitState();
  }

  // ---- state -------------------------------------------------------------------------------

  async state(): Promise<SyncState> {
    const db = this.ctx.workspace().db;
    const [outbox, conflicts, lastSuccessAt, account] = await Promise.all([
      outboxCount(db),
      db.get<{ n: number }>('SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL'),
      getMeta(db, META.lastSuccessAt),
      this.account(),
    ]);
    const s = this.status;
    const state = !this.online && s.state !== 'syncing' ? 'offline' : s.state;
    return {
      state,
      ...(s.error ? { error: s.error.toData(this.ctx.locale) } : {}),
      signedIn: !!account && !!(await this.ctx.keyStore.get(this.tokenKey())),
      ...(lastSuccessAt ? { lastSuccessAt } : {}),
      outbox,
      conflicts: conflicts?.n ?? 0,
      ...(s.nextRetryAt ? { nextRetryAt: s.nextRetryAt } : {}),
      ...(this.failingSince && s.error ? { failingSince: this.failingSince } : {}),
      ...(this.skewMs !== undefined ? { clockSkewMs: this.skewMs } : {}),
      clockSkewed: this.skewMs !== undefined && Math.abs(this.skewMs) > SKEW_LIMIT_MS,
      ...(s.massDelete ? { massDelete: s.massDelete } : {}),
    };
  }

  async emitState(): Promise<void> {
    if (this.closed) return;
    try {
      this.ctx.events.emit('sync.state', await this.state());
    } catch (err) {
      this.ctx.logger.warn('sync state not readable', { error: String(err) });
    }
  }

  private set(status: Status): void {
    this.status = status;
    void this.emitState();
  }

  private async outboxChanged(): Promise<void> {
    if (this.closed) return;
    try {
      this.ctx.events.emit('outbox.changed', { count: await outboxCount(this.ctx.workspace().db) });
    } catch {
      return;
    }
    await this.emitState();
    if (this.opts.auto) this.schedule('debounce', this.opts.debounceMs);
  }

  // ---- runs --------------------------------------------------------------------------------

  /** Runs sync now; during a run, one more run follows it and this resolves with that one. */
  request(): Promise<SyncRunResult> {
    if (this.closed) return Promise.resolve({ ...emptyResult(), failed: true, error: new AppError('WORKSPACE_UNAVAILABLE', { reason: 'closed' }).toData(this.ctx.locale) });
    if (!this.running) {
      this.running = this.run().finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.request();
    });
    return this.queued;
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (!online) {
      this.clear('retry');
      this.clear('debounce');
      void this.emitState();
    } else if (this.opts.auto) this.schedule('debounce', 0);
    else void this.emitState();
  }

  /** After SYNC_MASS_DELETE: the next run applies the removal. */
  confirmMassDelete(): Promise<SyncRunResult> {
    this.confirmed = true;
    return this.request();
  }

  private schedule(which: 'retry' | 'debounce', ms: number): void {
    if (this.closed) return;
    this.clear(which);
    const handle = this.scheduler.setTimeout(() => {
      if (which === 'retry') this.retryTimer = undefined;
      else this.debounceTimer = undefined;
      void this.autoRun();
    }, ms);
    if (which === 'retry') this.retryTimer = handle;
    else this.debounceTimer = handle;
  }

  private clear(which: 'retry' | 'debounce'): void {
    const h = which === 'retry' ? this.retryTimer : this.debounceTimer;
    if (h !== undefined) this.scheduler.clearTimeout(h);
    if (which === 'retry') this.retryTimer = undefined;
    else this.debounceTimer = undefined;
  }

  /** Automatic runs only for a signed-in workspace that is online; they never throw. */
  private async autoRun(): Promise<void> {
    if (this.closed || !this.online || this.policy.error) return;
    try {
      if (!(await this.account())) return;
      await this.request();
    } catch (err) {
      this.ctx.logger.warn('automatic sync failed', { error: String(err) });
    }
  }

  private async run(): Promise<SyncRunResult> {
    const result = emptyResult();
    const steps = emptySteps();
    const t0 = performance.now();
    this.clear('retry');
    const massDelete = this.status.massDelete;
    try {
      if (this.policy.error) throw this.policy.error;
      const session = await this.session();
      steps.sessionMs = since(t0);
      this.set({ state: 'syncing', ...(massDelete ? { massDelete } : {}) });
      if (session.account.role === 'officer') {
        const p0 = performance.now();
        Object.assign(result, await pushAll(this.ctx, this.registry, session.client, session.token, (done, total) => this.ctx.events.emit('sync.progress', { phase: 'push', done, total }), this.opts.pushBatch));
        steps.pushMs = since(p0);
      }
      result.pulled = await this.pull(session, steps);
      this.confirmed = false;
      this.attempt = 0;
      this.failingSince = undefined;
      this.set({ state: 'idle' });
    } catch (err) {
      const error = err instanceof AppError ? err : new AppError('INTERNAL');
      if (!(err instanceof AppError)) this.ctx.logger.error('sync run failed', { error: err instanceof Error ? err.stack : String(err) });
      result.failed = true;
      result.error = error.toData(this.ctx.locale);
      this.failingSince ??= this.ctx.timeSource.now().toISOString();
      if (err instanceof MassDelete) {
        this.set({ state: 'error', error, massDelete: { removing: err.removing, cached: err.cached } });
      } else if (isTransient(error) && !this.closed) {
        const wait = backoffMs(this.attempt++, this.random, this.opts.retryBaseMs, this.opts.retryMaxMs);
        const nextRetryAt = new Date(this.ctx.timeSource.now().getTime() + wait).toISOString();
        const offline = error.code === 'SYNC_OFFLINE' || error.code === 'SYNC_TIMEOUT';
        this.set({ state: offline ? 'offline' : 'error', error, nextRetryAt });
        if (this.online) this.schedule('retry', wait);
      } else this.set({ state: 'error', error });
    }
    steps.ms = since(t0);
    this.ctx.logger.info('sync run', { ...Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Math.round(v)])), failed: result.failed });
    return result;
  }

  private async pull(session: Session, steps: RunSteps): Promise<number> {
    // What an earlier open could not apply of the migrated inbox goes first, in feed order.
    await applyCarried(this.ctx, this.registry);
    const ws = this.ctx.workspace();
    let pulled = 0;
    let resyncs = 0;
    // A page's rows are built (its kinds' `prepare`) as soon as it arrives, before its transaction.
    const fetchPage = (cursor: string) =>
      session.client.call('pull', { token: session.token, query: { cursor, limit: this.opts.pullLimit } }).then(async (page) => {
        if (!page.resyncRequired) await prepareChanges(this.registry, page.changes as Change[]);
        return page;
      });
    // The next page is fetched, checked and built while this one is written and committed (SQLite
    // works off the JS thread); it starts from this page's nextCursor, which is what the commit stores.
    let prefetched: { cursor: string; page: ReturnType<typeof fetchPage> } | undefined;
    try {
      for (;;) {
        const cursor = (await getMeta(ws.db, META.cursor)) ?? '0';
        const resync = (await getMeta(ws.db, META.resync)) === '1';
        const f0 = performance.now();
        const page = await (prefetched?.cursor === cursor ? prefetched.page : fetchPage(cursor));
        steps.fetchMs += since(f0);
        prefetched = undefined;
        if (page.hasMore && !page.resyncRequired) {
          prefetched = { cursor: page.nextCursor, page: fetchPage(page.nextCursor) };
          prefetched.page.catch(() => undefined);
        }
        if (page.resyncRequired) {
          // A second demand in one run (even from 0) is a platform fault, not a reason to loop.
          if (++resyncs > 1) throw new AppError('SYNC_BAD_RESPONSE', { reason: 'resync required again' });
          await this.ctx.write(async (tx, audit) => {
            await setMeta(tx, META.cursor, '0');
            await setMeta(tx, META.resync, '1');
            await startResync(this.registry, tx);
            await audit('sync.resync', 'feed', cursor, auditSummary('resync', { cursor }));
          });
          continue;
        }
        const done = !page.hasMore;
        const at = ws.now();
        const departmentCode = ws.requireInfo().departmentCode;
        const w0 = performance.now();
        let applyStart = w0;
        let applyEnd = w0;
        const applied = await this.ctx.write(async (tx, audit) => {
          applyStart = performance.now();
          const r = await applyPage(this.registry, tx, page.changes as Change[], { at, actor: 'sync', departmentCode, resync, confirmed: this.confirmed });
          let removed = 0;
          if (done && resync) {
            removed = await finishResync(this.registry, tx, this.confirmed);
            await setMeta(tx, META.resync, undefined);
          }
          await setMeta(tx, META.cursor, page.nextCursor);
          // The end of the feed after a successful push: the run is a success, stored with its page.
          if (done) await setMeta(tx, META.lastSuccessAt, at);
          if (page.changes.length || removed) await audit('sync.pull', 'feed', page.nextCursor, removed ? auditSummary('pulledWithRemoved', { count: page.changes.length, removed }) : auditSummary('pulled', { count: page.changes.length }));
          applyEnd = performance.now();
          return r;
        });
        steps.queueMs += applyStart - w0;
        steps.applyMs += applyEnd - applyStart;
        steps.commitMs += since(applyEnd);
        steps.pages++;
        steps.changes += page.changes.length;
        pulled += page.changes.length;
        this.ctx.events.emit('sync.progress', { phase: 'pull', done: pulled });
        const a0 = performance.now();
        await afterPage(this.ctx, this.registry, applied);
        steps.afterMs += since(a0);
        if (done) return pulled;
      }
    } finally {
      // A prefetch left over by a failure is dropped; its own failure is not this run's.
      prefetched?.page.catch(() => undefined);
    }
  }

  // ---- account -----------------------------------------------------------------------------

  private tokenKey(): string {
    return `platform-token:${createHash('sha256').update(this.ctx.workspace().paths.dir).digest('hex').slice(0, 16)}`;
  }

  async account(): Promise<AccountView | undefined> {
    const raw = await getMeta(this.ctx.workspace().db, META.account);
    if (!raw) return undefined;
    const parsed = accountViewSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data, platformUrl: this.policy.platformUrl ?? parsed.data.platformUrl } : undefined;
  }

  private async session(): Promise<Session> {
    const account = await this.account();
    const token = account ? await this.ctx.keyStore.get(this.tokenKey()) : undefined;
    if (!account || !token) throw new AppError('SYNC_SIGNED_OUT');
    return { account, token, client: this.client(account.platformUrl) };
  }

  client(url: string): PlatformClient {
    let c = this.clients.get(url);
    if (!c) {
      c = new PlatformClient({
        baseUrl: url,
        ca: this.policy.ca,
        timeSource: this.ctx.timeSource,
        locale: this.ctx.locale,
        timeoutMs: this.opts.timeoutMs,
        maxResponseBytes: this.opts.maxResponseBytes,
        ...(this.opts.transport ? { transport: this.opts.transport } : {}),
        onServerTime: (skew) => (this.skewMs = skew),
      });
      this.clients.set(url, c);
    }
    return c;
  }

  async signIn(input: { platformUrl?: string; user: string; password: string }): Promise<AccountView> {
    if (this.policy.error) throw this.policy.error;
    if (input.platformUrl && input.platformUrl !== this.policy.platformUrl) assertUnlocked(this.policy, 'platformUrl', this.ctx.locale);
    const ws = this.ctx.workspace();
    const info = ws.requireInfo();
    const url = this.policy.platformUrl ?? input.platformUrl ?? (await getMeta(ws.db, META.platformUrl));
    if (!url) throw new AppError('SYNC_NO_PLATFORM');
    const res = await this.client(url).call('login', { body: { user: input.user, password: input.password } });
    if (res.account.role === 'officer' && res.account.departmentCode !== info.departmentCode.toUpperCase()) {
      throw new AppError('SYNC_WRONG_DEPARTMENT', { account: res.account.departmentName, workspace: info.departmentName });
    }
    const account: AccountView = { ...res.account, expiresAt: res.expiresAt, platformUrl: url };
    await this.ctx.keyStore.set(this.tokenKey(), res.token);
    await this.ctx.write(async (tx, audit) => {
      const previous = await getMeta(tx, META.platformUrl);
      if (previous && previous !== url) {
        // Another platform: its feed positions mean nothing here; start over with a full resync.
        await setMeta(tx, META.cursor, '0');
        await setMeta(tx, META.resync, '1');
        await tx.run('DELETE FROM sync_uploads');
      }
      await setMeta(tx, META.platformUrl, url);
      await setMeta(tx, META.account, JSON.stringify(account));
      await audit('sync.signIn', 'account', account.user, auditSummary('signedIn', { user: account.user, role: account.role, url }));
    });
    this.set({ state: 'idle' });
    if (this.opts.auto) this.schedule('debounce', 0);
    return account;
  }

  async signOut(): Promise<void> {
    const account = await this.account();
    const token = await this.ctx.keyStore.get(this.tokenKey());
    if (account && token) await this.client(account.platformUrl).call('logout', { token }).catch(() => undefined);
    await this.ctx.keyStore.delete(this.tokenKey());
    await this.ctx.write(async (tx, audit) => {
      await setMeta(tx, META.account, undefined);
      await audit('sync.signOut', 'account', account?.user ?? '', account ? auditSummary('signedOutUser', { user: account.user }) : auditSummary('signedOut'));
    });
    this.clear('retry');
    this.set({ state: 'idle' });
  }

  /** Relays a reviewer endpoint with the signed-in token: the renderer never talks HTTP. */
  async relay<N extends EndpointName>(name: N, options: Omit<CallOptions, 'token'>) {
    const s = await this.session();
    return s.client.call(name, { ...options, token: s.token });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.clear('retry');
    this.clear('debounce');
    await this.queued?.catch(() => undefined);
    await this.running?.catch(() => undefined);
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
