import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '@shared/ipc/errors';
import { sha256Schema } from '@shared/protocol/index';
import { auditSummary } from '@shared/i18n/audit-action';
import type { CoreContext } from '../context';
import type { PlatformClient } from './platform-client/client';
import type { KindOp, SyncRegistry } from './registry';

/** The sha256s an operation's payload names (sealed forms, evidence). */
export function attachmentsOf(op: Pick<KindOp, 'payload'>): string[] {
  const list = op.payload.attachments;
  return Array.isArray(list) ? list.filter((s): s is string => sha256Schema.safeParse(s).success) : [];
}

/**
 * Uploads the files the batch's operations name that the platform does not hold yet, before the
 * batch is pushed (docs/sync.md "Attachments"): content-addressed, the local bytes checked against
 * their name first. A failed upload throws, so the batch is not pushed and stays queued — sync
 * retries it (transient failures with backoff). A file that is gone or damaged locally is left to
 * the platform, whose `ATTACHMENT_MISSING` refusal then hands the operation back to the officer
 * (never a batch stuck for good).
 */
export async function uploadAttachments(ctx: CoreContext, registry: SyncRegistry, client: PlatformClient, token: string, ops: readonly KindOp[]): Promise<number> {
  const wanted = [...new Set(ops.flatMap(attachmentsOf))];
  if (!wanted.length) return 0;
  const ws = ctx.workspace();
  const held = new Set(
    (await ws.db.all<{ sha256: string }>(`SELECT sha256 FROM sync_uploads WHERE sha256 IN (${wanted.map(() => '?').join(',')})`, wanted)).map((r) => r.sha256),
  );
  let uploaded = 0;
  for (const sha256 of wanted.filter((s) => !held.has(s))) {
    const bytes = localBytes(registry.attachmentPath(ws.paths.attachments, sha256), sha256);
    if (!bytes) {
      ctx.logger.warn('attachment missing or damaged locally: the platform will refuse its operation', { sha256 });
      continue;
    }
    const res = await client.call('uploadAttachment', { token, params: { sha256 }, body: bytes });
    if (res.attachment.sha256 !== sha256) throw new AppError('SYNC_BAD_RESPONSE', { reason: `upload of ${sha256} answered for ${res.attachment.sha256}` });
    const at = ws.now();
    await ctx.write(async (tx, audit) => {
      await tx.run('INSERT OR IGNORE INTO sync_uploads (sha256, uploaded_at) VALUES (?, ?)', [sha256, at]);
      await audit('sync.upload', 'attachment', sha256, auditSummary(res.created ? 'uploaded' : 'uploadedHeld', { bytes: bytes.length }));
    });
    uploaded++;
  }
  return uploaded;
}

function localBytes(path: string, sha256: string): Buffer | undefined {
  try {
    const bytes = readFileSync(path);
    return createHash('sha256').update(bytes).digest('hex') === sha256 ? bytes : undefined;
  } catch {
    return undefined;
  }
}
