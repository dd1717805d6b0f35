// A few trials of the crash soak (`npm run soak -- --trials 200` runs the long one): platform and
// core in child processes, SIGKILLed at seeded random points of import, push and pull.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('sync crash soak', () => {
  it('loses nothing and applies nothing twice over 3 seeded trials', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/soak.ts', '--trials', '3', '--seed', '7', '--batch', '4', '--quiet'], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(r.stdout.trim().split('\n').pop(), r.stderr).toBe('trials 3, lost 0, duplicated 0');
    expect(r.status).toBe(0);
  }, 180_000);
});
