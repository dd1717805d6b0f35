import { PULL_MAX_LIMIT } from '@shared/protocol/index';
import type { PlatformFetch } from './platform-client/client';

/** Timers the engine uses, injectable so tests decide when a debounce or a retry fires. */
export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface SyncOptions {
  /** Run on start, after changes (debounced) and on reconnect. Default true. */
  auto?: boolean;
  debounceMs?: number;
  /** Changes per pull page (the platform caps it at 5,000). */
  pullLimit?: number;
  /** Operations per push (the protocol caps it at 1,000). */
  pushBatch?: number;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** How requests reach the platform; node:http(s) when unset (the CLI, the tests). The app relays them to Chromium's network stack. */
  transport?: PlatformFetch;
  scheduler?: Scheduler;
  /** For the retry jitter; Math.random by default. */
  random?: () => number;
  retryBaseMs?: number;
  retryMaxMs?: number;
}

export const SYNC_DEFAULTS = {
  debounceMs: 2_000,
  // The protocol's largest page (about 6 MB of a first pull's shared entries): a province's
  // 1,000,000 entries are 200 pages, each one transaction and commit, not 500.
  pullLimit: PULL_MAX_LIMIT,
  retryBaseMs: 1_000,
  retryMaxMs: 5 * 60_000,
};

/** Exponential backoff with full jitter: a random wait in [0, min(max, base·2^attempt)). */
export function backoffMs(attempt: number, random: () => number, base = SYNC_DEFAULTS.retryBaseMs, max = SYNC_DEFAULTS.retryMaxMs): number {
  return Math.floor(random() * Math.min(max, base * 2 ** Math.min(attempt, 30)));
}

/** Over this, the skew between the local and the platform clock is shown (docs/sync.md). */
export const SKEW_LIMIT_MS = 5 * 60_000;
