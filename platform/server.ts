import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { translate } from '@shared/i18n/messages';
import { ATTACHMENT_MAX_BYTES, changeSchema, PROTOCOL_ERROR_STATUS, SERVER_TIME_HEADER, type ChangeOf, type ErrorBody } from '@shared/protocol/index';
import type { ProfileId } from '@shared/profiles/index';
import { LoginThrottle } from './auth';
import type { PlatformContext } from './context';
import { Db } from './db/sqlite';
import { migrate } from './db/migrate';
import { Deadlines, isProfileId } from './deadlines';
import { HttpError } from './errors';
import { ALL, appendChange, compactFeed } from './feed';
import { attachmentRoutes } from './routes/attachments';
import { authorisationRoutes } from './routes/authorisations';
import { expireDue } from './ops/authorisations';
import { authRoutes } from './routes/auth';
import { evaluationRoutes } from './routes/evaluation';
import { localeOf } from './routes/http';
import { reviewRoutes } from './routes/review';
import { syncRoutes } from './routes/sync';
import { seedDemo, type DemoAccount } from './seed/demo';

export interface PlatformOptions {
  /** 0 picks a free port. The platform listens on 127.0.0.1 only unless `host` says otherwise. */
  port: number;
  host?: string;
  /** Holds platform.db (SQLite, WAL) and the attachments. */
  dataDir: string;
  /** `demo`: the departments of 伊川县, an officer each, a reviewer and a published shared catalogue. */
  seed?: 'demo';
  /** Size of the demo's shared catalogue (default 1,000); benchmarks ask for 100,000. */
  seedShared?: number;
  /** The demo also holds authorisations between its departments with their daily calls (`npm run platform -- --seed demo`). */
  seedGrants?: boolean;
  clock?: () => Date;
  tokenTtlMs?: number;
  /** Largest JSON body outside push (push has its own, larger limit). */
  bodyLimit?: number;
  attachmentMaxBytes?: number;
  /** How long removal markers stay in the feed before compaction drops them (default 30 days). */
  tombstoneRetentionMs?: number;
  requireSealedForm?: boolean;
  /** The jurisdiction whose deadlines the platform counts for departments without their own profile (default: yichuan). */
  profile?: ProfileId;
  /** Print each request to stderr. */
  log?: boolean;
}

export interface RunningPlatform {
  url: string;
  dataDir: string;
  /** The demo accounts, when seeded now or before (read from DIR/demo-accounts.json). */
  accounts: DemoAccount[];
  /** Drops removal markers past their retention; cursors older than them then need a resync. */
  compactFeed(): Promise<number>;
  /** Sets the jurisdiction profile a department follows; null returns it to the platform's default (administration). */
  setDepartmentProfile(departmentCode: string, profile: ProfileId | null): Promise<void>;
  /** Publishes a calendar override or a profile update to every department (administration). */
  announce(change: ChangeOf<'calendar.override'> | ChangeOf<'profile.update'>): Promise<void>;
  close(): Promise<void>;
}

const DAY = 86_400_000;

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? (() => new Date());
  const db = await Db.open(join(options.dataDir, 'platform.db'));
  let app: FastifyInstance | undefined;
  try {
    await migrate(db, clock().toISOString());
    const accounts = options.seed === 'demo' ? await seedDemo(db, options.dataDir, clock(), options.seedShared ?? 1000, options.seedGrants ?? false) : [];
    const ctx: PlatformContext = {
      db,
      clock,
      deadlines: new Deadlines(options.profile),
      dataDir: options.dataDir,
      throttle: new LoginThrottle(),
      tokenTtlMs: options.tokenTtlMs ?? 12 * 3600_000,
      attachmentMaxBytes: options.attachmentMaxBytes ?? ATTACHMENT_MAX_BYTES,
      requireSealedForm: options.requireSealedForm ?? true,
    };
    const compact = () => compactFeed(db, new Date(clock().getTime() - (options.tombstoneRetentionMs ?? 30 * DAY)).toISOString());
    await compact();
    app = buildApp(ctx, options, clock().toISOString());
    await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    // Hourly: compaction, and authorisations past their end (push and pull also expire them first).
    const timer = setInterval(() => {
      void compact().catch(() => {});
      void expireDue(db, clock().toISOString()).catch(() => {});
    }, 3600_000);
    timer.unref();
    const server = app;
    return {
      url: `http://${options.host ?? '127.0.0.1'}:${port}`,
      dataDir: options.dataDir,
      accounts,
      compactFeed: compact,
      setDepartmentProfile: async (code, profile) => {
        if (profile !== null && !isProfileId(profile)) throw new Error(`unknown profile: ${String(profile)}`);
        const changed = await db.transaction((tx) => tx.run('UPDATE departments SET profile = ? WHERE code = ?', [profile, code]));
        if (!changed.changes) throw new Error(`unknown department: ${code}`);
      },
      announce: async (change) => {
        const parsed = changeSchema.parse(change) as typeof change;
        const key = parsed.kind === 'calendar.override' ? `calendar:${parsed.calendar.year}` : `profile:${parsed.profileId}`;
        await db.transaction((tx) => appendChange(tx, ALL, key, parsed, clock().toISOString()));
      },
      close: async () => {
        clearInterval(timer);
        await server.close();
        await db.close();
      },
    };
  } catch (err) {
    await app?.close().catch(() => {});
    await db.close().catch(() => {});
    throw err;
  }
}

