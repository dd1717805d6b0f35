import type { WorkspaceStatus } from '@shared/ipc/channels/workspace';
import type { EventName, EventPayload } from '@shared/ipc/contract';
import { AppError, isDiskFull, type Result } from '@shared/ipc/errors';
import type { Locale } from '@shared/i18n/messages';
import { catalogueHandlers } from './catalogue/handlers';
import { demandHandlers } from './demands/handlers';
import { responsibilityHandlers } from './responsibilities/handlers';
import { zeroUpdateHandlers } from './zero-updates/handlers';
import { requestHandlers } from './requests/handlers';
import { objectionHandlers } from './objections/handlers';
import { auditHandlers } from './audit-trail/handlers';
import { changeDeadlineSource } from './catalogue/change-deadlines';
import { catalogueDeadlineHandlers } from './catalogue/deadline-handlers';
import { objectionDeadlineSource } from './objections/deadline-source';
import { requestDeadlineSource } from './requests/deadline-source';
import { authorisationExpirySource } from './requests/authorisations';
import { attachmentHandlers } from './attachments/handlers';
import { evaluationHandlers } from './evaluation/handlers';
import { noticeHandlers } from './notices/handlers';
import { noticeDeadlineSource } from './notices/deadline-source';
import { reportHandlers } from './reports/handlers';
import { listHandlers } from './lists/handlers';
import { openDataHandlers } from './open-data/handlers';
import { annualReportDeadlineSource } from './reports/deadline-source';
import { zeroUpdateDeadlineSource } from './zero-updates/deadline-source';
import { ReminderService, reminderHandlers } from './deadlines/reminders';
import { makeWrite, type CoreContext, type HandlerMap } from './context';
import { loadMigrations, type Migration } from './db/migrate';
import { makeDispatch } from './dispatch';
import { EventBus } from './events';
import { exchangeHandlers } from './exchange/handlers';
import { searchHandlers } from './search/handlers';
import { policyHandlers } from './policy/handlers';
import { assertUnlocked, defaultPolicyPath, loadPolicy } from './policy/policy';
import { coreRegistry } from './registry';
import { reviewHandlers } from './review/handlers';
import { authorityHandlers } from './review/authority';
import { applyCarried, CARRY_MIGRATION } from './sync/carry';
import { SyncEngine } from './sync/engine';
import { syncHandlers } from './sync/handlers';
import type { CoreOptions } from './options';
import { memoryKeyStore, silentLogger, systemTime } from './types';
import { workspaceHandlers } from './workspace/handlers';
import { Workspace } from './workspace/workspace';

export type { CoreOptions } from './options';

