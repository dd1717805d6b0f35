import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where generated data lives between runs (outside the checkout, never committed). */
export const CACHE_ROOT = join(tmpdir(), 'catalogue-workbench-bench');

/**
 * A folder of generated data, built once per content key: anything that changes the data (its
 * size, the generator's version, the shipped migrations) must be part of `key`. Built in a scratch
 * folder and renamed into place, so an interrupted build is never taken for a finished one.
 * With a `family`, building a new version removes that family's other builds.
 */
export async function cachedDir(
  key: string,
  build: (dir: string) => Promise<void>,
  opts: { family?: string } = {},
): Promise<{ dir: string; built: boolean }> {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  const name = opts.family ? `${opts.family}-${hash}` : hash;
  const dir = join(CACHE_ROOT, name);
  if (existsSync(join(dir, '.complete'))) return { dir, built: false };
  mkdirSync(CACHE_ROOT, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  const work = mkdtempSync(join(CACHE_ROOT, `${name}.building-`));
  try {
    await build(work);
    writeFileSync(join(work, '.complete'), key);
    try {
      renameSync(work, dir);
    } catch (err) {
      // Another bench run built the same data meanwhile: use theirs.
      if (!existsSync(join(dir, '.complete'))) throw err;
      rmSync(work, { recursive: true, force: true });
      return { dir, built: false };
    }
    // A family's older builds (other sizes or versions of the same data) are dead weight: hundreds of MB.
    if (opts.family) {
      for (const old of readdirSync(CACHE_ROOT)) {
        if (old.startsWith(`${opts.family}-`) && old !== name && !old.includes('.building-')) rmSync(join(CACHE_ROOT, old), { recursive: true, force: true });
      }
    }
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    throw err;
  }
  return { dir, built: true };
}

const scratch = new Set<string>();

/** A scratch folder removed when the process exits (one exit listener for all of them). */
export function scratchDir(prefix = 'cw-bench-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (scratch.size === 0) {
    process.once('exit', () => {
      for (const d of scratch) rmSync(d, { recursive: true, force: true });
    });
  }
  scratch.add(dir);
  return dir;
}
