import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryKeyStore } from '../core/types';
import { workspacePaths } from '../core/workspace/paths';
import { DEPARTMENT, sampleEntry, tempDir } from '../../tests/helpers/core';
import { CoreClient } from './core-client';

/**
 * The built core host (out/main/core-host.cjs, from `npm run build`) in its own process, as the
 * shell runs it: Electron's `process.parentPort` is stood in for by Node's fork IPC — the one
 * Electron piece missing here. Shows the bundle finds its migrations and sqlite3 and answers.
 */
const bundle = fileURLToPath(new URL('../../out/main/core-host.cjs', import.meta.url));
const built = existsSync(bundle);

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

describe.skipIf(!built)('built core host bundle (run `npm run build` first)', () => {
  it('answers catalogue calls from its own process and closes cleanly', async () => {
    const { dir, cleanup } = tempDir('cw-bundle-');
    cleanups.push(cleanup);
    const child = fork('-e', [SHIM], { execArgv: [], env: { ...process.env, CW_CORE_HOST_BUNDLE: bundle }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
