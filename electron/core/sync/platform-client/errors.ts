import { AppError } from '@shared/ipc/errors';
import type { ErrorBody } from '@shared/protocol/index';
import { TRANSIENT_SYNC_CODES } from '@shared/sync/errors';

/** A typed protocol error (the platform's 4xx body) as the core's AppError. */
export function fromProtocolError(e: ErrorBody['error']): AppError {
  switch (e.code) {
    case 'AUTH_REQUIRED':
    case 'TOKEN_EXPIRED':
      return new AppError('SYNC_AUTH', { reason: e.message });
    case 'BAD_CREDENTIALS':
      return new AppError('SYNC_BAD_CREDENTIALS');
    case 'FORBIDDEN':
      return new AppError('SYNC_FORBIDDEN');
    case 'NOT_FOUND':
      return new AppError('NOT_FOUND');
    case 'CONFLICT':
      return new AppError('CONFLICT', { current: e.params?.current ?? '', yours: '' });
    case 'STATE_FORBIDS':
      return new AppError('STATE_FORBIDS', { state: e.params?.state ?? '' });
    case 'RATE_LIMITED':
    case 'INTERNAL':
    case 'UNAVAILABLE':
      return new AppError('SYNC_SERVER', { status: e.code });
    default:
      // The platform's field problems travel on too (its paths, its `validation.*` codes), so a form
      // relaying to the platform can show each at its field.
      return new AppError(
        'SYNC_REFUSED',
        { reason: e.message, ...(e.issues?.length ? { issues: e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') } : {}) },
        (e.issues ?? []).map((i) => ({ path: i.path, code: i.code })),
      );
  }
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The TLS reason of a connection error, or undefined when it is not about TLS. */
export function tlsReason(err: NodeJS.ErrnoException): string | undefined {
  const code = err.code ?? '';
  if (TLS_CODES.has(code) || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /certificate|ssl|tls/i.test(err.message)) return code || err.message;
  return undefined;
}

/**
 * A transport's failure as the core's error kinds. Node's fetch rejects with a TypeError whose
 * `cause` is the socket error (ECONNREFUSED, ENOTFOUND, a certificate code); Chromium's network
 * stack (Electron's `net`) with `net::ERR_…` in the message. TLS failures are SYNC_TLS; a refused
 * connection, an unknown host, a proxy that cannot be reached or wants credentials are SYNC_OFFLINE
 * with the reason, retried like any outage.
 */
export function transportError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const outer = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; message?: unknown; cause?: unknown };
  const cause = (typeof outer.cause === 'object' && outer.cause !== null ? outer.cause : undefined) as { code?: unknown; message?: unknown } | undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const message = text(cause?.message) || text(outer.message) || String(err);
  const chromium = /\bnet::(ERR_[A-Z0-9_]+)/.exec(`${text(outer.message)} ${text(cause?.message)}`)?.[1];
  if (chromium) return fromChromiumError(chromium);
  const code = text(cause?.code) || text(outer.code);
  const tls = tlsReason({ name: 'Error', code, message });
  if (tls) return new AppError('SYNC_TLS', { reason: tls });
  return new AppError('SYNC_OFFLINE', { reason: code || message });
}

/** Chromium's net error names (net_error_list.h) as the core's error kinds. */
export function fromChromiumError(name: string): AppError {
  if (/^ERR_PROXY_AUTH|^ERR_UNEXPECTED_PROXY_AUTH/.test(name)) return new AppError('SYNC_OFFLINE', { reason: `proxy authentication required (${name})` });
  if (/^ERR_(CERT_|SSL_|BAD_SSL_|CERTIFICATE_|PROXY_CERTIFICATE_)/.test(name)) return new AppError('SYNC_TLS', { reason: name });
  return new AppError('SYNC_OFFLINE', { reason: name });
}

export function isTransient(err: unknown): boolean {
  return err instanceof AppError && (TRANSIENT_SYNC_CODES as readonly string[]).includes(err.code);
}
