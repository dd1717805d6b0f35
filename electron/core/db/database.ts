import { Connection, type Params } from './connection';

/** The statements a transaction body may run: writes go only through `Database.transaction`. */
export type Tx = Pick<Connection, 'run' | 'all' | 'get' | 'exec'>;

/** Anything rows can be read from: a reader connection, or a transaction that sees its own writes. */
export type Reader = Pick<Database, 'get' | 'all'> | Tx;

/**
 * One workspace database: a writer connection behind a serial queue, so that each user action is
 * one transaction and none interleave, and two reader connections that see only committed data
 * (WAL). A connection runs one statement at a time; the second reader lets a query run one
 * statement beside another (search counts its facets while it ranks the page).
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();
  private writes = 0;
  /** Set when a `hold` gate failed: no later write may touch this file. */
  private refusal: unknown;

  private constructor(
    readonly file: string,
    private readonly writer: Connection,
    private readonly reader: Connection,
    private readonly spare: Connection,
  ) {}

  static async open(file: string): Promise<Database> {
    const writer = await Connection.open(file, 'readwrite');
    const opened = [writer];
    try {
      await writer.exec('PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
      const mode = await writer.get<{ journal_mode: string }>('PRAGMA journal_mode = WAL');
      if (mode?.journal_mode !== 'wal') throw new Error(`WAL not available (${mode?.journal_mode})`);
      await writer.exec('PRAGMA synchronous = NORMAL;');
      const reader = await openReader(file);
      opened.push(reader);
      const spare = await openReader(file);
      opened.push(spare);
      return new Database(file, writer, reader, spare);
    } catch (err) {
      await Promise.all(opened.map((c) => c.close().catch(() => {})));
      throw err;
    }
  }

  /** Runs `fn` in one IMMEDIATE transaction after every earlier one; any error rolls it all back. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.refusal) throw this.refusal;
      await this.writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.writer);
        await this.writer.exec('COMMIT');
        this.writes++;
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

  /** Statements outside a transaction that must still wait their turn (schema work, VACUUM INTO). */
  exclusive<T>(fn: (conn: Connection) => Promise<T>): Promise<T> {
    const run = () => (this.refusal ? Promise.reject(this.refusal) : fn(this.writer));
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }

  /**
   * Queues `gate` like a write: every write queued after it waits for it, and if it rejects, those
   * writes and all later ones fail with its error (the integrity check that runs after open).
   */
  hold(gate: Promise<void>): void {
    const held = this.queue.then(() => gate).catch((err: unknown) => {
      this.refusal = err;
    });
    this.queue = held;
  }

  all<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]> {
    return this.reader.all<T>(sql, params);
  }

  get<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T | undefined> {
    return this.reader.get<T>(sql, params);
  }

  /** A read on the second reader connection, so that it runs while `all`/`get` are busy. */
  allBeside<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]> {
    return this.spare.all<T>(sql, params);
  }

  /** Number of committed write transactions since open: a backup is needed only after writes. */
  get writeCount(): number {
    return this.writes;
  }

  async close(): Promise<void> {
    await this.queue;
    await Promise.all([this.reader.close(), this.spare.close()]);
    await this.writer.exec('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => {});
    await this.writer.close();
  }
}

async function openReader(file: string): Promise<Connection> {
  const reader = await Connection.open(file, 'readonly');
  await reader.exec('PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
  return reader;
}
