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
