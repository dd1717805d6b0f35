import type { Locale } from '@shared/i18n/messages';
import { AppError, type AppErrorData, type Result } from '@shared/ipc/errors';
import type { KeyStore } from '../core/types';
import type { PlatformFetch } from '../core/sync/platform-client/client';
import { isMessage, type HostToMain, type MainToHost } from './host-protocol';
import { sendRelayed } from './net-relay';
import { PendingRequests } from './relay';

export interface CoreClientOptions {
  /** Posts to the host (`utilityProcess.postMessage`). */
  send(message: MainToHost): void;
  /** Secrets live in main (safeStorage); the host reaches them through this client. */
  keyStore: KeyStore;
  /** Core events to relay to the window. */
  onEvent(name: string, payload: unknown): void;
  onLog?(level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>): void;
  locale(): Locale;
  /** The reason text of the WORKSPACE_UNAVAILABLE error, in the current language. */
  reason(kind: 'timeout' | 'exited'): string;
  /** How long one call may take before the caller gets an error (the host may still finish it). */
  timeoutMs: number;
  /**
   * Sends the core's platform requests (the app: the sync session's `fetch`, Chromium's network
   * stack). Unset, the host connects with node:http(s) itself.
   */
  fetch?: PlatformFetch;
}

/**
 * Main's side of the core host: relays calls with request ids, answers the host's key store
 * requests, forwards its events, and closes it cleanly. No `electron` import: the tests drive it
 * against a real core host over a real MessageChannel.
 */
export class CoreClient {
  private readonly calls: PendingRequests<Result<unknown>>;
  private closing: Promise<void> | undefined;
  private closed: (() => void) | undefined;
  private exited = false;
  private readonly fetches = new Map<number, AbortController>();

  constructor(private readonly options: CoreClientOptions) {
    this.calls = new PendingRequests<Result<unknown>>(() => ({ ok: false, error: this.unavailable('timeout') }));
  }

  private unavailable(kind: 'timeout' | 'exited'): AppErrorData {
    return new AppError('WORKSPACE_UNAVAILABLE', { reason: this.options.reason(kind) }).toData(this.options.locale());
  }

  start(workspaceDir: string, actor: string): void {
    this.options.send({ type: 'start', workspaceDir, locale: this.options.locale(), actor, ...(this.options.fetch ? { relayFetch: true } : {}) });
  }

  call(channel: string, input: unknown): Promise<Result<unknown>> {
    if (this.exited) return Promise.resolve({ ok: false, error: this.unavailable('exited') });
    const { id, result } = this.calls.open(this.options.timeoutMs);
    this.options.send({ type: 'call', id, channel, input });
    return result;
  }

  setLocale(locale: Locale): void {
    if (!this.exited) this.options.send({ type: 'locale', locale });
  }

  /** Everything the host posts; anything malformed is ignored. */
  receive(message: unknown): void {
    if (!isMessage<HostToMain>(message)) return;
    switch (message.type) {
      case 'result':
        this.calls.settle(message.id, message.result);
        break;
      case 'event':
        this.options.onEvent(message.name, message.payload);
        break;
      case 'keyStore':
        void this.answerKeyStore(message);
        break;
      case 'fetch':
        void this.answerFetch(message);
        break;
      case 'fetch.abort':
        this.fetches.get(message.id)?.abort();
        break;
      case 'log':
        this.options.onLog?.(message.level, message.message, message.data);
        break;
      case 'closed':
        this.closed?.();
        break;
    }
  }

  private async answerKeyStore(message: Extract<HostToMain, { type: 'keyStore' }>): Promise<void> {
    const ks = this.options.keyStore;
    let result: Result<string | null>;
    try {
      if (message.op === 'get') result = { ok: true, value: (await ks.get(message.key)) ?? null };
      else if (message.op === 'set') result = { ok: true, value: (await ks.set(message.key, message.value ?? ''), null) };
      else result = { ok: true, value: (await ks.delete(message.key), null) };
    } catch (err) {
      const error = err instanceof AppError ? err : new AppError('INTERNAL');
      result = { ok: false, error: error.toData(this.options.locale()) };
    }
    if (!this.exited) this.options.send({ type: 'keyStore.result', id: message.id, result });
  }

  private async answerFetch(message: Extract<HostToMain, { type: 'fetch' }>): Promise<void> {
    const fetch = this.options.fetch;
    if (!fetch) {
      this.options.send({ type: 'fetch.result', id: message.id, answer: { ok: false, message: 'no network relay' } });
      return;
    }
    const controller = new AbortController();
    this.fetches.set(message.id, controller);
    const answer = await sendRelayed(fetch, message.request, controller.signal);
    this.fetches.delete(message.id);
    if (!this.exited && !controller.signal.aborted) this.options.send({ type: 'fetch.result', id: message.id, answer });
  }

  /** The host process has ended: every open call gets an error now, later ones at once. */
  hostExited(): void {
    this.exited = true;
    for (const c of this.fetches.values()) c.abort();
    this.fetches.clear();
    this.calls.settleAll(() => ({ ok: false, error: this.unavailable('exited') }));
    this.closed?.();
  }

  /**
   * Asks the host to close the core (which backs the workspace up) and waits for it, at most
   * `timeoutMs`; resolves `false` when the host did not confirm in time.
   */
  close(timeoutMs: number): Promise<boolean> {
    if (this.exited) return Promise.resolve(true);
    this.closing ??= new Promise<void>((resolve) => {
      this.closed = resolve;
      this.options.send({ type: 'close' });
    });
    return Promise.race([
      this.closing.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref?.()),
    ]);
  }

  get pendingCalls(): number {
    return this.calls.size;
  }
}
