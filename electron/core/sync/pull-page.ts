import { z } from 'zod';
import { changeSchema, pullResponseSchema } from '@shared/protocol/index';
import { isCanonicalSharedEntry } from '@shared/domain/canonical-entry';

/**
 * The pull page's schema check, made cheap where a first pull spends it: a page of 5,000 shared
 * entries holds about 50,000 data items, and zod took most of the client's time on them. A shared
 * entry (in `sharedEntry.upsert` or, the same schema, the department's own `ownEntry.upsert`)
 * already in the exact form zod would give back (shared/domain/canonical-entry.ts) is taken as it is;
 * anything else — and every other part of the page — goes through the protocol's zod schemas, so
 * the result, and every refusal, is zod's.
 */

const envelope = pullResponseSchema.extend({ changes: z.array(z.unknown()) });

type PullResponse = z.output<typeof pullResponseSchema>;

/** The change kinds whose whole body is `{ entry: sharedEntrySchema }`. */
const SHARED_ENTRY_KINDS = new Set(['sharedEntry.upsert', 'ownEntry.upsert']);

const isCanonicalUpsert = (change: Record<string, unknown>) =>
  SHARED_ENTRY_KINDS.has(change.kind as string) && Object.keys(change).length === 2 && isCanonicalSharedEntry(change.entry);

/** The same answer as `pullResponseSchema.safeParse(json)`, faster on pages of shared entries. */
export function parsePullResponse(json: unknown): z.ZodSafeParseResult<PullResponse> {
  const outer = envelope.safeParse(json);
  if (!outer.success) return pullResponseSchema.safeParse(json);
  const changes: unknown[] = [];
  for (const raw of outer.data.changes) {
    if (raw && typeof raw === 'object' && isCanonicalUpsert(raw as Record<string, unknown>)) {
      changes.push(raw);
      continue;
    }
    const parsed = changeSchema.safeParse(raw);
    // A refusal is reported by the whole schema, with the path zod gives it.
    if (!parsed.success) return pullResponseSchema.safeParse(json);
    changes.push(parsed.data);
  }
  return { success: true, data: { ...outer.data, changes } as PullResponse };
}
