import { AppError, type Result } from '@shared/ipc/errors';
import { createCore, type Core, type CoreOptions } from '../core/index';
import type { KeyStore, Logger } from '../core/types';
import { isMessage, type HostToMain, type KeyStoreOp, type MainToHost } from './host-protocol';
import { relayedFetch, type FetchAnswer } from './net-relay';
import { PendingRequests } from './relay';

/** The host's end of the port: `process.parentPort` in the utility process, a MessagePort in tests. */
export interface HostPort {
  postMessage(message: HostToMain): void;
  onMessage(listener: (message: unknown) => void): void;
}

export interface HostOptions {
  /** Key store calls to main that get no answer fail after this long. */
  keyStoreTimeoutMs?: number;
  /** Extra core options (tests pass a fixed clock or prepared migrations). */
  core?: Partial<CoreOptions>;
  /** How the core is made; tests wrap the real createCore to reach the options it got. */
  createCore?: typeof createCore;
}

/**
 * Runs the core in the process this is called in, answering main's messages on `port`:
 * `start` opens the workspace, `call`s are dispatched, core events are posted back, `close`
 * closes the core cleanly (backup) and resolves `done`. The key store lives in main.
 */
export function serveCore(port: HostPort, options: HostOptions = {}): { done: Promise<void> } {
  let core: Core | undefined;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const keyCalls = new PendingRequests<Result<string | null>>(() => ({
    ok: false,
    error: { code: 'INTERNAL', message: 'key store did not answer' },
  }));

  const remoteKey = async (op: KeyStoreOp, key: string, value?: string): Promise<string | null> => {
    const { id, result } = keyCalls.open(options.keyStoreTimeoutMs ?? 10_000);
    port.postMessage({ type: 'keyStore', id, op, key, ...(value === undefined ? {} : { value }) });
    const r = await result;
    if (!r.ok) throw new AppError(r.error.code);
    return r.value;
  };
  const keyStore: KeyStore = {
    get: async (key) => (await remoteKey('get', key)) ?? undefined,
    set: async (key, value) => void (await remoteKey('set', key, value)),
    delete: async (key) => void (await remoteKey('delete', key)),
  };
  // Platform requests relayed to main; the platform client's own timeout ends each one.
  const fetchCalls = new PendingRequests<FetchAnswer>(() => ({ ok: false, message: 'the shell did not answer' }));
  const transport = relayedFetch(
    (message) => port.postMessage(message),
    () => fetchCalls.open(0),
    (id, answer) => void fetchCalls.settle(id, answer),
  );
  const logger: Logger = {
    info: (message, data) => port.postMessage({ type: 'log', level: 'info', message, ...(data ? { data: plain(data) } : {}) }),
    warn: (message, data) => port.postMessage({ type: 'log', level: 'warn', message, ...(data ? { data: plain(data) } : {}) }),
    error: (message, data) => port.postMessage({ type: 'log', level: 'error', message, ...(data ? { data: plain(data) } : {}) }),
  };

  // Messages are handled in arrival order; a close waits for calls already running.
  const running = new Set<Promise<void>>();
  port.onMessage((message) => {
    if (!isMessage<MainToHost>(message)) return;
    switch (message.type) {
      case 'start': {
        if (core) return;
        const sync = message.relayFetch ? { ...options.core?.sync, transport } : options.core?.sync;
        core = (options.createCore ?? createCore)({
          workspaceDir: message.workspaceDir,
          locale: message.locale,
          actor: message.actor,
          keyStore,
          logger,
          ...options.core,
          ...(sync ? { sync } : {}),
        });
        core.onAny((name, payload) => port.postMessage({ type: 'event', name, payload }));
        return;
      }
      case 'call': {
        const { id, channel, input } = message;
        const task = (core ? core.dispatch(channel, input) : Promise.resolve(notStarted()))
          .then((result) => port.postMessage({ type: 'result', id, result }))
          .finally(() => running.delete(task));
        running.add(task);
        return;
      }
      case 'locale':
        core?.setLocale(message.locale);
        return;
      case 'keyStore.result':
        keyCalls.settle(message.id, message.result);
        return;
      case 'fetch.result':
        fetchCalls.settle(message.id, message.answer);
        return;
      case 'close':
        void Promise.allSettled([...running])
          .then(() => core?.close())
          .catch((err: unknown) => logger.error('core did not close cleanly', { error: String(err) }))
          .finally(() => {
            port.postMessage({ type: 'closed' });
            finish();
          });
        return;
    }
  });
  return { done };
}

function notStarted(): Result<unknown> {
  return { ok: false, error: new AppError('WORKSPACE_UNAVAILABLE', { reason: 'not started' }).toData('en') };
}

/** Log data must survive structured cloning: errors and other objects become strings. */
function plain(data: Record<string, unknown>): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  } catch {
    return { data: String(data) };
  }
}
