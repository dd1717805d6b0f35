import type { WindowApi } from '@shared/ipc/api';

declare global {
  interface Window {
    /** Provided by the preload (or the e2e harness): the only way to reach the core and the shell. */
    readonly api: WindowApi;
  }
}
