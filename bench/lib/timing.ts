import { performance } from 'node:perf_hooks';

export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** Milliseconds taken by `fn`. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export function stats(samples: number[]): Stats {
  if (samples.length === 0) throw new Error('no samples');
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] as number;
  const mid = s.length >> 1;
  const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { median, p95: at(0.95), min: s[0] as number, max: s[s.length - 1] as number, runs: s.length };
}

/**
 * Runs `once` `warmup + runs` times and summarises the last `runs`. `once` returns the milliseconds
 * it wants counted, so set-up and tear-down around the measured part stay out of the figure.
 */
export async function repeat(opts: { runs: number; warmup?: number }, once: (i: number) => Promise<number>): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < (opts.warmup ?? 1) + opts.runs; i++) {
    const ms = await once(i);
    if (i >= (opts.warmup ?? 1)) samples.push(ms);
  }
  return stats(samples);
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
