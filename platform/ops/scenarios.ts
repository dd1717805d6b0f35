import { randomUUID } from 'node:crypto';
import { chinaDay, formatDay } from '@shared/calendar/index';
import { AUTHORISATION_RULES } from '@shared/domain/authorisation-rules';
import type { Scenario, ShareRequest } from '@shared/protocol/index';
import type { z } from 'zod';
import type { scenarioInputSchema } from '@shared/protocol/authorisations';
import type { Db, Tx } from '../db/sqlite';
import { HttpError, type Issue } from '../errors';
import { appendChange } from '../feed';
import { getEntry, publishedVersion } from './catalogue';
import type { OpContext } from './types';

/**
 * Application scenarios for scenario-based authorisation (《丽水市公共数据资源管理办法》第十九条（三）):
 * the authority registers a scenario (name, basis, resources and items, departments, period); a
 * request that names it and asks only what it covers is granted under it at once.
 */

export async function getScenario(tx: Pick<Tx, 'get'>, id: string): Promise<Scenario | undefined> {
  const row = await tx.get<{ body: string }>('SELECT body FROM scenarios WHERE id = ?', [id]);
  return row ? (JSON.parse(row.body) as Scenario) : undefined;
}

/** Everyone the scenario concerns: the departments it covers and the providers of its resources. */
async function audience(tx: Tx, s: Scenario): Promise<string[]> {
  const providers: string[] = [];
  for (const r of s.resources) {
    const e = await getEntry(tx, r.entryId);
    if (e) providers.push(e.department_code);
  }
  return [...new Set([...s.departments, ...providers])];
}

async function save(tx: Tx, s: Scenario, now: string): Promise<void> {
  await tx.run('INSERT INTO scenarios (id, revision, body, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, body = excluded.body, updated_at = excluded.updated_at', [
    s.id,
    s.revision,
    JSON.stringify(s),
    now,
  ]);
  for (const code of await audience(tx, s)) await appendChange(tx, code, `scenario:${s.id}`, { kind: 'scenario.upsert', scenario: s }, now);
}

/** Registers a scenario: every resource must be a published entry with the named items, every department known. */
export async function registerScenario(tx: Tx, input: z.output<typeof scenarioInputSchema>, now: string): Promise<Scenario> {
  const issues: Issue[] = [];
  const resources: Scenario['resources'] = [];
  for (const [i, r] of input.resources.entries()) {
    const entry = publishedVersion(await getEntry(tx, r.entryId));
    if (!entry) {
      issues.push({ path: `resources.${i}.entryId`, code: 'validation.scenarioEntryNotPublished' });
      continue;
    }
    const names = new Set(entry.values.items.map((it) => it.name));
    r.items.forEach((name, j) => {
      if (!names.has(name)) issues.push({ path: `resources.${i}.items.${j}`, code: 'validation.enum' });
    });
    resources.push({ entryId: entry.id, entryName: entry.name, items: r.items });
  }
  for (const [i, code] of input.departments.entries()) {
    if (!(await tx.get('SELECT 1 AS ok FROM departments WHERE code = ?', [code]))) issues.push({ path: `departments.${i}`, code: 'validation.enum' });
  }
  if (issues.length) throw new HttpError('VALIDATION', {}, issues);
  const scenario: Scenario = {
    id: randomUUID(),
    revision: 1,
    name: input.name,
    basis: input.basis,
    resources,
    departments: input.departments,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    registeredAt: now,
    updatedAt: now,
  };
  await save(tx, scenario, now);
  return scenario;
}

export async function withdrawScenario(tx: Tx, id: string, now: string): Promise<Scenario> {
  const s = await getScenario(tx, id);
  if (!s) throw new HttpError('NOT_FOUND');
  if (s.withdrawnAt) throw new HttpError('STATE_FORBIDS', { state: 'withdrawn' });
  const next: Scenario = { ...s, withdrawnAt: now, revision: s.revision + 1, updatedAt: now };
  await save(tx, next, now);
  return next;
}

/** The scenarios a caller may see: all for the authority, those covering it for a department. */
export async function listScenarios(db: Db, departmentCode: string | undefined, offset: number, limit: number): Promise<{ total: number; scenarios: Scenario[] }> {
  const rows = await db.all<{ body: string }>('SELECT body FROM scenarios ORDER BY updated_at, id');
  const all = rows.map((r) => JSON.parse(r.body) as Scenario).filter((s) => !departmentCode || s.departments.includes(departmentCode));
  return { total: all.length, scenarios: all.slice(offset, offset + limit) };
}

/**
 * Whether a new request is covered by the scenario it names: the profile grants under scenarios,
 * the scenario is registered, not withdrawn and in its period, covers the requesting department
 * and the entry, and every item asked for (the whole entry only when the scenario covers the whole
 * entry). Anything else: no grant, and the request follows the normal steps.
 */
export async function scenarioGrantFor(ctx: OpContext, scenarioId: string, request: ShareRequest): Promise<ShareRequest['scenarioGrant']> {
  // The jurisdiction's rule, as for the request's deadlines: the provider department's profile.
  if (!AUTHORISATION_RULES[await ctx.deadlines.profileOf(ctx.tx, request.providerCode)].scenarioGrants.value) return undefined;
  const s = await getScenario(ctx.tx, scenarioId);
  if (!s || s.withdrawnAt) return undefined;
  const day = formatDay(chinaDay(ctx.now, 'now'));
  if (day < s.validFrom || day > s.validUntil) return undefined;
  if (!s.departments.includes(request.requesterCode)) return undefined;
  const resource = s.resources.find((r) => r.entryId === request.entryId);
  if (!resource) return undefined;
  if (resource.items.length) {
    if (!request.items.length) return undefined;
    const covered = new Set(resource.items);
    if (!request.items.every((i) => covered.has(i))) return undefined;
  }
  return { scenarioId: s.id, name: s.name, basis: s.basis };
}
