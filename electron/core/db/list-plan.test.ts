import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_SORT_KEYS } from '@shared/ipc/channels/catalogue';
import { listEntries } from '../catalogue/read';
import type { Reader } from './database';
import { Database } from './database';
import { loadMigrations, migrate } from './migrate';
import { tempDir } from '../../../tests/helpers/core';

// The catalogue list must cost a page, not a sort of the whole catalogue, for every sort the table
// offers (bench: sorting 100,000 entries by state took 200–400 ms without a (state, id) index).
describe('catalogue list query plans', () => {
  let db: Database;
  let cleanup: () => void;

  beforeAll(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    db = await Database.open(join(t.dir, 'plan.db'));
    await migrate(db, loadMigrations(), '2026-03-02T09:00:00.000Z');
  });
  afterAll(async () => {
    await db.close();
    cleanup();
  });

  /** Runs listEntries against a reader that answers every query with its plan instead. */
  async function plans(q: Parameters<typeof listEntries>[1]): Promise<string[]> {
    const found: string[] = [];
    const explain = async (sql: string, params?: unknown) => {
      const rows = await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params as never);
      found.push(rows.map((r) => r.detail).join(' | '));
      return [];
    };
    const reader = { all: explain, get: async (sql: string, params?: unknown) => (await explain(sql, params))[0] } as unknown as Reader;
    await listEntries(reader, q);
    return found;
  }

  it.each(CATALOGUE_SORT_KEYS.flatMap((sort) => (['asc', 'desc'] as const).map((order) => [sort, order] as const)))(
    'sorts by %s %s through an index, without a temporary B-tree',
    async (sort, order) => {
      const found = await plans({ offset: 0, limit: 100, sort, order });
      const page = found.find((p) => p.includes('SCAN e ')) ?? '';
      expect(page, JSON.stringify(found)).toMatch(/SCAN e USING (COVERING )?INDEX/);
      for (const p of found) expect(p).not.toContain('TEMP B-TREE');
    },
  );
});
