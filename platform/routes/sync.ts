import type { FastifyInstance } from 'fastify';
import { MAX_OPS_PER_PUSH, PULL_DEFAULT_LIMIT, operationEnvelopeSchema, type OperationEnvelope } from '@shared/protocol/index';
import { z } from 'zod';
import type { PlatformContext } from '../context';
import { ALL, readPage } from '../feed';
import { applyPush } from '../push';
import { expireDue } from '../ops/authorisations';
import { RawJson, route } from './http';

/**
 * The batch as enforced up front: the envelope only. Each payload is checked against its kind's
 * schema when its turn comes, so one bad payload is that operation's `rejected` answer and the
 * operations around it still go through.
 */
const pushEnvelope = z.strictObject({ ops: z.array(operationEnvelopeSchema).min(1).max(MAX_OPS_PER_PUSH) });

/** Push bodies carry whole entries with their items: allow large batches, still bounded. */
export const PUSH_BODY_LIMIT = 32 * 1024 * 1024;

const COMMA = Buffer.from(',');

export function syncRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  route(
    app,
    ctx,
    'push',
    async ({ session, body, now, locale }) => {
      const { ops } = body as unknown as { ops: OperationEnvelope[] };
      const department = { code: session.departmentCode, name: session.departmentName };
      // An authorisation past its end is expired before anything acts on it.
      await expireDue(ctx.db, now.toISOString());
      return { results: await applyPush(ctx, department, ops, now.toISOString(), locale) };
    },
    { bodyLimit: PUSH_BODY_LIMIT, bodySchema: pushEnvelope },
  );

  route(app, ctx, 'pull', async ({ session, query, now }) => {
    await expireDue(ctx.db, now.toISOString());
    const audience = session.role === 'officer' ? session.departmentCode : ALL;
    const page = await readPage(ctx.db, audience, Number(query.cursor), query.limit ?? PULL_DEFAULT_LIMIT);
    // Stored changes are joined as UTF-8 bytes: a page of thousands of entries is never re-encoded.
    const parts: Buffer[] = [Buffer.from('{"changes":[')];
    page.bodies.forEach((b, i) => parts.push(...(i ? [COMMA, b] : [b])));
    parts.push(
      Buffer.from(
        `],"nextCursor":"${page.nextCursor}","hasMore":${page.hasMore},"resyncRequired":${page.resyncRequired},"serverTime":"${now.toISOString()}"}`,
      ),
    );
    return new RawJson(Buffer.concat(parts));
  });
}
