// The fault run behind `npm run faults` and its short version in `npm test`: two cores sync with
// the real platform through the fault-injecting proxy while a reviewer publishes and returns their
// submissions, until the asked number of faults has been injected into push and pull; then one
// clean sync, and the count of operations and changes lost or applied twice.
import { join } from 'node:path';
import { Connection } from '../../electron/core/db/connection';
import { signedIn } from '../helpers/platform';
import { mulberry32 } from '../generators/random';
import { call, coreFor, disposeAll, officers, platform, submitNew, type TestCore } from './sync-helpers';
import { startProxy, type Action } from './sync-proxy';

export const FAULT_KINDS = [
  'reset',
  'timeout',
  'truncated',
  'serverError',
  'slow',
  'duplicated',
  'answerLost',
  'garbage',
  'oversized',
  'replayed',
  'clockSkew',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultOutcome {
  seed: number;
  faults: number;
  byKind: Record<FaultKind, number>;
  /** Faults by the endpoint they hit. */
  byPath: { push: number; pull: number };
  runs: number;
  failedRuns: number;
  /** Operations the cores queued (each submission is one). */
  operations: number;
  lostOperations: number;
  duplicatedOperations: number;
  /** Answers other than accepted (a duplicate applied would come back as a conflict). */
  refusedOperations: number;
  /** Review results and shared entries the platform holds, compared after the clean sync. */
  changes: number;
  lostChanges: number;
  duplicatedChanges: number;
  /** Runs that failed yet left the sync state idle or moved the last success. */
  doneAfterFailure: number;
  ms: number;
}

const PUSH = '/api/v1/sync/push';
const PULL = '/api/v1/sync/pull';
/** The cores' own limits, so a hang and an oversized body are faults of this run's size. */
const TIMEOUT_MS = 3_000;
const MAX_RESPONSE_BYTES = 256 * 1024;

function faultAction(kind: FaultKind, random: () => number): Action {
  switch (kind) {
    case 'reset':
      return 'reset';
    case 'timeout':
      return 'hang';
    case 'truncated':
      return 'dieMidAnswer';
    case 'serverError': {
      const status = [500, 502, 503, 504][Math.floor(random() * 4)]!;
      return { status, type: 'text/html', body: `<html>${status}</html>` };
    }
    case 'slow':
      return 'slow';
    case 'duplicated':
      return 'duplicate';
    case 'answerLost':
      return 'dropAnswer';
    case 'garbage':
      return random() < 0.5 ? { status: 200, type: 'text/html', body: '<html>portal login</html>' } : { replaceBody: (b) => b.slice(0, Math.max(1, Math.floor(b.length * random()))) };
    case 'oversized':
      return { status: 200, body: Buffer.alloc(MAX_RESPONSE_BYTES + 1024, 0x20) };
    case 'replayed':
      return 'replay';
    case 'clockSkew':
      // The answer is whole; only the platform's clock in it is hours off.
      return { replaceBody: (b) => b.replace(/"serverTime":"([^"]+)"/, (_m, t: string) => `"serverTime":"${new Date(new Date(t).getTime() + (random() < 0.5 ? -1 : 1) * 3 * 3600_000).toISOString()}"`) };
  }
}

async function rows<T>(file: string, sql: string, params: (string | number)[] = []): Promise<T[]> {
  const conn = await Connection.open(file, 'readonly');
  try {
    return await conn.all<T>(sql, params);
  } finally {
    await conn.close();
  }
}

interface Tracked {
  t: TestCore;
  /** opIds seen in the outbox. */
  opIds: Set<string>;
  /** Submissions made per entry. */
  submits: Map<string, number>;
  /** Review results the reviewer gave per entry, and the last one. */
  reviews: Map<string, { n: number; last: 'published' | 'returned' }>;
  lastSuccessAt?: string;
}

export async function runFaults(opts: { faults: number; seed: number; rate?: number; onProgress?: (faults: number) => void }): Promise<FaultOutcome> {
  const started = performance.now();
  const random = mulberry32(opts.seed);
  const rate = opts.rate ?? 0.35;
  const byKind = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  const byPath = { push: 0, pull: 0 };
  let injected = 0;
  try {
    const p = await platform();
    const proxy = await startProxy(p.url);
    try {
      const [oa, ob] = officers(p);
      const sync = { timeoutMs: TIMEOUT_MS, maxResponseBytes: MAX_RESPONSE_BYTES, pullLimit: 10, scheduler: { setTimeout: () => 0, clearTimeout: () => {} } };
      const cores: Tracked[] = [];
      for (const o of [oa!, ob!]) {
        cores.push({ t: await coreFor(p, o.user, { url: proxy.url, sync }), opIds: new Set(), submits: new Map(), reviews: new Map() });
      }
      const reviewer = await signedIn(p, p.accounts.find((a) => a.role === 'reviewer')!.user);
      const owner = new Map<string, Tracked>();
      // The demo seed's own entries of the departments, there before any submission.
      const seeded = new Set((await rows<{ id: string }>(join(p.dataDir, 'platform.db'), 'SELECT id FROM entries')).map((r) => r.id));

      proxy.rule = ({ path, replayable }) => {
        if ((path !== PUSH && path !== PULL) || injected >= opts.faults || random() >= rate) return 'pass';
        const kind = FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)]!;
        if (kind === 'replayed' && !replayable) return 'pass';
        injected++;
        byKind[kind]++;
        byPath[path === PUSH ? 'push' : 'pull']++;
        opts.onProgress?.(injected);
        return faultAction(kind, random);
      };

      /** The reviewer approves most of what waits and returns some, straight to the platform. */
      const review = async (all: boolean) => {
        const queue = await reviewer.send<{ entries: { id: string; revision: number }[] }>('GET', '/review/entries?limit=500');
        for (const e of queue.body.entries) {
          if (!all && random() < 0.3) continue;
          const returned = !all && random() < 0.25;
          const r = returned
            ? await reviewer.send('POST', `/review/entries/${e.id}/return`, { json: { revision: e.revision, comments: [{ field: 'summary', comment: '摘要不清' }] } })
            : await reviewer.send('POST', `/review/entries/${e.id}/approve`, { json: { revision: e.revision } });
          if (r.status !== 200) throw new Error(`review ${e.id}: ${r.status} ${JSON.stringify(r.body)}`);
          const c = owner.get(e.id);
          if (!c) continue;
          const prev = c.reviews.get(e.id);
          c.reviews.set(e.id, { n: (prev?.n ?? 0) + 1, last: returned ? 'returned' : 'published' });
        }
      };

      let runs = 0;
      let failedRuns = 0;
      let doneAfterFailure = 0;
      let round = 0;
      const syncOnce = async (c: Tracked) => {
        for (const op of (await call(c.t.core, 'outbox.list', { limit: 1000 })).ops) c.opIds.add(op.opId);
        const r = await call(c.t.core, 'sync.run', {});
        runs++;
        const s = await call(c.t.core, 'sync.state', {});
        if (r.failed) {
          failedRuns++;
          if (s.state === 'idle' || s.state === 'syncing' || s.lastSuccessAt !== c.lastSuccessAt) doneAfterFailure++;
        }
        c.lastSuccessAt = s.lastSuccessAt;
        return r;
      };

      while (injected < opts.faults) {
        round++;
        p.clock.advance(1_000);
        for (const c of cores) {
          const created = await submitNew(c.t, `故障演练-${c.t.user}-${round}`);
          owner.set(created.id, c);
          c.submits.set(created.id, 1);
          // Returned entries go back, as the officer would after reading the comments.
          for (const row of await rows<{ id: string; revision: number }>(join(c.t.dir, 'workspace.db'), "SELECT id, revision FROM catalogue_entries WHERE state = 'returned' LIMIT 2")) {
            const ready = await call(c.t.core, 'catalogue.setState', { id: row.id, revision: row.revision, state: 'ready' });
            await call(c.t.core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
            c.submits.set(row.id, (c.submits.get(row.id) ?? 0) + 1);
          }
          await syncOnce(c);
        }
        if (round % 2 === 0) await review(false);
        if (round > opts.faults * 20) throw new Error(`only ${injected} faults injected in ${round} rounds`);
      }

      // The clean sync: nothing injected any more; every submission reviewed; synced to the end.
      proxy.rule = () => 'pass';
      for (let i = 0; i < 3; i++) {
        for (const c of cores) await syncOnce(c);
        await review(true);
      }
      for (const c of cores) {
        const r = await syncOnce(c);
        if (r.failed) throw new Error(`the clean sync failed: ${JSON.stringify(r.error)}`);
      }

      // The checks, straight from both databases.
      const platformDb = join(p.dataDir, 'platform.db');
      let operations = 0;
      let lostOperations = 0;
      let duplicatedOperations = 0;
      let refusedOperations = 0;
      let changes = 0;
      let lostChanges = 0;
      let duplicatedChanges = 0;
      const published = new Map(
        (await rows<{ id: string; published_revision: number }>(platformDb, "SELECT id, published_revision FROM entries WHERE published_revision IS NOT NULL AND state <> 'retired'")).map((r) => [r.id, r.published_revision]),
      );
      for (const c of cores) {
        const ws = join(c.t.dir, 'workspace.db');
        const code = c.t.department.code;
        const applied = await rows<{ op_id: string }>(platformDb, 'SELECT op_id FROM ops WHERE department_code = ?', [code]);
        const appliedIds = new Set(applied.map((r) => r.op_id));
        operations += c.opIds.size;
        for (const id of c.opIds) if (!appliedIds.has(id)) lostOperations++;
        lostOperations += (await rows<{ n: number }>(ws, 'SELECT count(*) AS n FROM outbox'))[0]!.n;
        const perEntity = new Map(
          (await rows<{ entity_id: string; n: number }>(platformDb, "SELECT entity_id, count(*) AS n FROM ops WHERE kind = 'catalogue.submit' AND department_code = ? GROUP BY entity_id", [code])).map((r) => [r.entity_id, r.n]),
        );
        for (const [id, n] of c.submits) {
          const got = perEntity.get(id) ?? 0;
          if (got > n) duplicatedOperations += got - n;
          if (got < n) lostOperations += n - got;
        }
        const entries = await rows<{ id: string }>(platformDb, 'SELECT id FROM entries WHERE department_code = ?', [code]);
        for (const e of entries) if (!c.submits.has(e.id) && !seeded.has(e.id)) duplicatedOperations++;
        refusedOperations += (await call(c.t.core, 'outbox.answers', { limit: 1000 })).answers.filter((a) => a.status !== 'accepted').length;

        // Review results: the entry's state is the last result, and no result was applied more often than given.
        const local = new Map((await rows<{ id: string; state: string }>(ws, 'SELECT id, state FROM catalogue_entries')).map((r) => [r.id, r.state]));
        const results = new Map(
          (await rows<{ entry_id: string; n: number }>(ws, "SELECT entry_id, count(*) AS n FROM catalogue_revisions WHERE action LIKE 'sync.published%' OR action LIKE 'sync.returned%' GROUP BY entry_id")).map((r) => [r.entry_id, r.n]),
        );
        for (const [id, r] of c.reviews) {
          changes++;
          if (local.get(id) !== r.last) {
            lostChanges++;
            if (process.env.FAULTS_DEBUG) console.log('review lost', id, local.get(id), r);
          }
          if ((results.get(id) ?? 0) > r.n) duplicatedChanges++;
        }
        // The shared catalogue: every published entry at its published revision, nothing else.
        const shared = new Map((await rows<{ id: string; revision: number }>(ws, 'SELECT id, revision FROM shared_catalogue_entries')).map((r) => [r.id, r.revision]));
        for (const [id, revision] of published) {
          changes++;
          const have = shared.get(id);
          if (have === undefined || have < revision) {
            lostChanges++;
            if (process.env.FAULTS_DEBUG) console.log('shared lost', id, have, revision);
          }
          else if (have > revision) duplicatedChanges++;
        }
        for (const id of shared.keys()) if (!published.has(id)) duplicatedChanges++;
      }
      return {
        seed: opts.seed,
        faults: injected,
        byKind,
        byPath,
        runs,
        failedRuns,
        operations,
        lostOperations,
        duplicatedOperations,
        refusedOperations,
        changes,
        lostChanges,
        duplicatedChanges,
        doneAfterFailure,
        ms: Math.round(performance.now() - started),
      };
    } finally {
      await disposeAll();
      await proxy.close();
    }
  } finally {
    await disposeAll();
  }
}

/** One line per figure, for the script and the test's log. */
export function describeFaults(o: FaultOutcome): string {
  const kinds = FAULT_KINDS.map((k) => `${k} ${o.byKind[k]}`).join(', ');
  return [
    `faults ${o.faults} (push ${o.byPath.push}, pull ${o.byPath.pull}): ${kinds}`,
    `runs ${o.runs}, failed ${o.failedRuns}, done after a failure ${o.doneAfterFailure}`,
    `operations ${o.operations}: lost ${o.lostOperations}, duplicated ${o.duplicatedOperations}, refused ${o.refusedOperations}`,
    `changes ${o.changes}: lost ${o.lostChanges}, duplicated ${o.duplicatedChanges}`,
    `${(o.ms / 1000).toFixed(1)} s`,
  ].join('\n');
}
