/** Generated at build time by electron.vite.config.ts from CHANNEL_NAMES and EVENT_NAMES of the contract. */
declare module 'virtual:ipc-names' {
  export const CHANNEL_NAMES: readonly string[];
  export const EVENT_NAMES: readonly string[];
}
