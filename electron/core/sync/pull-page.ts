import { z } from 'zod';
import { DATA_ITEM_TYPES, OPEN_TYPES, SHARE_TYPES } from '@shared/domain/enums';
import type { dataItemSchema } from '@shared/domain/entry';
import { changeSchema, pullResponseSchema, sharedEntrySchema } from '@shared/protocol/index';

/**
 * The pull page's schema check, made cheap where a first pull spends it: a page of 5,000 shared
 * entries holds about 50,000 data items, and zod took most of the client's time on them. A data
 * item already in the exact form zod would give back (known keys only, trimmed texts within their
 * limits, listed codes) is accepted as it is; anything else — and every other part of the page —
 * goes through the protocol's zod schemas, so the result, and every refusal, is zod's.
 */

const envelope = pullResponseSchema.extend({ changes: z.array(z.unknown()) });

const ITEM_TYPES = new Set<unknown>(DATA_ITEM_TYPES);
const SHARE = new Set<unknown>(SHARE_TYPES);
const OPEN = new Set<unknown>(OPEN_TYPES);
const LENGTH = /^\d{1,5}(,\d{1,2})?$/;

/** A trimmed, non-empty text of at most `max` UTF-16 units (zod's `max` counts those too). */
const text = (v: unknown, max: number) => typeof v === 'string' && v.length > 0 && v.length <= max && v.trim() === v;
/** Absent, or a text zod keeps as it is (an empty one it would turn into `undefined`). */
const optionalText = (v: unknown, max: number) => v === undefined || text(v, max);

const ITEM_CHECKS: Record<keyof z.input<typeof dataItemSchema>, (v: unknown) => boolean> = {
  name: (v) => text(v, 100),
  nameEn: (v) => optionalText(v, 100),
  type: (v) => ITEM_TYPES.has(v),
  length: (v) => v === undefined || (typeof v === 'string' && LENGTH.test(v)),
  shareType: (v) => v === undefined || SHARE.has(v),
  shareCondition: (v) => optionalText(v, 500),
  openType: (v) => v === undefined || OPEN.has(v),
  openCondition: (v) => optionalText(v, 500),
  sensitive: (v) => v === undefined || typeof v === 'boolean',
  desensitisation: (v) => optionalText(v, 200),
  isKey: (v) => v === undefined || typeof v === 'boolean',
};

/** Whether zod would return this data item unchanged. */
export function isCanonicalItem(item: unknown): boolean {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return false;
  const record = item as Record<string, unknown>;
  if (!ITEM_CHECKS.name(record.name) || !ITEM_CHECKS.type(record.type)) return false;
  for (const key of Object.keys(record)) {
    // Own keys of the table only: `__proto__` in a JSON text is an ordinary key, and not one of these.
    if (!Object.hasOwn(ITEM_CHECKS, key) || !ITEM_CHECKS[key as keyof typeof ITEM_CHECKS](record[key])) return false;
  }
  return true;
}

/** The upsert's entry checked by zod without its items, when every item is canonical. */
function fastUpsert(change: Record<string, unknown>): z.ZodSafeParseResult<unknown> | undefined {
  const entry = change.entry as Record<string, unknown> | undefined;
  if (Object.keys(change).length !== 2 || !entry || typeof entry !== 'object' || !Array.isArray(entry.items)) return undefined;
  const items = entry.items as unknown[];
  if (items.length > 2000 || !items.every(isCanonicalItem)) return undefined;
  const rest = sharedEntrySchema.safeParse({ ...entry, items: [] });
  if (!rest.success) return undefined;
  return { success: true, data: { kind: 'sharedEntry.upsert', entry: { ...rest.data, items } } };
}

type PullResponse = z.output<typeof pullResponseSchema>;

/** The same answer as `pullResponseSchema.safeParse(json)`, faster on pages of shared entries. */
export function parsePullResponse(json: unknown): z.ZodSafeParseResult<PullResponse> {
  const outer = envelope.safeParse(json);
  if (!outer.success) return pullResponseSchema.safeParse(json);
  const changes: unknown[] = [];
  for (const raw of outer.data.changes) {
    const change = raw as Record<string, unknown> | null;
    const fast = change && typeof change === 'object' && change.kind === 'sharedEntry.upsert' ? fastUpsert(change) : undefined;
    const parsed = fast ?? changeSchema.safeParse(raw);
    // A refusal is reported by the whole schema, with the path zod gives it.
    if (!parsed.success) return pullResponseSchema.safeParse(json);
    changes.push(parsed.data);
  }
  return { success: true, data: { ...outer.data, changes } as PullResponse };
}
