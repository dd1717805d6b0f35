import type { HolidayYear } from '@shared/calendar/index';
import type { Locale } from '@shared/i18n/messages';
import type { CoreChannel, Output, ParsedInput } from '@shared/ipc/contract';
import { AppError } from '@shared/ipc/errors';
import { appendAudits } from './audit/audit';
import type { Database, Tx } from './db/database';
import type { EventBus } from './events';
import type { KeyStore, Logger, TimeSource } from './types';
import type { Workspace } from './workspace/workspace';

/** What every feature's handlers get: the open workspace, time, the audit log and the event bus. */
export interface CoreContext {
  readonly timeSource: TimeSource;
  readonly logger: Logger;
  readonly keyStore: KeyStore;
  readonly events: EventBus;
  readonly actor: string;
  readonly locale: Locale;
  /** The administrator's holiday schedules (policy `calendarOverrides`): they win over the bundled and the platform's. */
  readonly calendarOverrides: readonly HolidayYear[];
  /** The open workspace; throws the error that explains why there is none. */
  workspace(): Workspace;
  /** Closes the current workspace and opens another. */
  switchWorkspace(dir: string): Promise<void>;
  /**
   * One user action: one transaction holding the change and its audit record. `audit` is called
   * with what was done so the record is written before the commit; `auditMany` writes many records
   * in one statement (an import's one per entry).
   */
  write<T>(fn: (tx: Tx, audit: AuditFn, auditMany: (records: readonly AuditRecord[]) => Promise<void>) => Promise<T>): Promise<T>;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
}
type AuditFn = (action: string, entityType: string, entityId: string, summary: string) => Promise<void>;

export type Handler<C extends CoreChannel> = (input: ParsedInput<C>) => Promise<Output<C>>;
export type HandlerMap<C extends CoreChannel = CoreChannel> = { [K in C]: Handler<K> };

export function requireDb(ctx: CoreContext): Database {
  return ctx.workspace().db;
}

export function makeWrite(ctx: Omit<CoreContext, 'write'>): CoreContext['write'] {
  return (fn) => {
    const ws = ctx.workspace();
    const stamped = (records: readonly AuditRecord[]) => {
      const at = ctx.timeSource.now().toISOString();
      return records.map((r) => ({ ...r, actor: ctx.actor, at }));
    };
    return ws.db.transaction((tx) =>
      fn(
        tx,
        (action, entityType, entityId, summary) => appendAudits(tx, stamped([{ action, entityType, entityId, summary }])),
        (records) => appendAudits(tx, stamped(records)),
      ),
    );
  };
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND');
}
