import { valuesPlaceholders, type Connection, type SqlValue } from '../../electron/core/db/connection';

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
