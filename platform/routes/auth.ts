import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '@shared/protocol/index';
import { login, logout } from '../auth';
import type { PlatformContext } from '../context';
import { HttpError } from '../errors';
import { route } from './http';

const account = (s: { user: string; role: 'officer' | 'reviewer'; departmentCode: string; departmentName: string }) => ({
  user: s.user,
  role: s.role,
  departmentCode: s.departmentCode,
  departmentName: s.departmentName,
});

export function authRoutes(app: FastifyInstance, ctx: PlatformContext, startedAt: string): void {
  route(app, ctx, 'health', async () => ({ ok: true, protocolVersion: PROTOCOL_VERSION, startedAt }));

  route(app, ctx, 'login', async ({ body, now, request }) => {
    // Counted before the password check, which is asynchronous: see LoginThrottle.
    const attempt = ctx.throttle.begin(body.user, request.ip, now.getTime());
    try {
      const { token, session } = await login(ctx.db, body.user, body.password, now, ctx.tokenTtlMs);
      ctx.throttle.succeed(attempt);
      return { token, expiresAt: session.expiresAt, account: account(session) };
    } catch (err) {
      if (!(err instanceof HttpError && err.code === 'BAD_CREDENTIALS')) ctx.throttle.giveBack(attempt);
      throw err;
    }
  });

  route(app, ctx, 'logout', async ({ session }) => {
    await logout(ctx.db, session);
    return { ok: true };
  });

  route(app, ctx, 'me', async ({ session }) => ({ account: account(session), expiresAt: session.expiresAt }));
}
