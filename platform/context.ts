import type { LoginThrottle } from './auth';
import type { Db } from './db/sqlite';
import type { Deadlines } from './deadlines';

/** What every route gets: the database, the clock, deadlines and the running options. */
export interface PlatformContext {
  db: Db;
  clock: () => Date;
  deadlines: Deadlines;
  dataDir: string;
  throttle: LoginThrottle;
  tokenTtlMs: number;
  attachmentMaxBytes: number;
  requireSealedForm: boolean;
}
