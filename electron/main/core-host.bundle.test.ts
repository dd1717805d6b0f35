import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryKeyStore } from '../core/types';
import { workspacePaths } from '../core/workspace/paths';
import { DEPARTMENT, sampleEntry, tempDir } from '../../tests/helpers/core';
import { CoreClient } from './core-client';

/**
 * The core host as electron.vite.config.ts bundles it (main section only, built into a temporary
 * folder), run in its own process as the shell runs it: Electron's `process.parentPort` is stood
 * in for by Node's fork IPC — the one Electron piece missing here. Shows the bundle finds its
 * migrations and sqlite3, answers, and closes cleanly.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = tempDir('cw-bundle-out-');
let bundle = '';

beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV;
  try {
    const resolved = await resolveConfig({ configFile: join(root, 'electron.vite.config.ts'), logLevel: 'warn' }, 'build', 'production');
    const main = resolved.config?.main;
    if (!main) throw new Error('electron.vite.config.ts has no main section');
    await build({ ...main, logLevel: 'warn', build: { ...main.build, outDir: out.dir, emptyOutDir: true } });
  } finally {
    // resolveConfig sets NODE_ENV for the build; the rest of the test run keeps its own.
    process.env.NODE_ENV = nodeEnv;
  }
  bundle = join(out.dir, 'core-host.cjs');
}, 120_000);
afterAll(() => out.cleanup());

// Electron hands the utility process `process.parentPort`, whose message events carry `data`.
const SHIM = `
process.parentPort = {
  postMessage: (m) => process.send(m),
  on: (event, listener) => event === 'message' && process.on('message', (data) => listener({ data })),
};
require(process.env.CW_CORE_HOST_BUNDLE);
`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('bundled core host', () => {
  it('answers catalogue calls from its own process and closes cleanly', async () => {
    const { dir, cleanup } = tempDir('cw-bundle-');
    cleanups.push(cleanup);
    expect(existsSync(join(out.dir, 'migrations'))).toBe(true);
    // The bundle lives outside the checkout: NODE_PATH lets it find the external sqlite3 and zod.
    const env = { ...process.env, CW_CORE_HOST_BUNDLE: bundle, NODE_PATH: join(root, 'node_modules') };
    const child = fork('-e', [SHIM], { execArgv: [], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    cleanups.push(() => child.kill());
    const client = new CoreClient({
      send: (m) => void child.send(m),
      keyStore: memoryKeyStore(),
      onEvent: () => {},
      locale: () => 'en',
      reason: (kind) => kind,
      timeoutMs: 15_000,
    });
    child.on('message', (m) => client.receive(m));
    client.start(dir, 'tester');

    const call = async (channel: string, input: unknown) => {
      const r = await client.call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value;
    };
    expect(await call('workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code })).toMatchObject({ dir });
    await call('catalogue.create', { entry: sampleEntry() });
    expect(await call('catalogue.list', {})).toMatchObject({ total: 1 });

    expect(await client.close(15_000)).toBe(true);
    expect(await exited).toBe(0);
    expect(existsSync(workspacePaths(dir).backup)).toBe(true);
  });
});
