import type { Locale } from '@shared/i18n/messages';
import type { Result } from '@shared/ipc/errors';
import type { FetchAnswer, FetchRequest } from './net-relay';

/**
 * Messages between the main process and the core host (the utility process), both directions.
 * Calls carry a request id so that answers are matched whatever order they come back in.
 */

export type KeyStoreOp = 'get' | 'set' | 'delete';

/** main → host */
export type MainToHost =
  /** `relayFetch`: send the platform requests through main (Chromium's network stack), not node:http(s). */
  | { type: 'start'; workspaceDir: string; locale: Locale; actor: string; relayFetch?: boolean }
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'locale'; locale: Locale }
  | { type: 'keyStore.result'; id: number; result: Result<string | null> }
  | { type: 'fetch.result'; id: number; answer: FetchAnswer }
  | { type: 'close' };

/** host → main */
export type HostToMain =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: string; payload: unknown }
  | { type: 'keyStore'; id: number; op: KeyStoreOp; key: string; value?: string }
  | { type: 'fetch'; id: number; request: FetchRequest }
  | { type: 'fetch.abort'; id: number }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; data?: Record<string, unknown> }
  | { type: 'closed' };

/** The guard both sides put on what arrives from the other one (a bug must not crash a process). */
export function isMessage<T extends { type: string }>(value: unknown): value is T {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
