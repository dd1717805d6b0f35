import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFn = (level: LogLevel, message: string, data?: Record<string, unknown>) => void;

/**
 * The shell's log: one JSON line per record in `<userData>/logs/main.log` (the core host's records
 * arrive over its port and land here too), so "details are in the log" holds for a packaged app
 * whose stderr nobody sees. Past `maxBytes` the file moves to `main.log.1` (one generation kept).
 * Logging never throws: a full disk must not take the app down with it.
 */
export function fileLogger(file: string, options: { maxBytes?: number; now?: () => Date; echo?: (line: string) => void } = {}): LogFn {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const now = options.now ?? (() => new Date());
  let ready = false;
  return (level, message, data) => {
    const line = `${JSON.stringify({ at: now().toISOString(), level, message, ...(data ? { data } : {}) })}\n`;
    options.echo?.(line);
    try {
      if (!ready) {
        mkdirSync(dirname(file), { recursive: true });
        ready = true;
      }
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        // No file yet.
      }
      if (size + line.length > maxBytes && size > 0) {
        rmSync(`${file}.1`, { force: true });
        renameSync(file, `${file}.1`);
      }
      appendFileSync(file, line);
    } catch {
      // Nowhere left to report it.
    }
  };
}
