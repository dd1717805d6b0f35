import sqlite3 from 'sqlite3';

export type SqlValue = string | number | bigint | null | Buffer | Uint8Array;
export type Params = readonly SqlValue[];

/** Promise wrapper over one sqlite3 connection (the platform's own: it may not import electron/). */
export class Connection {
  private constructor(private readonly db: sqlite3.Database) {}

  static open(file: string, readonly = false): Promise<Connection> {
    const flags = readonly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
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

  all<T>(sql: string, params: Params = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  }

  get<T>(sql: string, params: Params = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => this.db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined))));
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

export type Tx = Pick<Connection, 'run' | 'all' | 'get' | 'exec'>;

/**
 * The platform database: one writer behind a serial queue (each request's writes are one
 * IMMEDIATE transaction, never interleaved) and one reader that sees committed data only (WAL).
 */
export class Db {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly writer: Connection,
    private readonly reader: Connection,
  ) {}

  static async open(file: string): Promise<Db> {
    const writer = await Connection.open(file);
    try {
      await writer.exec('PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
      const mode = await writer.get<{ journal_mode: string }>('PRAGMA journal_mode = WAL');
      if (mode?.journal_mode !== 'wal') throw new Error(`WAL not available (${mode?.journal_mode})`);
      // FULL: an answer the platform gave (a client then drops its outbox operation) must survive a
      // power cut, not only a crash of the process. One fsync per transaction; pushes are batched.
      await writer.exec('PRAGMA synchronous = FULL;');
      const reader = await Connection.open(file, true);
      await reader.exec('PRAGMA busy_timeout = 5000;');
      return new Db(writer, reader);
    } catch (err) {
      await writer.close().catch(() => {});
      throw err;
    }
  }

  /** Runs `fn` in one IMMEDIATE transaction after every earlier one; any error rolls it all back. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      await this.writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.writer);
        await this.writer.exec('COMMIT');
        return result;
      } catch (err) {
        await this.writer.exec('ROLLBACK').catch(() => {});
        throw err;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }

  all<T>(sql: string, params?: Params): Promise<T[]> {
    return this.reader.all<T>(sql, params);
  }

  get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return this.reader.get<T>(sql, params);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.reader.close();
    await this.writer.exec('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => {});
    await this.writer.close();
  }
}

/** Placeholders for a multi-row insert: one statement for many rows is several times faster. */
export function rowsPlaceholders(rows: number, columns: number): string {
  const row = `(${new Array(columns).fill('?').join(',')})`;
  return new Array(rows).fill(row).join(',');
}
