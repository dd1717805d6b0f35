import type { WindowApi } from '@shared/ipc/api';

/** Events reach the window on `event:<name>`, so they never collide with a channel of the same name. */
export const EVENT_CHANNEL_PREFIX = 'event:';

export function eventChannel(name: string): string {
  return `${EVENT_CHANNEL_PREFIX}${name}`;
}

export interface PreloadBridge {
  /** `ipcRenderer.invoke(channel, input)` */
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** `ipcRenderer.on(channel, …)` passing only the payload on; returns the unsubscribe. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * `window.api`: one function per contract channel and one subscription per event, built from the
 * name lists — nothing generic, and no Electron object ever reaches the page. No `electron`
 * import here, so the shape is tested under vitest.
 */
export function buildWindowApi(channels: readonly string[], events: readonly string[], bridge: PreloadBridge): WindowApi {
  const call: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of channels) call[channel] = (input: unknown) => bridge.invoke(channel, input ?? {});
  const on: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
  for (const event of events) {
    on[event] = (listener) => {
      if (typeof listener !== 'function') throw new TypeError(`window.api.on['${event}'] needs a function`);
      return bridge.subscribe(eventChannel(event), (payload) => listener(payload));
    };
  }
  return Object.freeze({ call: Object.freeze(call), on: Object.freeze(on) }) as unknown as WindowApi;
}
