import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import type { z } from 'zod';
import type { Locale } from '@shared/i18n/messages';
import { AppError } from '@shared/ipc/errors';
import { ATTACHMENT_UPLOAD_CONTENT_TYPE, ENDPOINTS, endpointPath, errorBodySchema, SERVER_TIME_HEADER, type EndpointName } from '@shared/protocol/index';
import { parsePullResponse } from '../pull-page';
import type { TimeSource } from '../../types';
import { fromProtocolError, tlsReason, transportError } from './errors';
import { proxyAuthorization, proxyFor, TunnelAgent, type ProxyEnv } from './env-proxy';

/** What a transport is asked to send: a subset of fetch's `RequestInit`. */
export interface PlatformFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  signal: AbortSignal;
}

/** What the client reads of an answer: a subset of fetch's `Response`. */
export interface PlatformFetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}

/**
 * A fetch-shaped transport: Node's `fetch`, Electron's `net.fetch` / `session.fetch`, or the core
 * host's relay to the shell all fit as they are. Failures reject (see `transportError`).
 */
export type PlatformFetch = (url: string, init: PlatformFetchInit) => Promise<PlatformFetchResponse>;

export interface PlatformClientOptions {
  /** `https://platform.example.gov.cn` (a path prefix is kept): API_BASE paths go under it. */
  baseUrl: string;
  /** PEM of the extranet's private CA(s), trusted in addition to the system roots (node:https only: a transport decides trust itself). */
  ca?: string;
  /**
   * Sends the requests instead of node:http(s). The app passes one that goes through Chromium's
   * network stack (system and PAC proxies, the OS trust store); the CLI and the tests leave it unset.
   */
  transport?: PlatformFetch;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the node:http(s) path; process.env by default. */
  proxyEnv?: ProxyEnv;
  /** Whole request, connect to last byte. */
  timeoutMs?: number;
  /** Largest answer read; a longer one is cut off as SYNC_BAD_RESPONSE. */
  maxResponseBytes?: number;
  locale?: Locale;
  timeSource: TimeSource;
  /** Called with (platform clock − local clock) from each answer's server-time header. */
  onServerTime?: (skewMs: number) => void;
}

type Endpoint<N extends EndpointName> = (typeof ENDPOINTS)[N];
type Out<N extends EndpointName> = Endpoint<N>['response'] extends z.ZodType ? z.output<Endpoint<N>['response']> : Buffer;

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  /** JSON, or a Buffer sent as raw bytes (attachment uploads). */
  body?: unknown;
  token?: string;
}

/** Endpoints whose answers are checked by a faster equivalent of their schema (same result, same refusals). */
const FAST_PARSERS: Partial<Record<EndpointName, (json: unknown) => z.ZodSafeParseResult<unknown>>> = { pull: parsePullResponse };

export const DEFAULT_TIMEOUT_MS = 30_000;
/** A pull page of 5,000 entries with their items is about 10 MB: leave room, stay bounded. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * The platform protocol over node:http(s). Every answer is checked — status, content type, size,
 * the protocol's zod schema — and every failure becomes a typed AppError (SYNC_*): transient ones
 * (offline, timeout, 5xx, garbage) are retried by sync, the others stop it with the reason.
 */
export class PlatformClient {
  private readonly agent: http.Agent | undefined;
  private readonly url: URL;
  /** The proxy of the node:http(s) path, from the environment (undefined: direct). */
  private readonly proxy: URL | undefined;

  constructor(private readonly opts: PlatformClientOptions) {
    this.url = new URL(opts.baseUrl);
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') throw new AppError('SYNC_NO_PLATFORM');
    this.proxy = opts.transport ? undefined : proxyFor(this.url, opts.proxyEnv ?? process.env);
    const tlsOptions = { keepAlive: true, ca: opts.ca ? [...rootCertificates, opts.ca] : undefined };
    this.agent = opts.transport
      ? undefined
      : this.url.protocol === 'https:'
        ? this.proxy
          ? new TunnelAgent(this.proxy, tlsOptions)
          : new https.Agent(tlsOptions)
        : new http.Agent({ keepAlive: true });
  }

  get baseUrl(): string {
    return this.opts.baseUrl;
  }

