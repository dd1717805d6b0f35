// The short version of `npm run fuzz:zip`: 40 workbooks whose zip container is mutated (records
// truncated, duplicated, misordered or unlisted, a directory that disagrees, bad CRCs, huge
// declared sizes, a deflate bomb, a nested zip, zero-length members) are each answered with a
// report or a typed error, and nothing is written.
import { mkdirSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/index';
import { call, initialisedCore, tempDir } from '../helpers/core';
import { richEntries } from '../helpers/workbooks';
import { runFuzz } from '../generators/workbook-fuzz-run';
import { fuzzBase } from '../generators/workbook-fuzz';
import { readMembers, writeZip, ZIP_MUTATIONS } from '../generators/zip-mutations';

let dir: string;
let cleanup: () => void;
let core: Core;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cw-zip-fuzz-'));
  core = await initialisedCore(join(dir, 'ws'));
  for (const entry of richEntries()) await call(core, 'catalogue.create', { entry });
});
afterAll(async () => {
  await core.close();
  cleanup();
});

describe('zip-level workbook fuzz', () => {
  it('writes the members back as a zip the importer reads like the original', async () => {
    const [bytes] = (await fuzzBase([])).bytes;
    const again = writeZip(readMembers(bytes!));
    const path = join(dir, 'rewritten.xlsx');
    (await import('node:fs')).writeFileSync(path, again);
    expect(await core.dispatch('exchange.importPreview', { path })).toMatchObject({ ok: true });
    const sheet = readMembers(again).find((m) => m.name.includes('worksheets/sheet'))!;
    expect(inflateRawSync(sheet.compressed).length).toBe(sheet.size);
  });

  it('answers 40 mutated containers (fixed seed) with reports or typed errors and writes nothing', async () => {
    const scratch = join(dir, 'cases');
    mkdirSync(scratch);
    const outcome = await runFuzz({ core, workspaceDir: join(dir, 'ws'), scratchDir: scratch, seed: 3, cases: 40, family: 'zip' });
    expect(outcome.failures).toEqual([]);
    expect(outcome.cases).toBe(40);
    expect(Object.keys(outcome.mutations).length).toBeGreaterThan(8);
    expect(Object.keys(outcome.mutations).every((m) => m.startsWith('zip.') && Object.hasOwn(ZIP_MUTATIONS, m.slice(4)))).toBe(true);
    expect(Object.keys(outcome.typedErrors).length).toBeGreaterThan(1);
  }, 120_000);
});
