import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from '@shared/ipc/contract';
import { tempDir } from '../../tests/helpers/core';

/**
 * The preload as electron.vite.config.ts bundles it, built into a temporary folder: one
 * CommonJS file that requires nothing but `electron` (a sandboxed preload can load no other
 * file), with the contract's names inlined. It is then run in a fresh V8 context with stand-ins
 * for `contextBridge` and `ipcRenderer`, the Electron edge.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = tempDir('cw-preload-out-');
let source = '';

beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV;
  try {
    const resolved = await resolveConfig({ configFile: join(root, 'electron.vite.config.ts'), logLevel: 'warn' }, 'build', 'production');
    const preload = resolved.config?.preload;
    if (!preload) throw new Error('electron.vite.config.ts has no preload section');
    await build({ ...preload, logLevel: 'warn', build: { ...preload.build, outDir: out.dir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  source = readFileSync(join(out.dir, 'index.cjs'), 'utf8');
}, 120_000);
afterAll(() => out.cleanup());

describe('preload bundle', () => {
  it('is one CommonJS file requiring only electron, without zod', () => {
    expect(readdirSync(out.dir)).toEqual(['index.cjs']);
    expect([...source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(source).not.toMatch(/^\s*import\s|\bimport\(|ZodType|safeParse/m);
  });

  it('exposes window.api with the contract channels and events, and nothing else', async () => {
    const exposed: { key: string; api: { call: Record<string, (i: unknown) => Promise<unknown>>; on: Record<string, unknown> } }[] = [];
    const invoked: [string, unknown][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: (typeof exposed)[number]['api']) => void exposed.push({ key, api }) },
      ipcRenderer: {
        invoke: async (channel: string, input: unknown) => (invoked.push([channel, input]), { ok: true, value: null }),
        on: () => {},
        removeListener: () => {},
      },
    };
    const requireStub = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`the preload required ${id}`);
    };
    runInNewContext(source, { require: requireStub, module: { exports: {} }, exports: {}, process: { env: {} } });
    expect(exposed.map((e) => e.key)).toEqual(['api']);
    const api = exposed[0]?.api;
    expect(Object.keys(api?.call ?? {}).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(api?.on ?? {}).sort()).toEqual([...EVENT_NAMES].sort());
    await api?.call['outbox.count']?.({});
    expect(invoked).toEqual([['outbox.count', {}]]);
  });
});