/** Fastify's own failures, as typed protocol errors. */
function fromFastify(err: FastifyError, limits: { bodyLimit: number }, contentType: string): HttpError {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError('UNSUPPORTED_MEDIA_TYPE', { type: contentType.slice(0, 100) || 'none' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError('PAYLOAD_TOO_LARGE', { limit: limits.bodyLimit });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError('MALFORMED_JSON');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError('VALIDATION');
    default: {
      // Anything else Fastify refuses by a 4xx is the request's fault, never an internal error.
      const status = err.statusCode ?? 500;
      if (status === 413) return new HttpError('PAYLOAD_TOO_LARGE', { limit: limits.bodyLimit });
      if (status === 415) return new HttpError('UNSUPPORTED_MEDIA_TYPE', { type: contentType.slice(0, 100) || 'none' });
      if (status === 404) return new HttpError('NOT_FOUND');
      return status >= 400 && status < 500 ? new HttpError('VALIDATION') : new HttpError('INTERNAL');
    }
  }
}

function buildApp(ctx: PlatformContext, options: PlatformOptions, startedAt: string): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;

  const errorBody = (err: HttpError, locale: ReturnType<typeof localeOf>) => {
    const body: ErrorBody = {
      error: { code: err.code, message: translate(`protocol.error.${err.code}`, locale, err.params) },
      serverTime: ctx.clock().toISOString(),
    };
    if (err.issues.length) body.error.issues = err.issues.map((i) => ({ path: i.path, code: i.code, message: translate(i.code, locale, i.params) }));
    if (Object.keys(err.params).length) body.error.params = err.params;
    return body;
  };

  /** Every failure as a typed answer: ours, Fastify's (before or after routing), and the unexpected. */
  const onError = (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    let typed: HttpError;
    if (error instanceof HttpError) typed = error;
    else if (error && typeof error === 'object' && (String((error as FastifyError).code).startsWith('FST_') || Number((error as FastifyError).statusCode) < 500)) {
      const limit = (error as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? (request.routeOptions?.bodyLimit ?? bodyLimit) : bodyLimit;
      typed = fromFastify(error as FastifyError, { bodyLimit: limit }, String(request.headers['content-type'] ?? ''));
    } else {
      // Unexpected: logged here with its stack, answered without it.
      request.log.error(error);
      if (!options.log) console.error(error);
      typed = new HttpError('INTERNAL');
    }
    // Errors raised before the hooks ran (a malformed URL) still carry the server time.
    reply.header(SERVER_TIME_HEADER, ctx.clock().toISOString());
    if (typed.code === 'RATE_LIMITED' && typed.params.retryAfter) reply.header('retry-after', String(typed.params.retryAfter));
    void reply.status(PROTOCOL_ERROR_STATUS[typed.code]).send(errorBody(typed, localeOf(request)));
  };

  const app = Fastify({ logger: options.log ? { level: 'info' } : false, bodyLimit, return503OnClosing: true, frameworkErrors: onError });
  // JSON only: without Fastify's text/plain parser, any other body type is a 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (_req, reply) => {
    reply.header(SERVER_TIME_HEADER, ctx.clock().toISOString());
    reply.header('cache-control', 'no-store');
  });
  app.setErrorHandler(onError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody(new HttpError('NOT_FOUND'), localeOf(request)));
  });

  authRoutes(app, ctx, startedAt);
  syncRoutes(app, ctx);
  reviewRoutes(app, ctx);
  authorisationRoutes(app, ctx);
  evaluationRoutes(app, ctx);
  void app.register(async (scope) => attachmentRoutes(scope, ctx));
  return app;
}
