import type { Change } from '@shared/protocol/index';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext } from '../context';
import type { Tx } from '../db/database';
import { applyChanges, type ApplyMeta, type ChangedEntity, type SyncRegistry } from './registry';

/** Thrown (rolling the page back) when a fail-safe stops a page or a resync's end. */
export class MassDelete extends AppError {
  constructor(readonly removing: number, readonly cached: number) {
    super('SYNC_MASS_DELETE', { removing, cached });
  }
}

export type PageOptions = Omit<ApplyMeta, 'changed'>;

export interface PageResult {
  applied: number;
  /** What changed, told to the renderer once the page has committed (deduplicated). */
  changed: ChangedEntity[];
  /** The kinds the page held (their `after` hooks run after the commit). */
  kinds: Set<string>;
}

/**
 * Applies one pulled page inside the caller's transaction (which also stores the new cursor):
 * every change by the applier its feature registered. Every change carries the whole current
 * state of its thing with the platform's revision, so a replayed or reordered page changes nothing.
 */
export async function applyPage(registry: SyncRegistry, tx: Tx, changes: readonly Change[], opts: PageOptions): Promise<PageResult> {
  const seen = new Map<string, ChangedEntity>();
  const changed = (what: ChangedEntity) => void seen.set(`${what.entity}\u0000${what.id ?? ''}\u0000${what.action}`, what);
  const kinds = await applyChanges(registry, tx, changes, { ...opts, changed });
  return { applied: changes.length, changed: [...seen.values()], kinds };
}

/** The end of a full resync: each feature that caches removes what the platform no longer has. */
export async function finishResync(registry: SyncRegistry, tx: Tx, confirmed: boolean): Promise<number> {
  let removed = 0;
  for (const hooks of registry.resync) removed += await hooks.finish(tx, { confirmed });
  return removed;
}

export async function startResync(registry: SyncRegistry, tx: Tx): Promise<void> {
  for (const hooks of registry.resync) await hooks.start(tx);
}

/**
 * After a page (or the carried rows) committed: tell what changed, then run the `after` hooks of
 * the kinds it held, once each. A failing hook is logged: the page is stored, the pull goes on.
 */
export async function afterPage(ctx: CoreContext, registry: SyncRegistry, applied: PageResult): Promise<void> {
  for (const c of applied.changed) ctx.events.emit('workspace.changed', { entity: c.entity, ...(c.id !== undefined ? { id: c.id } : {}), action: c.action });
  const hooks = new Set([...applied.kinds].map((k) => registry.changeOf(k)?.after).filter((h) => h !== undefined));
  for (const after of hooks) {
    try {
      await after(ctx);
    } catch (err) {
      ctx.logger.warn('sync: work after a page failed', { error: String(err) });
    }
  }
}
