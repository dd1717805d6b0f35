import { SERVER_TIME_HEADER } from '@shared/protocol/common';
import type { PlatformFetch, PlatformFetchResponse } from '../core/sync/platform-client/client';

/**
 * The core's platform requests, relayed by the shell to Chromium's network stack. The core host
 * (a utility process) posts each request to main; main sends it with the sync session's `fetch`
 * (Electron `net`: system and PAC proxies, the OS trust store, the policy CA) and posts the answer
 * back. Neither side imports `electron`: the tests run both ends over a real MessageChannel.
 */

/** The sync session: in memory (no cookies or cache on disk), system proxy settings, the policy CA. */
export const SYNC_PARTITION = 'cw-sync';

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

export type FetchAnswer =
  | { ok: true; status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer> }
  /** `message` carries Chromium's `net::ERR_…`, or Node's socket error and its `code`. */
  | { ok: false; message: string; code?: string };

/** The client's own cap (DEFAULT_MAX_RESPONSE_BYTES): one byte more is read so it sees the overrun. */
export const RELAY_MAX_BYTES = 64 * 1024 * 1024 + 1;
/** The answer headers the platform client reads. */
const RELAYED_HEADERS = ['content-type', 'content-length', SERVER_TIME_HEADER];

/** Main's side: sends one relayed request through `fetch`, only to http(s) (never file: or app:). */
export async function sendRelayed(fetch: PlatformFetch, request: FetchRequest, signal: AbortSignal): Promise<FetchAnswer> {
  if (!isFetchRequest(request)) return { ok: false, message: 'malformed request' };
  let protocol: string;
  try {
    protocol = new URL(request.url).protocol;
  } catch {
    return { ok: false, message: `not a URL: ${request.url}` };
  }
  if (protocol !== 'https:' && protocol !== 'http:') return { ok: false, message: `refused scheme ${protocol}` };
  try {
    const res = await fetch(request.url, { method: request.method, headers: request.headers, ...(request.body ? { body: request.body } : {}), signal });
    const headers = RELAYED_HEADERS.flatMap((name): [string, string][] => {
      const value = res.headers.get(name);
      return value === null ? [] : [[name, value]];
    });
    return { ok: true, status: res.status, headers, body: await readCapped(res, RELAY_MAX_BYTES) };
  } catch (err) {
    return failure(err);
  }
}

/** What arrives from the host is checked like any message from another process. */
function isFetchRequest(value: unknown): value is FetchRequest {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<FetchRequest>;
  return (
    typeof r.url === 'string' &&
    typeof r.method === 'string' &&
    typeof r.headers === 'object' &&
    r.headers !== null &&
    Object.values(r.headers).every((v) => typeof v === 'string') &&
    (r.body === undefined || r.body instanceof Uint8Array)
  );
}

async function readCapped(res: PlatformFetchResponse, cap: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size >= cap) {
      void reader.cancel().catch(() => {});
      break;
    }
  }
  const out = new Uint8Array(Math.min(size, cap));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A failure as plain data (it crosses the process boundary): Node fetch's cause, else the error itself. */
function failure(err: unknown): FetchAnswer {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { message?: unknown; code?: unknown; cause?: { message?: unknown; code?: unknown } };
  const cause = typeof e.cause === 'object' && e.cause !== null ? e.cause : undefined;
  const message = String(cause?.message ?? e.message ?? err);
  const code = cause?.code ?? e.code;
  return { ok: false, message, ...(typeof code === 'string' ? { code } : {}) };
}

/**
 * The host's side: a PlatformFetch that posts each request to main and waits for its answer. The
 * client's timeout aborts it (and main's request with it); `open` matches answers to requests.
 */
export function relayedFetch(
  post: (message: { type: 'fetch'; id: number; request: FetchRequest } | { type: 'fetch.abort'; id: number }) => void,
  open: () => { id: number; result: Promise<FetchAnswer> },
  settle: (id: number, answer: FetchAnswer) => void,
): PlatformFetch {
  return (url, init) => {
    if (init.signal.aborted) return Promise.reject(new Error('aborted'));
    const { id, result } = open();
    const onAbort = () => {
      post({ type: 'fetch.abort', id });
      settle(id, { ok: false, message: 'aborted' });
    };
    init.signal.addEventListener('abort', onAbort, { once: true });
    post({ type: 'fetch', id, request: { url, method: init.method, headers: init.headers, ...(init.body ? { body: init.body } : {}) } });
    return result.then((answer) => {
      init.signal.removeEventListener('abort', onAbort);
      if (!answer.ok) throw Object.assign(new Error(answer.message), answer.code ? { code: answer.code } : {});
      const headers = new Headers(answer.headers);
      return { status: answer.status, headers, body: new Blob([answer.body]).stream() };
    });
  };
}
