import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '@shared/i18n/messages';
import { API_BASE, ENDPOINTS, type EndpointDef, type EndpointName } from '@shared/protocol/index';
import type { z } from 'zod';
import { authenticate, type Session } from '../auth';
import type { PlatformContext } from '../context';
import { HttpError, parseOr400 } from '../errors';

/** JSON built by hand (feed pages), sent as it is. */
export class RawJson {
  constructor(readonly bytes: Buffer) {}
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteCall<E extends EndpointDef> {
  session: E['access'] extends 'public' ? Session | undefined : Session;
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  /** The parsed body (by the table's schema, or the route's own `bodySchema` when it has one). */
  body: E['body'] extends 'binary' ? Buffer : Parsed<E['body']>;
  now: Date;
  locale: Locale;
  request: FastifyRequest;
  reply: FastifyReply;
}

export function localeOf(request: FastifyRequest): Locale {
  return /^\s*en\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'zh-CN';
}

/**
 * Registers an endpoint of the protocol table on `app`: checks the token and the role, parses
 * params, query and body with the table's schemas (every problem → 400 VALIDATION), then calls
 * `handler`. A returned object gets `serverTime` added and is sent as JSON.
 */
export function route<N extends EndpointName>(
  app: FastifyInstance,
  ctx: PlatformContext,
  name: N,
  handler: (call: RouteCall<(typeof ENDPOINTS)[N]>) => Promise<object | RawJson | Buffer>,
  options: { bodyLimit?: number; bodySchema?: z.ZodType } = {},
): void {
  const e = ENDPOINTS[name] as EndpointDef;
  app.route({
    method: e.method,
    url: API_BASE + e.path,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    handler: async (request, reply) => {
      const now = ctx.clock();
      let session: Session | undefined;
      if (e.access !== 'public') {
        session = await authenticate(ctx.db, request.headers.authorization, now);
        if ((e.access === 'officer' || e.access === 'reviewer') && session.role !== e.access) throw new HttpError('FORBIDDEN');
      }
      const params = e.params ? parseOr400(e.params, request.params ?? {}, ['params']) : undefined;
      const query = e.query ? parseOr400(e.query, request.query ?? {}, ['query']) : undefined;
      let body: unknown;
      if (e.body === 'binary') {
        if (!Buffer.isBuffer(request.body)) throw new HttpError('UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '') });
        body = request.body;
      } else if (e.body) body = parseOr400(options.bodySchema ?? e.body, request.body, []);
      const result = await handler({ session, params, query, body, now, locale: localeOf(request), request, reply } as RouteCall<(typeof ENDPOINTS)[N]>);
      if (result instanceof RawJson) return reply.type('application/json; charset=utf-8').send(result.bytes);
      if (Buffer.isBuffer(result)) return reply.send(result);
      return reply.send({ ...result, serverTime: now.toISOString() });
    },
  });
}
