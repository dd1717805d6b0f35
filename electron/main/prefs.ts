import { z } from 'zod';
import { LOCALES } from '@shared/i18n/messages';
import type { Prefs } from '@shared/ipc/channels/shell';

/**
 * UI preferences the shell keeps between runs: what the renderer sees through `prefs.get` plus the
 * window bounds and the last workspace. Never domain data: that lives in the workspace.
 */
export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.output<typeof windowBoundsSchema>;

export const shellPrefsSchema = z.object({
  locale: z.enum(LOCALES).catch('zh-CN'),
  lastView: z.string().max(100).optional().catch(undefined),
  workspaceDir: z.string().min(1).max(4096).optional().catch(undefined),
  windowBounds: windowBoundsSchema.optional().catch(undefined),
});
export type ShellPrefs = z.output<typeof shellPrefsSchema>;

/** Where the prefs live: `prefs.json` in the app (prefs-store.ts), memory in tests. */
export interface PrefsStore {
  get(): ShellPrefs;
  set(patch: Partial<ShellPrefs>): ShellPrefs;
}

/**
 * Reads a stored value defensively: a hand-edited or older prefs file yields defaults for the
 * fields it gets wrong instead of breaking startup.
 */
export function sanitizePrefs(raw: unknown): ShellPrefs {
  const parsed = shellPrefsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : { locale: 'zh-CN' };
}

/** The part the renderer may see. */
export function rendererPrefs(prefs: ShellPrefs): Prefs {
  return { locale: prefs.locale, ...(prefs.lastView === undefined ? {} : { lastView: prefs.lastView }) };
}

/** A PrefsStore over any get/set of the whole object (the prefs file, or memory in tests). */
export function prefsStoreOver(read: () => unknown, write: (prefs: ShellPrefs) => void): PrefsStore {
  return {
    get: () => sanitizePrefs(read()),
    set(patch) {
      const next = sanitizePrefs({ ...sanitizePrefs(read()), ...patch });
      write(next);
      return next;
    },
  };
}

export function memoryPrefsStore(initial: unknown = {}): PrefsStore {
  let value = initial;
  return prefsStoreOver(
    () => value,
    (next) => void (value = next),
  );
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The saved bounds if the window would still be reachable on one of today's displays (at least
 * 100×50 px of it inside a work area), else nothing, so a window never reopens off-screen after
 * a monitor was unplugged.
 */
export function visibleBounds(saved: WindowBounds | undefined, workAreas: Rect[]): WindowBounds | undefined {
  if (!saved) return undefined;
  const reachable = workAreas.some((a) => {
    const w = Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x);
    const h = Math.min(saved.y + saved.height, a.y + a.height) - Math.max(saved.y, a.y);
    return w >= 100 && h >= 50;
  });
  return reachable ? saved : undefined;
}
