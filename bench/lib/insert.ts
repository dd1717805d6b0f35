import { Connection, valuesPlaceholders, type SqlValue } from '../../electron/core/db/connection';

/** Generated rows into a table in multi-row statements (under SQLite's 32,766 bound values each). */
export async function insertRows(conn: Connection, table: string, rows: Record<string, SqlValue>[]): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!);
  const per = Math.floor(30_000 / cols.length);
  for (let i = 0; i < rows.length; i += per) {
    const batch = rows.slice(i, i + per);
    await conn.run(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${valuesPlaceholders(batch.length, cols.length)}`, batch.flatMap((r) => cols.map((c) => r[c]!)));
  }
}

/** Generated rows into a workspace file's tables, in table order, in one transaction. */
export async function insertTables(dbFile: string, tables: [table: string, rows: Record<string, SqlValue>[]][]): Promise<void> {
  const conn = await Connection.open(dbFile);
  try {
    await conn.exec('BEGIN');
    for (const [table, rows] of tables) await insertRows(conn, table, rows);
    await conn.exec('COMMIT');
  } finally {
    await conn.close();
  }
}

/**
 * The bare side of a deadline recompute: stores `[id, deadlines JSON]` pairs in one transaction,
 * 2,000 rows per multi-row UPDATE.
 */
export async function storeDeadlinesBare(conn: Connection, table: string, idColumn: string, updates: SqlValue[]): Promise<void> {
  await conn.exec('BEGIN IMMEDIATE');
  for (let i = 0; i < updates.length; i += 4000) {
    const chunk = updates.slice(i, i + 4000);
    await conn.run(
      `UPDATE ${table} SET deadlines = v.c FROM (SELECT column1 AS id, column2 AS c FROM (VALUES ${valuesPlaceholders(chunk.length / 2, 2)})) AS v WHERE ${table}.${idColumn} = v.id`,
      chunk,
    );
  }
  await conn.exec('COMMIT');
}
