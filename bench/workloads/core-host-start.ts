import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repeat, round } from '../lib/timing';
import type { Workload } from '../types';

// Cold start of the built core host (out/main/core-host.cjs, `npx electron-vite build`) in plain
// Node, as the shell's utility process runs it: from fork to its answer to the first call
// (`workspace.status` on an empty folder). Bare: fork of a Node process that answers at once.
const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'out/main/core-host.cjs');
const SHIM = `
process.parentPort = {
  postMessage: (m) => process.send(m),
  on: (event, listener) => event === 'message' && process.on('message', (data) => listener({ data })),
};
require(process.env.CW_CORE_HOST_BUNDLE);
`;
const BARE = `process.on('message', (m) => m.type === 'call' && process.send({ type: 'result', id: m.id, result: { ok: true, value: null } }));`;

function firstAnswer(script: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-start-'));
  const t0 = performance.now();
  const child = fork('-e', [script], { execArgv: [], env: { ...process.env, CW_CORE_HOST_BUNDLE: BUNDLE }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise<number>((done, fail) => {
    child.on('message', (m: { type?: string }) => {
      if (m.type !== 'result') return;
      const ms = performance.now() - t0;
      child.send({ type: 'close' });
      child.once('exit', () => {
        rmSync(dir, { recursive: true, force: true });
        done(ms);
      });
      setTimeout(() => child.kill(), 5000).unref();
    });
    child.once('error', fail);
    child.send({ type: 'start', workspaceDir: dir, locale: 'en', actor: 'bench' });
    child.send({ type: 'call', id: 1, channel: 'workspace.status', input: {} });
  });
}

const workload: Workload = {
  name: 'shell.coreHostColdStart',
  // No target was set; this guards against the start getting slower (measured ≈2 s on a loaded 2-core machine).
  goal: 2500,
  unit: 'ms',
  description: 'built core host in plain Node: fork → answer to the first call (median of 9)',
  async run() {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npx electron-vite build first`);
    const app = await repeat({ runs: 9, warmup: 1 }, () => firstAnswer(SHIM));
    const bare = await repeat({ runs: 9, warmup: 1 }, () => firstAnswer(BARE));
    return { value: round(app.median, 0), bare: round(bare.median, 0), detail: { p95: round(app.p95, 0), min: round(app.min, 0), max: round(app.max, 0) } };
  },
};

export default workload;
