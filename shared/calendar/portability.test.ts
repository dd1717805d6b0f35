import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type * as Calendar from './index';

/**
 * The calendar must run unchanged in the renderer: bundling it for the browser fails if it (or
 * chinese-days' JSON import) needs anything from Node, and the bundle must compute the same dates.
 */
describe('calendar bundle', () => {
  it.each(['browser', 'node'] as const)('bundles for the %s and computes the checked vectors', async (platform) => {
    const out = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      platform,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/from ["']node:|require\(["'](fs|path)["']\)/);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as typeof Calendar;
    const cal = mod.createWorkingCalendar();
    expect(cal.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(cal.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    expect(cal.coveredYears.at(-1)).toBe(2026);
  });
});
