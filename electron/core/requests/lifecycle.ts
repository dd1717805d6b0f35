import type { Scenario, ShareRequest } from '@shared/protocol/index';
import type { LifecycleView } from '@shared/ipc/channels/authorisations';
import type { Reader } from '../db/database';
import type { ChangeRegistration } from '../sync/public';
import type { RequestPatch, RequestRow } from './repository';

/**
 * The authorisation lifecycle as the platform holds it, kept on the request (`lifecycle` JSON):
 * the renewal links, the scenario grant, the seasonal declaration and the authority's suspension.
 * Usage per day and the scenarios arrive as feed changes of their own.
 */
export function lifecyclePatch(p: ShareRequest): RequestPatch {
  const l: LifecycleView = {
    ...(p.renews ? { renews: p.renews } : {}),
    ...(p.renewedBy ? { renewedBy: p.renewedBy } : {}),
    ...(p.scenarioGrant ? { scenario: p.scenarioGrant } : {}),
    ...(p.seasonal ? { seasonal: p.seasonal } : {}),
    ...(p.suspension ? { suspension: p.suspension } : {}),
  };
  return { lifecycle: Object.keys(l).length ? JSON.stringify(l) : null, seasonal: p.seasonal ? 1 : 0 };
}

export function lifecycleOf(row: Pick<RequestRow, 'lifecycle'>): LifecycleView {
  return row.lifecycle ? (JSON.parse(row.lifecycle) as LifecycleView) : {};
}

/** Suspended by the authority and not lifted. */
export const isSuspended = (l: LifecycleView) => !!l.suspension && !l.suspension.liftedAt;

/** The usage the platform reported for an authorisation: recent days, the last day of use, the total. */
export async function usageOf(db: Reader, id: string): Promise<{ days: { day: string; calls: number }[]; lastUsedOn?: string; totalCalls: number }> {
  const days = await db.all<{ day: string; calls: number }>('SELECT day, calls FROM authorisation_usage WHERE request_id = ? ORDER BY day', [id]);
  const t = await db.get<{ total_calls: number; last_used_on: string | null }>('SELECT total_calls, last_used_on FROM authorisation_usage_totals WHERE request_id = ?', [id]);
  return { days, ...(t?.last_used_on ? { lastUsedOn: t.last_used_on } : {}), totalCalls: t?.total_calls ?? 0 };
}

export async function storedScenarios(db: Reader): Promise<Scenario[]> {
  return (await db.all<{ body: string }>('SELECT body FROM scenarios ORDER BY updated_at DESC, id')).map((r) => JSON.parse(r.body) as Scenario);
}

const usage: ChangeRegistration<'authorisation.usage'> = {
  async apply(tx, { usage: u }, meta) {
    // The platform's days replace ours; a request not yet pulled gets them when it arrives (view reads this table).
    for (const d of u.days) {
      await tx.run('INSERT INTO authorisation_usage (request_id, day, calls) VALUES (?, ?, ?) ON CONFLICT (request_id, day) DO UPDATE SET calls = excluded.calls', [u.requestId, d.day, d.calls]);
    }
    await tx.run(
      'INSERT INTO authorisation_usage_totals (request_id, total_calls, last_used_on) VALUES (?, ?, ?) ON CONFLICT (request_id) DO UPDATE SET total_calls = excluded.total_calls, last_used_on = excluded.last_used_on',
      [u.requestId, u.totalCalls, u.lastUsedOn ?? null],
    );
    if (u.lastUsedOn) await tx.run('UPDATE share_requests SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)', [u.lastUsedOn, u.requestId, u.lastUsedOn]);
    meta.changed({ entity: 'requests', id: u.requestId, action: 'usage' });
  },
};

const scenario: ChangeRegistration<'scenario.upsert'> = {
  async apply(tx, { scenario: s }, meta) {
    await tx.run(
      'INSERT INTO scenarios (id, revision, body, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, body = excluded.body, updated_at = excluded.updated_at WHERE excluded.revision >= scenarios.revision',
      [s.id, s.revision, JSON.stringify(s), s.updatedAt],
    );
    meta.changed({ entity: 'requests', action: 'scenario' });
  },
};

export const lifecycleChanges = { 'authorisation.usage': usage, 'scenario.upsert': scenario };
