import { Database } from '../../electron/core/db/database';
import { applyReviewResult, markSubmitted } from '../../electron/core/catalogue/states';
import { workspacePaths } from '../../electron/core/workspace/paths';

/**
 * Test support: publishes entries the way sync does (ready → submitted → published through the
 * sync hooks), from a second connection while the core is closed; `at` is the publication time.
 */
export async function publishAsSync(dir: string, ids: string[], at: string): Promise<void> {
  const db = await Database.open(workspacePaths(dir).db);
  try {
    await db.transaction(async (tx) => {
      for (const id of ids) {
        await markSubmitted(tx, id, { actor: 'sync', at });
        await applyReviewResult(tx, id, { outcome: 'published' }, { actor: 'sync', at });
      }
    });
  } finally {
    await db.close();
  }
}

/**
 * Test support: `copies` copies of entry `id` in the workspace (new id, sequence and code; the rest
 * as the entry is), for a catalogue larger than a page without creating each through the core.
 */
export async function copyEntry(dir: string, id: string, copies: number): Promise<void> {
  const db = await Database.open(workspacePaths(dir).db);
  try {
    const columns = (await db.all<{ name: string }>('PRAGMA table_info(catalogue_entries)')).map((c) => c.name);
    const pick = (c: string) => (c === 'id' ? `id || '-' || i` : c === 'sequence' ? 'sequence + i' : c === 'code' ? `code || '-' || printf('%06d', i)` : c);
    await db.transaction((tx) =>
      tx.run(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO catalogue_entries (${columns.join(',')}) SELECT ${columns.map(pick).join(',')} FROM catalogue_entries, n WHERE id = ?`, [copies, id]),
    );
  } finally {
    await db.close();
  }
}
