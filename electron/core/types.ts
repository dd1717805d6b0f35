/**
 * The core's lowest layer of plain types: every folder may import them, they import no folder.
 * The options of `createCore` live in options.ts, beside the entry point that reads them.
 */

/** Where the core reads the current time from (the system's; a fixed or advancing one in tests). */
export interface TimeSource {
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

export const systemTime: TimeSource = { now: () => new Date() };

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export function memoryKeyStore(): KeyStore {
  const map = new Map<string, string>();
  return {
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    delete: async (k) => void map.delete(k),
  };
}
