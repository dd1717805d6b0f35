import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Workload } from './types';

export const WORKLOADS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'workloads');

function isWorkload(v: unknown): v is Workload {
  const w = v as Partial<Workload> | null;
  return !!w && typeof w.name === 'string' && typeof w.goal === 'number' && typeof w.unit === 'string' && typeof w.run === 'function';
}

/**
 * The registry is the folder: every `bench/workloads/*.ts` default-exports a workload or an array
 * of them. Adding a benchmark never means editing a shared list (several features add theirs).
 */
export async function loadWorkloads(dir = WORKLOADS_DIR): Promise<Workload[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
    .sort();
  const found: Workload[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default?: unknown };
    const list = Array.isArray(mod.default) ? mod.default : [mod.default];
    for (const w of list) {
      if (!isWorkload(w)) throw new Error(`bench/workloads/${f}: default export is not a Workload (name, goal, unit, run)`);
      if (found.some((o) => o.name === w.name)) throw new Error(`bench/workloads/${f}: duplicate workload name ${w.name}`);
      found.push(w);
    }
  }
  return found;
}

/** `npm run bench -- open` runs the workloads whose name contains any of the given words. */
export function selectWorkloads(all: Workload[], filters: string[]): Workload[] {
  if (filters.length === 0) return all;
  return all.filter((w) => filters.some((f) => w.name.includes(f)));
}
