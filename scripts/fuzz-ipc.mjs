#!/usr/bin/env node
// `npm run fuzz:ipc [-- --runs N]`: every core channel of the IPC contract fed N invalid payloads
// (default 1,000) generated from its zod input schema, through a real core (tests/unit/ipc-fuzz.test.ts).
import { spawnSync } from 'node:child_process';

const i = process.argv.indexOf('--runs');
const runs = i > 0 ? Number(process.argv[i + 1]) : 1000;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a positive whole number');
  process.exit(2);
}
const r = spawnSync('npx', ['--no-install', 'vitest', 'run', 'tests/unit/ipc-fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, IPC_FUZZ_RUNS: String(runs) },
});
process.exit(r.status ?? 1);
