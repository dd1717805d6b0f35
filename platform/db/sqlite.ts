import sqlite3 from 'sqlite3';

export type SqlValue = string | number | bigint | null | Buffer | Uint8Array;
export type Params = readonly SqlValue[];

/** Promise wrapper over one sqlite3 connection (the platform's own: it may not import electron/). */
export class Connection {
  /** Prepared statements by SQL text (the writer's: a push runs the same few thousands of times). */
  private readonly statements = new Map<string, sqlite3.Statement>();

  private constructor(
    private readonly db: sqlite3.Database,
    private readonly cacheStatements = false,
  ) {}

  static open(file: string, readonly = false, cacheStatements = false): Promise<Connection> {
    const flags = readonly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, flags, (err) => (err ? reject(err) : resolve(new Connection(db, cacheStatements))));
    });
  }

  /** A cached prepared statement, or undefined to prepare afresh (no cache, or a one-off multi-row text). */
  private async statement(sql: string, params: Params): Promise<sqlite3.Statement | undefined> {
    if (!this.cacheStatements || params.length > MAX_CACHED_PARAMS) return undefined;
    const hit = this.statements.get(sql);
    if (hit) {
      // Most recently used last: the first is the one to evict.
      this.statements.delete(sql);
      this.statements.set(sql, hit);
      return hit;
    }
    // With a callback a bad statement is this call's error, not an 'error' event that ends the process.
    const s = await new Promise<sqlite3.Statement>((resolve, reject) => {
      const st = this.db.prepare(sql, (err: Error | null) => (err ? reject(err) : resolve(st)));
    });
    const raced = this.statements.get(sql);
    if (raced) {
      s.finalize();
      return raced;
    }
    if (this.statements.size >= MAX_CACHED_STATEMENTS) {
      const [oldest, st] = this.statements.entries().next().value as [string, sqlite3.Statement];
      this.statements.delete(oldest);
      st.finalize();
    }
    this.statements.set(sql, s);
    return s;
  }

  async run(sql: string, params: Params = []): Promise<{ changes: number; lastID: number }> {
    const s = await this.statement(sql, params);
    return new Promise((resolve, reject) => {
      const done = function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ changes: this.changes, lastID: this.lastID });
      };
      if (s) s.run(params, done);
      else this.db.run(sql, params, done);
    });
  }

  async all<T>(sql: string, params: Params = []): Promise<T[]> {
    const s = await this.statement(sql, params);
    return new Promise((resolve, reject) => {
      const done = (err: Error | null, rows: unknown[]) => (err ? reject(err) : resolve(rows as T[]));
      if (s) s.all(params, done);
      else this.db.all(sql, params, done);
    });
  }

  async get<T>(sql: string, params: Params = []): Promise<T | undefined> {
    // A cached statement's `get` would stay open until reset; `all` steps it to the end (gets read one row).
    if (this.cacheStatements) return (await this.all<T>(sql, params))[0];
    return new Promise((resolve, reject) => this.db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined))));
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  async close(): Promise<void> {
    await Promise.all([...this.statements.values()].map((st) => new Promise<void>((r) => st.finalize(() => r()))));
    this.statements.clear();
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

const MAX_CACHED_STATEMENTS = 100;
/** Multi-row statements (hundreds of parameters) vary in size: prepared each time, not cached. */
const MAX_CACHED_PARAMS = 64;

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
    const writer = await Connection.open(file, false, true);
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
