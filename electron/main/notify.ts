/** The part of Electron's `Notification` the helper needs (faked in tests: it is the OS edge). */
export interface NotificationSink {
  isSupported(): boolean;
  show(options: { title: string; body: string }, onClick: () => void): void;
}

export interface DesktopNotice {
  title: string;
  body: string;
}

const MAX_TITLE = 64;
const MAX_BODY = 240;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Desktop notifications for reminders (deadlines due, requests waiting): shown only when the OS
 * supports them, clipped to what notification centres display, and deduplicated by `key` within
 * `windowMs` so a reminder re-sent on every sync does not pile up. A click brings the window up.
 */
export function makeNotifier(sink: NotificationSink, focusWindow: () => void, now: () => number = Date.now, windowMs = 60 * 60_000) {
  const lastShown = new Map<string, number>();
  return function notify(notice: DesktopNotice, key?: string): boolean {
    if (!sink.isSupported()) return false;
    const t = now();
    if (key !== undefined) {
      const last = lastShown.get(key);
      if (last !== undefined && t - last < windowMs) return false;
      lastShown.set(key, t);
    }
    sink.show({ title: clip(notice.title, MAX_TITLE), body: clip(notice.body, MAX_BODY) }, focusWindow);
    return true;
  };
}
