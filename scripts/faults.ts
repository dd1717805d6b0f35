/**
 * `npm run faults -- [--faults 1000] [--seed 1]`: two workspaces sync with the reference platform
 * through a fault-injecting proxy on loopback (connections reset, timeouts, answers cut off half-way,
 * 5xx, slow answers in pieces, requests that reach the platform twice, answers lost after the
 * platform applied the request, garbage and oversized bodies, replayed pages, a skewed platform
 * clock) while a reviewer publishes and returns their submissions; then one clean sync. Prints the
 * faults by kind and the operations and changes lost or applied twice; exits 1 unless all are 0.
 */
import { describeFaults, runFaults } from '../tests/integration/sync-faults-run';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} needs a whole number`);
  return v;
}

const faults = flag('faults', 1000);
const seed = flag('seed', 1);
const outcome = await runFaults({ faults, seed, onProgress: (n) => n % 100 === 0 && console.log(`… ${n} faults`) });
console.log(JSON.stringify(outcome, null, 2));
console.log(describeFaults(outcome));
const bad = outcome.lostOperations + outcome.duplicatedOperations + outcome.refusedOperations + outcome.lostChanges + outcome.duplicatedChanges + outcome.doneAfterFailure;
console.log(`faults ${outcome.faults}, lost ${outcome.lostOperations + outcome.lostChanges}, duplicated ${outcome.duplicatedOperations + outcome.duplicatedChanges}`);
process.exit(bad ? 1 : 0);
