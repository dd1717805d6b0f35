import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ATTACHMENT_UPLOAD_CONTENT_TYPE } from '@shared/protocol/index';
import type { PlatformContext } from '../context';
import { HttpError } from '../errors';
import { sniffMediaType } from '../sniff';
import { route } from './http';

const fileOf = (ctx: PlatformContext, sha: string) => join(ctx.dataDir, 'attachments', sha.slice(0, 2), sha);

/** Content-addressed attachments: the path names the sha256, the bytes must match it. */
export async function attachmentRoutes(app: FastifyInstance, ctx: PlatformContext): Promise<void> {
  // Raw bytes are accepted here only: every other route takes JSON alone.
  app.addContentTypeParser(ATTACHMENT_UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: ctx.attachmentMaxBytes }, (_req, body, done) =>
    done(null, body),
  );

  route(
    app,
    ctx,
    'uploadAttachment',
    async ({ session, params, body, now }) => {
      if (body.length === 0) throw new HttpError('VALIDATION', {}, [{ path: 'body', code: 'validation.required' }]);
      const actual = createHash('sha256').update(body).digest('hex');
      if (actual !== params.sha256) throw new HttpError('CHECKSUM_MISMATCH', { actual });
      const mediaType = sniffMediaType(body);
      if (!mediaType) throw new HttpError('UNSUPPORTED_MEDIA_TYPE', { type: 'unknown' });
      const file = fileOf(ctx, actual);
      const known = await ctx.db.get<{ uploaded_at: string }>('SELECT uploaded_at FROM attachments WHERE sha256 = ?', [actual]);
      if (!known) {
        // Written beside, then renamed: a crash leaves no half file under the content address.
        await mkdir(join(file, '..'), { recursive: true });
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(tmp, body);
        await rename(tmp, file);
      }
      const uploadedAt = known?.uploaded_at ?? now.toISOString();
      await ctx.db.transaction(async (tx) => {
        await tx.run('INSERT OR IGNORE INTO attachments (sha256, size, media_type, uploaded_at) VALUES (?, ?, ?, ?)', [actual, body.length, mediaType, uploadedAt]);
        await tx.run('INSERT OR IGNORE INTO attachment_access (sha256, department_code) VALUES (?, ?)', [actual, session.departmentCode]);
      });
      return { attachment: { sha256: actual, size: body.length, mediaType, uploadedAt }, created: !known };
    },
    { bodyLimit: ctx.attachmentMaxBytes },
  );

  route(app, ctx, 'downloadAttachment', async ({ session, params, reply }) => {
    const row = await ctx.db.get<{ media_type: string }>(
      session.role === 'reviewer'
        ? 'SELECT media_type FROM attachments WHERE sha256 = ?'
        : 'SELECT a.media_type FROM attachments a JOIN attachment_access x ON x.sha256 = a.sha256 WHERE a.sha256 = ? AND x.department_code = ?',
      session.role === 'reviewer' ? [params.sha256] : [params.sha256, session.departmentCode],
    );
    // Another department's attachment reads as absent: its existence is not disclosed either.
    if (!row) throw new HttpError('NOT_FOUND');
    const bytes = await readFile(fileOf(ctx, params.sha256));
    reply.type(row.media_type).header('x-content-type-options', 'nosniff').header('content-disposition', `attachment; filename="${params.sha256}"`);
    return bytes;
  });
}
