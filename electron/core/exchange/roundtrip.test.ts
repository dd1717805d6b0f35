import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Core } from '../index';
import { call, callError, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { richEntries } from './fixtures';

describe('Excel export → import round-trip', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(join(dir, 'ws'));
    for (const entry of richEntries()) await call(core, 'catalogue.create', { entry });
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  for (const layout of ['1272', 'modern'] as const) {
    it(`gives zero changes for the ${layout} layout`, async () => {
      const file = join(dir, `out-${layout}.xlsx`);
      const exported = await call(core, 'exchange.export', { layout, path: file });
      expect(exported).toMatchObject({ resources: 4, items: 13 });
      const preview = await call(core, 'exchange.importPreview', { path: file });
      expect(preview.errors).toEqual([]);
      expect(preview.layout).toBe(layout);
      expect(preview.summary).toMatchObject({ added: 0, changed: 0, unchanged: 4, invalid: 0, resources: 4, items: 13 });
      expect(preview.entries.every((e) => e.changes.length === 0)).toBe(true);
    });
  }

  it('imports an exported catalogue into an empty workspace, equal field by field', async () => {
    const file = join(dir, 'all.xlsx');
    await call(core, 'exchange.export', { layout: '1272', path: file });
    const before = await call(core, 'catalogue.list', { sort: 'code', order: 'asc' });
    const originals = await Promise.all(before.rows.map((r) => call(core, 'catalogue.get', { id: r.id })));

    const other = await initialisedCore(join(dir, 'ws2'), { logger: { info: () => {}, warn: () => {}, error: (m, d) => console.error(m, d) } });
    try {
      const preview = await call(other, 'exchange.importPreview', { path: file });
      expect(preview.summary).toMatchObject({ added: 4, changed: 0, unchanged: 0 });
      const applied = await call(other, 'exchange.importApply', { path: file, expectSha256: preview.sha256 });
      expect(applied).toMatchObject({ added: 4, changed: 0, unchanged: 0 });
      const after = await call(other, 'catalogue.list', { sort: 'code', order: 'asc' });
      const copies = await Promise.all(after.rows.map((r) => call(other, 'catalogue.get', { id: r.id })));
      const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
      expect(copies.map(strip)).toEqual(originals.map(strip));
      // Applying the same file again changes nothing.
      const again = await call(other, 'exchange.importPreview', { path: file });
      expect(again.summary).toMatchObject({ added: 0, changed: 0, unchanged: 4 });
    } finally {
      await other.close();
    }
  });

  it('refuses to apply a file that changed after its preview', async () => {
    const file = join(dir, 'a.xlsx');
    await call(core, 'exchange.export', { layout: '1272', path: file });
    const preview = await call(core, 'exchange.importPreview', { path: file });
    await call(core, 'exchange.export', { layout: 'modern', path: file });
    const err = await callError(core, 'exchange.importApply', { path: file, expectSha256: preview.sha256 });
    expect(err.code).toBe('EXCHANGE_FILE_CHANGED');
  });
});
