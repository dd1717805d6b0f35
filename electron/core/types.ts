import type { Locale } from '@shared/i18n/messages';
import type { Policy } from './policy/policy';
import type { SyncOptions } from './sync/options';
import type { ReminderOptions } from './reminders/service';

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Secrets (the platform session token). The shell backs it with Electron safeStorage; tests with memory. */
export interface KeyStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface CoreOptions {
  /** Folder holding workspace.db, its backup and attachments/. Created when missing. */
  workspaceDir: string;
  clock?: Clock;
  logger?: Logger;
  keyStore?: KeyStore;
  /** Language of error messages. The renderer translates codes itself; the CLI follows LANG. */
  locale?: Locale;
  /** Who the audit log names for local actions (the OS user until sign-in). */
  actor?: string;
  /** Check every handler's output against the contract (on in tests, cheap enough to keep on). */
  validateOutputs?: boolean;
  /** Database files up to this size are integrity-checked before open completes; larger ones just after. */
  checkAtOpenMaxBytes?: number;
  /** The administrator's policy file; default the OS's machine-wide path, `null` for none. */
  policyPath?: string | null;
  /** A policy already loaded (tests); wins over `policyPath`. */
  policy?: Policy;
  /** Sync timers, limits and automatic runs (tests inject the scheduler). */
  sync?: SyncOptions;
  /** Deadline reminders: check interval and timers (electron/core/reminders). */
  reminders?: ReminderOptions;
}

export const systemClock: Clock = { now: () => new Date() };

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export function memoryKeyStore(): KeyStore {
  const map = new Map<string, string>();
  return {
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    delete: async (k) => void map.delete(k),
  };
}
