import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { meetsGoal, type Measured, type Workload } from './types';
import { round } from './lib/timing';

export interface ResultRow {
  value: number;
  unit: string;
  bare: number | null;
  /** value / bare: the overhead the app adds over the library doing the same work. */
  ratio: number | null;
  goal: number;
  goalKind: 'max' | 'min';
  ok: boolean;
  detail?: Record<string, number | string>;
  measuredAt: string;
}

export function toRow(w: Workload, m: Measured, at: Date): ResultRow {
  return {
    value: round(m.value),
    unit: w.unit,
    bare: m.bare === null ? null : round(m.bare),
    ratio: m.bare ? Number((m.value / m.bare).toPrecision(3)) : null,
    goal: w.goal,
    goalKind: w.goalKind ?? 'max',
    ok: meetsGoal(w, m.value),
    ...(m.detail ? { detail: m.detail } : {}),
    measuredAt: at.toISOString(),
  };
}

/** The table printed at the end of `npm run bench`. */
export function table(rows: [string, ResultRow][]): string {
  const head = ['workload', 'value', 'bare', 'ratio', 'goal', 'ok?'];
  const body = rows.map(([name, r]) => [
    name,
    `${r.value} ${r.unit}`,
    r.bare === null ? '—' : `${r.bare} ${r.unit}`,
    r.ratio === null ? '—' : `${r.ratio}×`,
    `${r.goalKind === 'max' ? '≤' : '≥'} ${r.goal} ${r.unit}`,
    r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Merges into the results file, so running one workload keeps the others' last figures. */
export function writeResults(file: string, rows: [string, ResultRow][]): void {
  let previous: Record<string, ResultRow> = {};
  if (existsSync(file)) {
    try {
      previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ResultRow>;
    } catch {
      previous = {};
    }
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, ...Object.fromEntries(rows) }, null, 2)}\n`);
}
