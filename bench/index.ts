// `npm run bench [-- word…]`: runs the workloads of bench/workloads/ (those whose name contains
// one of the words, if given), prints a table and writes bench-results.json. See bench/README.md.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { loadWorkloads, selectWorkloads } from './registry';
import { table, toRow, writeResults, type ResultRow } from './report';

const RESULTS_FILE = resolve(process.env.BENCH_RESULTS ?? 'bench-results.json');

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const all = await loadWorkloads();
  const chosen = selectWorkloads(all, filters);
  if (chosen.length === 0) {
    const known = all.map((w) => w.name).join(', ') || 'none (add files to bench/workloads/)';
    console.error(`${filters.length ? `no workload matches ${filters.join(' ')}` : 'no workloads'}; known: ${known}`);
    return 1;
  }
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
  const rows: [string, ResultRow][] = [];
  let failed = 0;
  for (const w of chosen) {
    console.log(`\n▶ ${w.name}${w.description ? ` — ${w.description}` : ''}`);
    try {
      const m = await w.run();
      const row = toRow(w, m, new Date());
      rows.push([w.name, row]);
      console.log(`  ${row.value} ${row.unit} (bare ${row.bare ?? '—'})${m.detail ? ` ${JSON.stringify(m.detail)}` : ''}`);
    } catch (err) {
      failed++;
      console.error(`  failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  console.log(`\n${table(rows)}`);
  writeResults(RESULTS_FILE, rows);
  console.log(`\nwritten: ${RESULTS_FILE}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
