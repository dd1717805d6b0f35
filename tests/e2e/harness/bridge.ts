import type { Page } from '@playwright/test';
import { CHANNEL_NAMES, EVENT_NAMES } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/errors';

/** Answers one call from the page: the core's dispatch or the fake shell. */
export type Router = (channel: string, input: unknown) => Promise<Result<unknown>>;

const INVOKE = '__workbenchInvoke';
const EMIT = '__workbenchEmit';

/**
 * Gives the page a `window.api` of exactly the preload's shape (`WindowApi`): one function per
 * contract channel, one subscription per event — built before any page script runs, frozen, and
 * bridged by `exposeBinding` to `route` in the test process.
 */
export async function installWindowApi(page: Page, route: Router): Promise<void> {
  await page.exposeBinding(INVOKE, (_source, channel: string, input: unknown) => route(channel, input));
  await page.addInitScript(
    ({ channels, events, invoke, emit }) => {
      const w = window as unknown as Record<string, unknown>;
      const send = w[invoke] as (channel: string, input: unknown) => Promise<unknown>;
      const listeners = new Map(events.map((e) => [e, new Set<(payload: unknown) => void>()]));
      const call = Object.freeze(Object.fromEntries(channels.map((c) => [c, (input: unknown) => send(c, input)])));
      const on = Object.freeze(
        Object.fromEntries(
          events.map((e) => [
            e,
            (listener: (payload: unknown) => void) => {
              listeners.get(e)?.add(listener);
              return () => void listeners.get(e)?.delete(listener);
            },
          ]),
        ),
      );
      Object.defineProperty(window, 'api', { value: Object.freeze({ call, on }), enumerable: true });
      Object.defineProperty(window, emit, {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
      });
    },
    { channels: CHANNEL_NAMES as string[], events: EVENT_NAMES as string[], invoke: INVOKE, emit: EMIT },
  );
}

/** Delivers one pushed event to the page's listeners, as the preload's `ipcRenderer.on` would. */
export async function pushEvent(page: Page, event: string, payload: unknown): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate(([name, emit, data]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[emit]?.(name, data), [
      event,
      EMIT,
      payload,
    ] as const)
    // A page between two documents (reload) has no listeners to tell.
    .catch(() => {});
}
