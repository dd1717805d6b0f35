// The short version of `npm run faults`: 50 faults injected into push and pull between two cores
// and the real platform, then a clean sync: nothing lost, nothing applied twice.
import { describe, expect, it } from 'vitest';
import { describeFaults, runFaults } from './sync-faults-run';

describe('sync under injected faults', () => {
  it('loses and duplicates no operation and no change over 50 faults', { timeout: 240_000 }, async () => {
    const o = await runFaults({ faults: 50, seed: 7 });
    console.log(describeFaults(o));
    expect(o.faults).toBe(50);
    expect(o.failedRuns).toBeGreaterThan(0);
    expect(o.operations).toBeGreaterThan(20);
    expect(o.changes).toBeGreaterThan(0);
    expect({
      lostOperations: o.lostOperations,
      duplicatedOperations: o.duplicatedOperations,
      refusedOperations: o.refusedOperations,
      lostChanges: o.lostChanges,
      duplicatedChanges: o.duplicatedChanges,
      doneAfterFailure: o.doneAfterFailure,
    }).toEqual({ lostOperations: 0, duplicatedOperations: 0, refusedOperations: 0, lostChanges: 0, duplicatedChanges: 0, doneAfterFailure: 0 });
  });
});
