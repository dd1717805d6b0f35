import { performance } from 'node:perf_hooks';
import { Connection } from '../../electron/core/db/connection';
import { createCore } from '../../electron/core/index';
import { workspacePaths } from '../../electron/core/workspace/paths';
import { round, stats } from './timing';

export interface SearchRuns {
  /** The workspace to search (a copy: the core opens it for writing). */
  dir: string;
  queries: readonly string[];
  /** The FTS5 table the bare query reads, and its MATCH expression for a query. */
  table: string;
  fts: (q: string) => string;
  runs: number;
}

/**
 * `search.query` through dispatch beside the bare FTS5 query, alternating (each going first every
 * other time) so both see the same load of the shared machine: measured one after the other, the
 * ratio followed the load. After each, `search.facets` for the same query, timed apart (the search
 * screen asks for both at once); its exact total gives the mean match count. The first round of
 * queries warms up and is not counted. The integrity check runs before ready, not beside the
 * measured queries (a large file's check takes tens of seconds of a core after open).
 */
export async function measureSearch({ dir, queries, table, fts, runs }: SearchRuns) {
  const core = createCore({ workspaceDir: dir, sync: { auto: false }, checkAtOpenMaxBytes: Number.MAX_SAFE_INTEGER });
  await core.ready;
  const conn = await Connection.open(workspacePaths(dir).db, 'readonly');
  const q = (i: number) => queries[i % queries.length] as string;
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const ok = async (channel: string, input: unknown) => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { total: number };
  };
  let totals = 0;
  const appMs: number[] = [];
  const bareMs: number[] = [];
  const facetsMs: number[] = [];
  try {
    for (let i = 0; i < queries.length + runs; i++) {
      const app = () => timed(() => ok('search.query', { q: q(i), scope: 'all', limit: 20 }));
      const bare = () => timed(() => conn.all(`SELECT rowid, rank FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT 20`, [fts(q(i))]));
      let a: number;
      let b: number;
      if (i % 2) {
        a = await app();
        b = await bare();
      } else {
        b = await bare();
        a = await app();
      }
      const t0 = performance.now();
      // The exact total (search.query's count stops past its cap).
      const facets = await ok('search.facets', { q: q(i), scope: 'all' });
      const f = performance.now() - t0;
      if (i < queries.length) continue;
      totals += facets.total;
      appMs.push(a);
      bareMs.push(b);
      facetsMs.push(f);
    }
  } finally {
    await conn.close();
    await core.close();
  }
  const app = stats(appMs);
  const bare = stats(bareMs);
  const facets = stats(facetsMs);
  return {
    value: round(app.p95),
    bare: round(bare.p95),
    detail: {
      median: round(app.median),
      bareMedian: round(bare.median),
      facetsP95: round(facets.p95),
      facetsMedian: round(facets.median),
      meanMatches: round(totals / runs, 0),
      runs,
    },
  };
}
