/**
 * The preload of the app window (sandboxed, context-isolated): exposes `window.api` and nothing
 * else. The channel and event names come from the contract at build time (the `virtual:ipc-names`
 * module of electron.vite.config.ts), so this bundle carries neither zod nor a second list to keep
 * in sync.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES } from 'virtual:ipc-names';
import { buildWindowApi } from './api';

const api = buildWindowApi(CHANNEL_NAMES, EVENT_NAMES, {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe(channel, listener) {
    // The IpcRendererEvent (with its sender) stays here; the page gets the payload only.
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => void ipcRenderer.removeListener(channel, handler);
  },
});

contextBridge.exposeInMainWorld('api', api);
