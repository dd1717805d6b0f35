import sqlite3 from 'sqlite3';

export type SqlValue = string | number | bigint | null | Buffer | Uint8Array;
export type Params = readonly SqlValue[] | Record<string, SqlValue>;

/** A promise wrapper over one sqlite3 connection. */
export class Connection {
  private constructor(private readonly db: sqlite3.Database) {}

  static open(file: string, mode: 'readwrite' | 'readonly' = 'readwrite'): Promise<Connection> {
    const flags =
      mode === 'readonly' ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, flags, (err) => (err ? reject(err) : resolve(new Connection(db))));
    });
  }

  run(sql: string, params: Params = []): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  all<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[])));
    });
  }

  async get<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined)));
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  /** Makes the running statement fail with SQLITE_INTERRUPT (used to cancel a long check). */
  interrupt(): void {
    this.db.interrupt();
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

/** Placeholders for a multi-row insert: one statement for many rows is ~6× faster than one per row. */
export function valuesPlaceholders(rows: number, columns: number): string {
  const row = `(${new Array(columns).fill('?').join(',')})`;
  return new Array(rows).fill(row).join(',');
}
