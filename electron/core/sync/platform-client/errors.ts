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
      return new AppError('SYNC_REFUSED', { reason: e.message, ...(e.issues?.length ? { issues: e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') } : {}) });
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

export function isTransient(err: unknown): boolean {
  return err instanceof AppError && (TRANSIENT_SYNC_CODES as readonly string[]).includes(err.code);
}
