import type { SqlValue } from './connection';
import type { Tx } from './database';

/** Lone UTF-16 surrogates, which a bound string turns into U+FFFD but JSON would carry as escapes. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Rows as the JSON text `insertJsonRows` unpacks, with strings as a bound parameter would store
 * them (lone surrogates as U+FFFD). Built apart from the insert, it can be built ahead of it.
 */
export function rowsJson(rows: readonly SqlValue[][]): string {
  return valuesJson(rows);
}

/** A list of values (or rows) as JSON for `json_each`, strings as a bound parameter would store them. */
export function valuesJson(values: readonly (SqlValue | readonly SqlValue[])[]): string {
  const json = JSON.stringify(values);
  // JSON.stringify writes a lone surrogate as `\udxxx`: only then is the slower clean-up needed.
  return /\\ud[89a-f]/i.test(json) ? JSON.stringify(values, (_k, v: unknown) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '\ufffd') : v)) : json;
}

/**
 * Inserts rows given as one JSON array of arrays (`rowsJson`), which SQLite unpacks with
 * `json_each`: binding 130,000 values one by one (10,000 data items) costs the main thread more
 * than SQLite's parse of one string.
 */
export async function insertJsonRows(tx: Tx, table: string, columns: readonly string[], json: string): Promise<void> {
  const select = columns.map((_, k) => `value->>${k}`).join(',');
  await tx.run(`INSERT INTO ${table} (${columns.join(',')}) SELECT ${select} FROM json_each(?)`, [json]);
}

/** `insertJsonRows` of `rows` (nothing when there are none). */
export async function insertRowsAsJson(tx: Tx, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void> {
  if (rows.length === 0) return;
  await insertJsonRows(tx, table, columns, rowsJson(rows));
}

/**
 * Runs write jobs one after another with one in flight: the caller builds the next job's rows while
 * SQLite (on its own thread) runs the previous statement. `drain` before the transaction ends.
 */
export function pipeline() {
  let previous: Promise<void> = Promise.resolve();
  return {
    async send(job: () => Promise<void>): Promise<void> {
      await previous;
      previous = job();
      previous.catch(() => {}); // awaited by the next send or by drain
    },
    /** Waits for the statement in flight; rethrows its failure. */
    async drain(): Promise<void> {
      await previous;
    },
    /** Waits without rethrowing (a rollback must come after the statement, whatever its fate). */
    settle: () => previous.catch(() => {}),
  };
}