export interface Core {
  /** Validates and runs one contract channel; always resolves, with the output or a typed error. */
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onAny(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Resolves when the first open attempt has finished (successfully or not). */
  ready: Promise<WorkspaceStatus>;
  status(): WorkspaceStatus;
  setLocale(locale: Locale): void;
  /** Backs up and closes the workspace (clean close). */
  close(): Promise<void>;
}

/**
 * The application core: plain Node, no Electron. The shell, the CLI and the tests host it the same
 * way and talk to it only through `dispatch` and the event stream.
 */
export function createCore(options: CoreOptions & { migrations?: Migration[] }): Core {
  const timeSource = options.timeSource ?? systemTime;
  const logger = options.logger ?? silentLogger;
  const migrations = options.migrations ?? loadMigrations();
  const events = new EventBus();
  let locale: Locale = options.locale ?? 'zh-CN';
  let dir = options.workspaceDir;
  let current: Workspace | undefined;
  let failure: AppError | undefined;
  let opening: Promise<WorkspaceStatus>;

  /** Notices of the current opening, kept until another workspace is opened (see workspace.status). */
  let notices: { level: 'warning' | 'error'; error: AppError }[] = [];

  const status = (): WorkspaceStatus => {
    const kept = notices.length ? { notices: notices.map((n) => n.error.toData(locale)) } : {};
    if (current?.info) return { state: 'ready', workspace: current.info, ...kept };
    if (current) return { state: 'uninitialised', dir, ...kept };
    const error = (failure ?? new AppError('WORKSPACE_UNAVAILABLE', { reason: '' })).toData(locale);
    return { state: 'unavailable', dir, error, ...kept };
  };

  const notify = (level: 'warning' | 'error', error: AppError) => {
    notices.push({ level, error });
    events.emit('workspace.notice', { level, error: error.toData(locale) });
  };

  const open = async (target: string, fullCheck = false): Promise<WorkspaceStatus> => {
    dir = target;
    failure = undefined;
    if (!fullCheck) notices = [];
    try {
      const opened = await Workspace.open(target, { timeSource, logger, migrations, fullCheck, checkAtOpenMaxBytes: options.checkAtOpenMaxBytes });
      const workspace = opened.workspace;
      current = workspace;
      for (const n of opened.notices) notify('warning', n);
      // Changes a workspace held unapplied when the inbox was migrated away: applied before anything
      // reads it, at the open that migrates it (any other open reads nothing; sync runs retry).
      if (opened.migrated.includes(CARRY_MIGRATION)) await applyCarried(ctx, registry).catch((err: unknown) => logger.warn('carried sync changes not applied', { error: String(err) }));
      void workspace.integrity.then((verdict) => {
        if (verdict === 'damaged' && current === workspace) opening = recover(workspace);
      });
    } catch (err) {
      failure = err instanceof AppError ? err : new AppError(isDiskFull(err) ? 'DISK_FULL' : 'WORKSPACE_UNAVAILABLE', { reason: String(err) });
      logger.warn('workspace not opened', { dir: target, code: failure.code });
      // The officer was working in it: say so, beside the status that explains why it is gone.
      if (fullCheck) notify('error', failure);
    }
    const s = status();
    events.emit('workspace.status', { state: s.state });
    return s;
  };

  /** The check after open found damage: close without backing up, then reopen checking first (restore or refuse). */
  const recover = async (damaged: Workspace): Promise<WorkspaceStatus> => {
    current = undefined;
    failure = new AppError('WORKSPACE_CORRUPT', { file: damaged.paths.db });
    await damaged.close().catch((err: unknown) => logger.error('closing a damaged workspace failed', { error: String(err) }));
    return open(damaged.paths.dir, true);
  };

  // Read once at start (VS Code's model): the calendar overrides are needed by every deadline.
  const policy = options.policy ?? loadPolicy(options.policyPath === undefined ? defaultPolicyPath() : options.policyPath);
  if (policy.error) logger.error('administrator policy not applied', { path: policy.path, reason: policy.error.params.reason });
  const base: Omit<CoreContext, 'write'> = {
    timeSource,
    calendarOverrides: policy.calendarOverrides ?? [],
    logger,
    keyStore: options.keyStore ?? memoryKeyStore(),
    events,
    actor: options.actor ?? 'local',
    get locale() {
      return locale;
    },
    workspace() {
      if (current) return current;
      throw failure ?? new AppError('WORKSPACE_UNAVAILABLE', { reason: '' });
    },
    async switchWorkspace(target: string) {
      await opening;
      if (current) {
        const old = current;
        current = undefined;
        await old.close();
      }
      opening = open(target);
      await opening;
    },
  };
  const ctx: CoreContext = { ...base, write: makeWrite(base) };
  Object.defineProperty(ctx, 'locale', { get: () => locale });
  // What each feature sends and receives through sync (core/registry.ts), handed to the engine.
  const registry = coreRegistry();
  const sync = new SyncEngine(ctx, policy, registry, options.sync);
  // Sync follows the open workspace: on start and after every switch.
  events.on('workspace.status', ({ state }) => {
    if (state === 'ready') void sync.attach().catch((err: unknown) => logger.warn('sync not attached', { error: String(err) }));
  });

  // Reminders read deadlines through the features' sources: the deadlines layer imports no feature.
  const deadlineSources = [requestDeadlineSource, objectionDeadlineSource, authorisationExpirySource, noticeDeadlineSource, annualReportDeadlineSource, changeDeadlineSource, zeroUpdateDeadlineSource];
  let lastCallAt = 0;
  const reminders = new ReminderService(ctx, deadlineSources, options.reminders, () => lastCallAt);
  events.on('workspace.status', ({ state }) => {
    if (state === 'ready') {
      reminders.start();
      reminders.checkAfterOpen();
    }
  });

  const handlers: HandlerMap = {
    ...workspaceHandlers(ctx, status),
    ...catalogueHandlers(ctx),
    ...catalogueDeadlineHandlers(ctx),
    ...auditHandlers(ctx),
    ...demandHandlers(ctx),
    ...responsibilityHandlers(ctx),
    ...zeroUpdateHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...searchHandlers(ctx),
    ...syncHandlers(ctx, sync),
    ...reviewHandlers(ctx, sync),
    ...authorityHandlers(ctx, sync),
    ...policyHandlers(ctx, policy),
    ...requestHandlers(ctx),
    ...objectionHandlers(ctx),
    ...attachmentHandlers(ctx, sync),
    ...reminderHandlers(ctx, deadlineSources, reminders),
    ...noticeHandlers(ctx, sync),
    ...evaluationHandlers(ctx, sync, deadlineSources),
    ...reportHandlers(ctx, sync),
    ...listHandlers(ctx, sync),
    ...openDataHandlers(ctx),
  };
  // The administrator's policy fixes the jurisdiction profile: a workspace cannot be set up with another.
  const init = handlers['workspace.init'];
  handlers['workspace.init'] = async (input) => {
    if (input.profileId !== policy.profileId) assertUnlocked(policy, 'profileId', locale);
    return init(input);
  };

  opening = open(dir);

  const dispatch = makeDispatch(() => handlers, {
    logger,
    locale: () => locale,
    validateOutputs: options.validateOutputs ?? true,
    before: async () => {
      lastCallAt = Date.now();
      await opening;
    },
  });

  return {
    dispatch,
    on: (event, listener) => events.on(event, listener),
    onAny: (listener) => events.onAny(listener),
    ready: opening,
    status,
    setLocale: (l) => void (locale = l),
    async close() {
      await opening;
      await reminders.stop();
      await sync.close();
      const ws = current;
      current = undefined;
      failure = new AppError('WORKSPACE_UNAVAILABLE', { reason: 'closed' });
      await ws?.close();
    },
  };
}
