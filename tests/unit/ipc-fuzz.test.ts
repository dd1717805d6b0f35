/**
 * Every core channel of the IPC contract, fed invalid payloads generated from its own zod input
 * schema (tests/generators/zod-invalid.ts), through a real core on a real workspace: each one is
 * answered with a typed validation error — never a throw, never a stack trace — and nothing is
 * written (a digest of every table's rows and of the workspace folder, before and after each
 * channel's run). `IPC_FUZZ_RUNS` sets the payloads per channel (`npm run fuzz:ipc`: 1,000).
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/index';
import { CHANNELS, CHANNEL_NAMES } from '../../shared/ipc/contract';
import { appErrorSchema } from '../../shared/ipc/errors';
import { call, initialisedCore, sampleEntry, tempDir } from '../helpers/core';
import { invalidPayloads } from '../generators/zod-invalid';

const RUNS = Number(process.env.IPC_FUZZ_RUNS ?? 20);
const CORE_CHANNELS = CHANNEL_NAMES.filter((c) => CHANNELS[c].owner === 'core');

let core: Core;
let dir: string;
let cleanup: () => void;

/** A digest of every table's rows (read on its own connection) and of the workspace folder's files. */
async function digest(): Promise<string> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(join(dir, 'workspace.db'), sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(d)));
  });
  const all = (sql: string) => new Promise<Record<string, unknown>[]>((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[]))));
  const hash = createHash('sha256');
  try {
    const tables = await all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    for (const { name } of tables) {
      hash.update(`\n${String(name)}\n`);
      for (const row of await all(`SELECT * FROM "${String(name).replaceAll('"', '""')}" ORDER BY rowid`).catch(() => all(`SELECT * FROM "${String(name)}"`))) {
        hash.update(JSON.stringify(row, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
      }
    }
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
  // The folder: every file but the database's own journal files (checkpoints move pages between them).
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const f of walk(dir).sort()) {
    if (/workspace\.db(-wal|-shm)?$/.test(f)) continue;
    hash.update(`${f.slice(dir.length)}:${statSync(f).size}\n`);
  }
  return hash.digest('hex');
}

/** Text that looks like a stack trace or an internal path. */
const STACK = /\n\s+at\s|\bat\s+\S+\s+\(|node_modules|\.ts:\d+|\.js:\d+|Error:/;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cw-ipc-fuzz-'));
  core = await initialisedCore(dir);
  // Something in the tables, so a stray write or delete shows in the digest.
  await call(core, 'catalogue.create', { entry: sampleEntry() });
}, 60_000);

afterAll(async () => {
  await core?.close();
  cleanup?.();
});

describe('IPC contract under invalid payloads', () => {
  const counts = { channels: 0, payloads: 0, typedErrors: 0 };

  it.each(CORE_CHANNELS)(
    '%s answers every invalid payload with a typed error and writes nothing',
    async (channel) => {
      const schema = CHANNELS[channel].input;
      // dispatch reads a missing payload as {}.
      const accepted = (p: unknown) => schema.safeParse(p ?? {}).success;
      const before = await digest();
      let payloads = 0;
      let typed = 0;
      await fc.assert(
        fc.asyncProperty(invalidPayloads(schema, accepted), async (payload) => {
          payloads++;
          let result: Awaited<ReturnType<Core['dispatch']>>;
          try {
            result = await core.dispatch(channel, payload);
          } catch (err) {
            throw new Error(`dispatch threw: ${String(err)}`, { cause: err });
          }
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(appErrorSchema.safeParse(result.error).success).toBe(true);
          expect(result.error.code).toBe('VALIDATION');
          expect(JSON.stringify(result.error)).not.toMatch(STACK);
          typed++;
        }),
        { numRuns: RUNS, seed: Number(process.env.IPC_FUZZ_SEED ?? 15) + channel.length, endOnFailure: true },
      );
      expect(await digest()).toBe(before);
      expect(payloads).toBe(RUNS);
      expect(typed).toBe(payloads);
      counts.channels++;
      counts.payloads += payloads;
      counts.typedErrors += typed;
    },
    Math.max(20_000, RUNS * 200),
  );

  it('sees a write in its digest (so "nothing written" can fail)', async () => {
    const before = await digest();
    await call(core, 'catalogue.create', { entry: sampleEntry('用于核对摘要的目录') });
    expect(await digest()).not.toBe(before);
  });

  afterAll(() => {
    console.log(`ipc fuzz: ${counts.channels} channels, ${counts.payloads} invalid payloads, ${counts.typedErrors} typed errors (${counts.payloads ? ((100 * counts.typedErrors) / counts.payloads).toFixed(1) : 0} %), nothing written`);
  });
});
