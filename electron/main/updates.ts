import type { UpdateMode } from '../core/policy/policy';

/**
 * Updates the administrator controls (no `electron` import: the tests drive it with a fake
 * updater). The policy names the feed (a generic server on the extranet holding the files
 * electron-builder produces: latest.yml, the installer and its .blockmap for differential
 * downloads) and the mode; without a feed there are no updates. electron-updater checks the
 * download's SHA-512 from latest.yml and, on Windows, the installer's Authenticode signature
 * against the publisher of the installed build; a failure is an `error` event and nothing is
 * installed.
 */

/** The part of electron-updater's `autoUpdater` used here. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  disableDifferentialDownload?: boolean;
  setFeedURL(options: { provider: 'generic'; url: string; channel?: string }): void;
  checkForUpdates(): Promise<unknown>;
  on(event: 'update-available' | 'update-downloaded' | 'error', listener: (arg: never) => void): unknown;
}

export interface UpdatePlan {
  mode: UpdateMode;
  /** Why the mode differs from the policy's, for the log. */
  note?: 'noFeed' | 'unpackaged' | 'perMachine';
}

/**
 * What the app does about updates. Not packaged, or no feed: off. A per-machine install (Program
 * Files, a deb under /opt) cannot replace itself without administrator rights, so `auto` becomes
 * `notify` there: the officer is told to ask the administrator, nothing is downloaded.
 */
export function updatePlan(policy: { updates?: UpdateMode; updateFeedUrl?: string }, env: { packaged: boolean; perMachine: boolean }): UpdatePlan {
  if (!policy.updateFeedUrl) return { mode: 'off', ...(policy.updates && policy.updates !== 'off' ? { note: 'noFeed' as const } : {}) };
  const wanted = policy.updates ?? 'notify';
  if (wanted === 'off') return { mode: 'off' };
  if (!env.packaged) return { mode: 'off', note: 'unpackaged' };
  if (wanted === 'auto' && env.perMachine) return { mode: 'notify', note: 'perMachine' };
  return { mode: wanted };
}

/**
 * Whether the running program is installed for all users: on Windows under Program Files
 * (the NSIS per-machine or MSI install), on Linux anywhere but an AppImage (a deb under /opt).
 */
export function installedPerMachine(exePath: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432].filter((r): r is string => !!r).map((r) => r.toLowerCase().replace(/[\\/]+$/, ''));
    const exe = exePath.toLowerCase();
    return roots.some((r) => exe.startsWith(`${r}\\`) || exe.startsWith(`${r}/`));
  }
  if (platform === 'linux') return !env.APPIMAGE;
  return false;
}

export type UpdateNotice =
  /** Nothing is downloaded in `notify` mode: the officer is told to ask the administrator. */
  | { kind: 'available'; version: string }
  | { kind: 'downloaded'; version: string }
  | { kind: 'failed'; reason: string };

export interface UpdateDeps {
  notify(notice: UpdateNotice): void;
  log(level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>): void;
}

/** Points the updater at the policy's feed and starts one check; returns false when updates are off. */
export function startUpdates(getUpdater: () => Updater, plan: UpdatePlan, feedUrl: string | undefined, deps: UpdateDeps): boolean {
  if (plan.note) deps.log('info', 'updates: policy mode adjusted', { mode: plan.mode, note: plan.note });
  if (plan.mode === 'off' || !feedUrl) return false;
  // electron-updater builds its platform updater on first access: not at all when updates are off.
  const updater = getUpdater();
  const auto = plan.mode === 'auto';
  updater.autoDownload = auto;
  updater.autoInstallOnAppQuit = auto;
  // The blockmap next to each installer lets an update fetch only the changed blocks.
  updater.disableDifferentialDownload = false;
  updater.setFeedURL({ provider: 'generic', url: feedUrl, channel: 'latest' });
  updater.on('update-available', ((info: { version?: string }) => {
    deps.log('info', 'update available', { version: info?.version });
    if (!auto) deps.notify({ kind: 'available', version: String(info?.version ?? '') });
  }) as (arg: never) => void);
  updater.on('update-downloaded', ((info: { version?: string }) => {
    deps.log('info', 'update downloaded; installed at quit', { version: info?.version });
    deps.notify({ kind: 'downloaded', version: String(info?.version ?? '') });
  }) as (arg: never) => void);
  updater.on('error', ((err: Error) => {
    // A signature or checksum that does not verify lands here too: nothing is installed.
    deps.log('error', 'update refused or failed', { error: err?.message?.slice(0, 500) });
    deps.notify({ kind: 'failed', reason: err?.message?.slice(0, 200) ?? '' });
  }) as (arg: never) => void);
  updater.checkForUpdates().catch((err: unknown) => deps.log('warn', 'update check failed', { error: err instanceof Error ? err.message : String(err) }));
  return true;
}