  async call<N extends EndpointName>(name: N, options: CallOptions = {}): Promise<Out<N>> {
    const def = ENDPOINTS[name];
    const { status, type, bytes } = await this.send(def.method, this.path(name, options), options);
    const text = bytes.toString('utf8');
    if (status >= 200 && status < 300) {
      // A download's bytes go back as they came: the caller checks them against their sha256.
      if (def.response === 'binary') return bytes as Out<N>;
      if (!/^application\/json\b/i.test(type)) throw new AppError('SYNC_BAD_RESPONSE', { reason: `content type ${type || 'none'}` });
      const schema = def.response as z.ZodType;
      const parse = FAST_PARSERS[name] ?? ((json: unknown) => schema.safeParse(json));
      const parsed = parse(parseJson(text));
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new AppError('SYNC_BAD_RESPONSE', { reason: `${first?.path.join('.') || 'body'}: ${first?.message ?? 'invalid'}` });
      }
      return parsed.data as Out<N>;
    }
    // A proxy that wants credentials nobody gave (the platform itself never answers 407).
    if (status === 407) throw new AppError('SYNC_OFFLINE', { reason: 'proxy authentication required (407)' });
    if (status >= 500 || status === 429) throw new AppError('SYNC_SERVER', { status });
    const body = /^application\/json\b/i.test(type) ? errorBodySchema.safeParse(parseJson(text)) : undefined;
    if (!body?.success) throw new AppError('SYNC_BAD_RESPONSE', { reason: `HTTP ${status}` });
    throw fromProtocolError(body.data.error);
  }

  close(): void {
    this.agent?.destroy();
  }

  private path(name: EndpointName, options: CallOptions): string {
    const prefix = this.url.pathname.replace(/\/+$/, '');
    const query = Object.entries(options.query ?? {}).filter(([, v]) => v !== undefined);
    const qs = query.length ? `?${new URLSearchParams(query.map(([k, v]) => [k, String(v)])).toString()}` : '';
    return prefix + endpointPath(name, options.params) + qs;
  }

  private send(method: string, path: string, options: CallOptions): Promise<{ status: number; type: string; bytes: Buffer }> {
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const max = this.opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    // Bytes (an attachment upload) go as they are; anything else as JSON.
    const binary = Buffer.isBuffer(options.body);
    const payload = options.body === undefined ? undefined : binary ? (options.body as Buffer) : Buffer.from(JSON.stringify(options.body));
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': this.opts.locale ?? 'zh-CN' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (payload) {
      headers['content-type'] = binary ? ATTACHMENT_UPLOAD_CONTENT_TYPE : 'application/json';
      headers['content-length'] = String(payload.length);
    }
    if (this.opts.transport) {
      // fetch computes the length itself (and refuses it as a header).
      delete headers['content-length'];
      return this.sendThrough(this.opts.transport, method, path, headers, payload, timeoutMs, max);
    }
    const agent = this.agent;
    const lib = this.url.protocol === 'https:' ? https : http;
    // Plain HTTP through a proxy: the request goes to the proxy, naming the whole URL.
    const viaProxy = this.proxy && this.url.protocol === 'http:' ? this.proxy : undefined;
    const auth = viaProxy && proxyAuthorization(viaProxy);
    if (auth) headers['proxy-authorization'] = auth;
    const target = viaProxy
      ? { protocol: 'http:', hostname: viaProxy.hostname, port: viaProxy.port || 80, path: `${this.url.origin}${path}` }
      : { protocol: this.url.protocol, hostname: this.url.hostname, port: this.url.port || undefined, path };
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (err: AppError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        reject(err);
      };
      const req = lib.request(
        { ...target, method, headers: viaProxy ? { ...headers, host: this.url.host } : headers, agent },
        (res) => {
          this.noteServerTime(res.headers[SERVER_TIME_HEADER]);
          const declared = Number(res.headers['content-length'] ?? 0);
          if (declared > max) return fail(new AppError('SYNC_BAD_RESPONSE', { reason: `answer of ${declared} bytes over the ${max} limit` }));
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > max) fail(new AppError('SYNC_BAD_RESPONSE', { reason: `answer over the ${max} byte limit` }));
            else chunks.push(chunk);
          });
          res.on('aborted', () => fail(new AppError('SYNC_OFFLINE', { reason: 'connection closed mid-answer' })));
          res.on('error', (err) => fail(new AppError('SYNC_OFFLINE', { reason: err.message })));
          res.on('end', () => {
            if (settled) return;
            if (!res.complete) return fail(new AppError('SYNC_OFFLINE', { reason: 'connection closed mid-answer' }));
            settled = true;
            clearTimeout(timer);
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), bytes: Buffer.concat(chunks) });
          });
        },
      );
      const timer = setTimeout(() => fail(new AppError('SYNC_TIMEOUT', { seconds: Math.round(timeoutMs / 100) / 10 })), timeoutMs);
      req.on('error', (err: NodeJS.ErrnoException) => {
        const tls = tlsReason(err);
        fail(tls ? new AppError('SYNC_TLS', { reason: tls }) : new AppError('SYNC_OFFLINE', { reason: err.code ?? err.message }));
      });
      req.end(payload);
    });
  }

  /** The same checks as over node:http(s), through an injected fetch-shaped transport. */
  private async sendThrough(
    transport: PlatformFetch,
    method: string,
    path: string,
    headers: Record<string, string>,
    payload: Buffer | undefined,
    timeoutMs: number,
    max: number,
  ): Promise<{ status: number; type: string; bytes: Buffer }> {
    const controller = new AbortController();
    let timedOut = false;
    const timeout = () => new AppError('SYNC_TIMEOUT', { seconds: Math.round(timeoutMs / 100) / 10 });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const url = new URL(path, this.url).href;
      const body = payload ? new Uint8Array(payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.length) as ArrayBuffer) : undefined;
      let res: PlatformFetchResponse;
      try {
        res = await transport(url, { method, headers, ...(body ? { body } : {}), signal: controller.signal });
      } catch (err) {
        throw timedOut ? timeout() : transportError(err);
      }
      this.noteServerTime(res.headers.get(SERVER_TIME_HEADER) ?? undefined);
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > max) {
        controller.abort();
        throw new AppError('SYNC_BAD_RESPONSE', { reason: `answer of ${declared} bytes over the ${max} limit` });
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await reader.read();
          } catch {
            throw timedOut ? timeout() : new AppError('SYNC_OFFLINE', { reason: 'connection closed mid-answer' });
          }
          if (chunk.done) break;
          size += chunk.value.length;
          if (size > max) {
            controller.abort();
            throw new AppError('SYNC_BAD_RESPONSE', { reason: `answer over the ${max} byte limit` });
          }
          chunks.push(chunk.value);
        }
      }
      return { status: res.status, type: res.headers.get('content-type') ?? '', bytes: Buffer.concat(chunks) };
    } finally {
      clearTimeout(timer);
    }
  }

  private noteServerTime(header: string | string[] | undefined): void {
    const at = Date.parse(String(header ?? ''));
    if (Number.isFinite(at)) this.opts.onServerTime?.(at - this.opts.timeSource.now().getTime());
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('SYNC_BAD_RESPONSE', { reason: 'not JSON' });
  }
}
