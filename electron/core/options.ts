import type { Locale } from '@shared/i18n/messages';
import type { ReminderOptions } from './deadlines/reminders';
import type { Policy } from './policy/policy';
import type { SyncOptions } from './sync/options';
import type { KeyStore, Logger, TimeSource } from './types';

/** The options of `createCore`: read only by the entry point (index.ts), the core's top layer. */
export interface CoreOptions {
  /** Folder holding workspace.db, its backup and attachments/. Created when missing. */
  workspaceDir: string;
  /** The current time; the system's by default. */
  timeSource?: TimeSource;
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
  /** Deadline reminders: check interval and timers (electron/core/deadlines/reminders.ts). */
  reminders?: ReminderOptions;
}
