/** What one workload reports: its figure and the same work done bare in the underlying library. */
export interface Measured {
  /** The app's figure, in the workload's unit (usually the median over repeated runs). */
  value: number;
  /** The same work done directly on the library (bare sqlite3, bare exceljs…); null when there is none. */
  bare: number | null;
  /** Anything else worth printing and keeping: p95, sizes, variants. */
  detail?: Record<string, number | string>;
}

/** One benchmark: a file under bench/workloads/ default-exports one of these (or an array of them). */
export interface Workload {
  /** Dotted, stable, used as the key in bench-results.json and as the filter on the command line. */
  name: string;
  /** The target, in `unit`. */
  goal: number;
  /** `max` (default): the value must be at most the goal (a time); `min`: at least (a throughput). */
  goalKind?: 'max' | 'min';
  unit: string;
  /** One line saying what is measured, printed above the table. */
  description?: string;
  run(): Promise<Measured>;
}

export function meetsGoal(w: Pick<Workload, 'goal' | 'goalKind'>, value: number): boolean {
  return (w.goalKind ?? 'max') === 'max' ? value <= w.goal : value >= w.goal;
}
