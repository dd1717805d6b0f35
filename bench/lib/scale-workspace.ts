import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Database } from '../../electron/core/db/database';
import { loadMigrations } from '../../electron/core/db/migrate';
import { refreshOwnIndex } from '../../electron/core/search/own-index';
import { indexPendingShared } from '../../electron/core/search/shared-index';
import { applySharedEntries } from '../../electron/core/shared-catalogue/repository';
import { workspacePaths } from '../../electron/core/workspace/paths';
import { generateSharedEntries } from '../../tests/generators/shared-entries';
import { cachedDir } from './cache';
import { catalogueWorkspace } from './catalogue-workspace';

/** Bump when the generated data changes, so cached workspaces are rebuilt. */
const GENERATOR_VERSION = 1;
/** The department's own entries of the scale workspace (issue 15: 100,000 own entries). */
export const SCALE_OWN_ENTRIES = 100_000;
const ITEMS = 10;
/** Entries per applySharedEntries call, each its own transaction: one pulled page. Generated page by page, never whole. */
const PAGE = 1_000;

/** The shared-catalogue entry count of the scale workloads: BENCH_SCALE_ENTRIES, 1,000,000 unless set. */
export function scaleEntries(): number {
  const n = Number(process.env.BENCH_SCALE_ENTRIES ?? 1_000_000);
  if (!Number.isInteger(n) || n < PAGE) throw new Error(`BENCH_SCALE_ENTRIES must be an integer ≥ ${PAGE}`);
  return n;
}

/** Page `n` of the generated shared catalogue (seeded per page, so any page is made on its own). */
export function sharedPage(n: number, entries: number) {
  return generateSharedEntries(Math.min(PAGE, entries - n * PAGE), { seed: n + 1, start: n * PAGE, itemsPerEntry: ITEMS });
}

const INDEX_SOURCES = ['electron/core/search/documents.ts', 'electron/core/search/shared-index.ts', 'electron/core/search/own-index.ts', 'electron/core/search/facets.ts', 'shared/search/segment.ts', 'shared/search/pinyin.ts', 'tests/generators/shared-entries.ts'];
const sourcesKey = () =>
  createHash('sha256')
    .update(loadMigrations().map((m) => m.id + m.sql).join('\n'))
    .update(INDEX_SOURCES.map((f) => readFileSync(fileURLToPath(new URL(`../../${f}`, import.meta.url)), 'utf8')).join('\n'))
    .digest('hex');

/**
 * A workspace at a province's size: the bench's 100,000 own entries (catalogue-workspace.ts) and
 * `entries` shared-catalogue entries × 10 items, applied page by page as sync applies them (each
 * page generated, applied and dropped: memory stays flat at any size), then indexed as the
 * background indexers do. Cached between runs; closed without a backup (each run opens a copy).
 */
export async function scaleWorkspace(entries: number): Promise<string> {
  const t0 = Date.now();
  const own = await catalogueWorkspace(SCALE_OWN_ENTRIES, ITEMS);
  const { dir, built } = await cachedDir(
    `scale-workspace v${GENERATOR_VERSION} own ${SCALE_OWN_ENTRIES} shared ${entries}x${ITEMS} sources:${sourcesKey()}`,
    async (d) => {
      cpSync(own, d, { recursive: true });
      rmSync(`${d}/.complete`, { force: true });
      const paths = workspacePaths(d);
      rmSync(paths.backup, { force: true });
      const db = await Database.open(paths.db);
      const pages = Math.ceil(entries / PAGE);
      for (let n = 0; n < pages; n++) {
        const list = sharedPage(n, entries);
        await db.transaction((tx) => applySharedEntries(tx, list));
        if (n % 100 === 99) console.log(`  scale workspace: ${(n + 1) * PAGE} shared entries applied (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      }
      await refreshOwnIndex(db);
      for (let done = 0; ; ) {
        const n = await indexPendingShared(db, 50_000);
        done += n;
        if (n > 0) console.log(`  scale workspace: ${done} shared entries indexed (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        if (n < 50_000) break;
      }
      await db.exclusive((conn) => conn.exec('PRAGMA wal_checkpoint(TRUNCATE)'));
      await db.close();
    },
    { family: `scale-workspace-${entries}` },
  );
  if (built) console.log(`  generated the scale workspace (${SCALE_OWN_ENTRIES} own, ${entries} shared entries) in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}
