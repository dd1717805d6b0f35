// The short version of `npm run fuzz:docking`: 60 mutated table structures (SQL and CSV) read
// through the core's docking channel, each answered with items and translated problems or a typed
// refusal, nothing written, none slow.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/index';
import { initialisedCore, tempDir } from '../helpers/core';
import { dockingCase, runDockingFuzz } from '../generators/docking-fuzz';

let dir: string;
let cleanup: () => void;
let core: Core;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cw-docking-fuzz-'));
  core = await initialisedCore(join(dir, 'ws'));
});
afterAll(async () => {
  await core.close();
  cleanup();
});

describe('docking fuzz', () => {
  it('repeats a case from its seed and number', () => {
    expect(dockingCase(5, 17)).toEqual(dockingCase(5, 17));
    expect(dockingCase(5, 17).text).not.toBe(dockingCase(5, 18).text);
  });

  it('answers 60 mutated table structures (fixed seed) with items, named problems or typed refusals, writing nothing', async () => {
    const outcome = await runDockingFuzz({ core, workspaceDir: join(dir, 'ws'), seed: 2, cases: 60 });
    expect(outcome.failures).toEqual([]);
    expect(outcome.cases).toBe(60);
    expect(outcome.withItems).toBeGreaterThan(10);
    expect(Object.keys(outcome.problems).length + Object.keys(outcome.typedErrors).length).toBeGreaterThan(0);
  }, 120_000);
});
