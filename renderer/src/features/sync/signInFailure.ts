/**
 * A failed sign-in in the officer's words: what happened and what to do, chosen by the error code
 * and, for a refused or lost connection, by the system's reason. The raw code or reason goes only
 * to a details line, for whoever helps the officer.
 */
export interface SignInFailure {
  /** Key under `sync:signIn.error`, or undefined to use the error's own text. */
  key?: 'refused' | 'notFound' | 'reset' | 'offline' | 'timeout' | 'tls' | 'server' | 'badResponse';
  params: Record<string, unknown>;
  /** The raw code or reason, for the details line. */
  detail: string;
  /** Whether the typed password is kept: it is, when the password was never checked. */
  keepPassword: boolean;
}

const NETWORK = new Set(['SYNC_OFFLINE', 'SYNC_TIMEOUT', 'SYNC_TLS', 'SYNC_SERVER', 'SYNC_BAD_RESPONSE']);

export function signInFailure(code: string, params: Record<string, unknown> = {}): SignInFailure {
  const reason = typeof params.reason === 'string' ? params.reason : '';
  const detail = [code, reason || (params.status !== undefined ? `HTTP ${String(params.status)}` : '')].filter(Boolean).join(' · ');
  const keepPassword = NETWORK.has(code);
  const key = ((): SignInFailure['key'] => {
    switch (code) {
      case 'SYNC_OFFLINE':
        if (/ECONNREFUSED/i.test(reason)) return 'refused';
        if (/ENOTFOUND|EAI_AGAIN|EAI_NONAME/i.test(reason)) return 'notFound';
        if (/ECONNRESET|EPIPE|closed mid-answer|socket hang up/i.test(reason)) return 'reset';
        return 'offline';
      case 'SYNC_TIMEOUT':
        return 'timeout';
      case 'SYNC_TLS':
        return 'tls';
      case 'SYNC_SERVER':
        return 'server';
      case 'SYNC_BAD_RESPONSE':
        return 'badResponse';
      default:
        return undefined;
    }
  })();
  return { ...(key ? { key } : {}), params, detail, keepPassword };
}
