/** Typed errors of sync, sign-in, the platform client and the administrator policy (docs/sync.md). */
export const SYNC_ERROR_CODES = [
  /** No platform address: neither the policy nor the officer gave one. */
  'SYNC_NO_PLATFORM',
  /** Nobody is signed in (or the token was removed). */
  'SYNC_SIGNED_OUT',
  /** The platform refused the token (expired or revoked): sign in again. */
  'SYNC_AUTH',
  /** Sign-in refused: wrong user or password. */
  'SYNC_BAD_CREDENTIALS',
  /** The account belongs to another department than this workspace. */
  'SYNC_WRONG_DEPARTMENT',
  /** The account may not do this (e.g. an officer calling reviewer endpoints). */
  'SYNC_FORBIDDEN',
  /** The platform cannot be reached (connection refused, DNS, reset). */
  'SYNC_OFFLINE',
  'SYNC_TIMEOUT',
  /** The TLS handshake failed: untrusted or wrong certificate. */
  'SYNC_TLS',
  /** The platform answered 5xx or 429: retried with backoff. */
  'SYNC_SERVER',
  /** The answer was not what the protocol says (garbage, wrong type, too large). */
  'SYNC_BAD_RESPONSE',
  /** The platform refused a request as invalid: shown with its reason, not retried. */
  'SYNC_REFUSED',
  /** A pull would remove more than half of the cached shared catalogue: confirm first. */
  'SYNC_MASS_DELETE',
  /** The conflict was already resolved, or the merge named a field the conflict does not have. */
  'SYNC_CONFLICT_RESOLVED',
  'SYNC_MERGE_UNSUPPORTED',
  /** The setting is locked by the administrator's policy. */
  'POLICY_LOCKED',
  /** The policy file exists but cannot be used: nothing of it is applied and sync refuses to run. */
  'POLICY_INVALID',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** Errors worth retrying later as they are (network, timeout, server trouble). */
export const TRANSIENT_SYNC_CODES: readonly SyncErrorCode[] = ['SYNC_OFFLINE', 'SYNC_TIMEOUT', 'SYNC_SERVER', 'SYNC_BAD_RESPONSE'];
