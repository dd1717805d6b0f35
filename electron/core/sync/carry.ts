import { changeSchema, type Change } from '@shared/protocol/index';
import { auditSummary } from '@shared/i18n/audit-action';
import type { CoreContext } from '../context';
import { afterPage, applyPage } from './pull';
import type { SyncRegistry } from './registry';

/** The migration that moved the old inbox's waiting rows into `sync_carried`. */
export const CARRY_MIGRATION = '20261206010000_sync_appliers';

/**
 * Rows the old inbox still held when the workspace was migrated (`sync_carried`, made by the
 * migration that removed the inbox): applied at the open that runs that migration, with the
 * registered appliers in feed order, in one transaction that also empties the table. Other opens
 * do not look (a read at open would load the reader's whole schema); an empty table costs a sync
 * run one read and writes nothing. A row
 * that is no longer a valid change is left out (logged); if applying fails, nothing is written
 * and the next sync run tries again (each run applies what is carried before it pulls).
 */
export async function applyCarried(ctx: CoreContext, registry: SyncRegistry): Promise<number> {
  const ws = ctx.workspace();
  const info = ws.info;
  if (!info) return 0;
  if (!(await ws.db.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'sync_carried'"))) return 0;
  if (!(await ws.db.get('SELECT 1 AS x FROM sync_carried LIMIT 1'))) return 0;
  const at = ws.now();
  const applied = await ctx.write(async (tx, audit) => {
    const rows = await tx.all<{ seq: number; kind: string; body: string }>('SELECT seq, kind, body FROM sync_carried ORDER BY seq');
    const changes: Change[] = [];
    for (const r of rows) {
      let parsed;
      try {
        parsed = changeSchema.safeParse(JSON.parse(r.body));
      } catch {
        parsed = undefined;
      }
      if (parsed?.success) changes.push(parsed.data as Change);
      else ctx.logger.warn('carried sync change left out: not a valid change', { seq: r.seq, kind: r.kind });
    }
    const result = await applyPage(registry, tx, changes, { at, actor: 'sync', departmentCode: info.departmentCode, resync: false, confirmed: true });
    await tx.run('DELETE FROM sync_carried');
    if (rows.length) await audit('sync.carried', 'feed', String(rows.length), auditSummary('carriedApplied', { applied: changes.length, total: rows.length }));
    return result;
  });
  await afterPage(ctx, registry, applied);
  return applied.applied;
}
