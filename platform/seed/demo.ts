import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryInput } from '@shared/domain/entry';
import { orgCodeCheckChar, usccCheckChar } from '@shared/ids/uscc';
import type { Change, SharedEntry, Role, ShareRequest } from '@shared/protocol/index';
import { hashPassword, putAccount } from '../auth';
import { rowsPlaceholders, type Db, type Tx } from '../db/sqlite';
import { ALL, appendChange } from '../feed';
import { usageSummary } from '../ops/authorisations';
import { nameKey, ownKey } from '../ops/catalogue';
import { saveRequest } from '../ops/requests';
import { COUNTY, DEPARTMENTS, ITEM_POOL, RESOURCE_SUFFIXES, REVIEWER_DEPARTMENT } from './names';

export interface DemoAccount {
  user: string;
  password: string;
  role: Role;
  department: string;
  departmentCode: string;
}

export const ACCOUNTS_FILE = 'demo-accounts.json';

/**
 * A 统一社会信用代码 of a county organ: 1 (机构编制) 1 (机关), the county's division code, an
 * organisation code with its GB 11714 check character, then the GB 32100 check character.
 */
export function organCode(serial: number): string {
  const body = `0${String(5170000 + serial * 131).padStart(7, '0')}`;
  const first17 = `11${COUNTY.division}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

/**
 * Seeds the demo once: departments, an officer each, a reviewer and `shared` published entries.
 * A data dir seeded before keeps its accounts (read back from demo-accounts.json).
 */
export async function seedDemo(db: Db, dataDir: string, now: Date, shared: number, grants = false): Promise<DemoAccount[]> {
  const file = join(dataDir, ACCOUNTS_FILE);
  const seeded = await db.get<{ n: number }>('SELECT count(*) AS n FROM departments');
  if (seeded?.n && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoAccount[];
  const at = now.toISOString();
  const people = [
    ...DEPARTMENTS.map((d, i) => ({ user: `yc-${d.slug}`, role: 'officer' as const, department: d.name, departmentCode: organCode(i + 1) })),
    { user: 'yc-reviewer', role: 'reviewer' as const, department: REVIEWER_DEPARTMENT.name, departmentCode: organCode(0) },
  ];
  const accounts: DemoAccount[] = await Promise.all(
    people.map(async (p) => ({ ...p, password: randomBytes(9).toString('base64url'), hash: '' })),
  );
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  const officers = accounts.filter((a) => a.role === 'officer');
  await db.transaction(async (tx) => {
    for (const a of accounts) await tx.run('INSERT OR IGNORE INTO departments (code, name, division) VALUES (?, ?, ?)', [a.departmentCode, a.department, COUNTY.division]);
  });
  // The catalogue page by page, each page one transaction: a benchmark catalogue of 1,000,000 in one
  // transaction grew a WAL of many GB. A seeding stopped half-way goes on from the last whole page.
  const done = (await db.get<{ n: number }>("SELECT count(*) AS n FROM entries WHERE id GLOB 'seed-*'"))?.n ?? 0;
  for (let start = done; start < shared; start += SEED_PAGE) {
    await db.transaction((tx) => seedSharedCatalogue(tx, officers, Math.min(SEED_PAGE, shared - start), at, start));
  }
  // The accounts last: until they and the accounts file exist, the data dir counts as not seeded.
  await db.transaction(async (tx) => {
    for (const [i, a] of accounts.entries()) await putAccount(tx, a.user, hashes[i] as string, a.role, a.departmentCode, at);
    await seedEvaluationHistory(tx, officers, now, Math.min(shared, DEMO_HISTORY_RESOURCES));
    if (grants) await seedGrants(tx, officers, now);
  });
  const out = accounts.map(({ user, password, role, department, departmentCode }) => ({ user, password, role, department, departmentCode }));
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  return out;
}

/** A deterministic pseudo-random sequence, so the demo catalogue is the same on every seed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The n-th demo entry of a department: names unique per department, ~10 items, valid by the model's rules. */
export function demoEntry(deptIndex: number, n: number): { code: string; entry: EntryInput } {
  const dept = DEPARTMENTS[deptIndex]!;
  const rnd = lcg(deptIndex * 100_003 + n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const subject = dept.subjects[n % dept.subjects.length]!;
  const suffix = RESOURCE_SUFFIXES[Math.floor(n / dept.subjects.length) % RESOURCE_SUFFIXES.length]!;
  const round = Math.floor(n / (dept.subjects.length * RESOURCE_SUFFIXES.length));
  const name = `${subject}${suffix}${round ? `（第${round + 1}批）` : ''}`;
  const r = rnd();
  const shareType = r < 0.6 ? 'unconditional' : r < 0.9 ? 'conditional' : 'none';
  const spreadsheet = rnd() < 0.2;
  const items = [...ITEM_POOL].sort(() => rnd() - 0.5).slice(0, 8 + Math.floor(rnd() * 5));
  return {
    code: `3${String(deptIndex + 1).padStart(2, '0')}001/${String(n + 1).padStart(6, '0')}`,
    entry: {
      name,
      kind: 'data',
      provider: dept.name,
      providerCode: organCode(deptIndex + 1),
      summary: `${dept.name}在履职过程中产生的${subject}相关数据，包括${items.slice(0, 3).map((i) => i[0]).join('、')}等信息。`,
      formatClass: spreadsheet ? 'spreadsheet' : 'database',
      formatType: spreadsheet ? 'xlsx' : pick(['KingbaseES', 'Dm', 'mysql', 'oracle']),
      shareType,
      shareCondition: shareType === 'conditional' ? '仅用于本部门法定职责范围内的业务办理，不得转授他人' : shareType === 'none' ? '《中华人民共和国个人信息保护法》第十三条' : undefined,
      shareMethodClass: 'platform',
      shareMethodType: spreadsheet ? 'file' : pick(['database', 'interface']),
      openType: shareType === 'unconditional' && rnd() < 0.3 ? 'unconditional' : 'none',
      updateCycle: pick(['realtime', 'daily', 'monthly', 'quarterly', 'yearly']),
      publishedOn: `2026-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
      items: items.map(([itemName, type, length]) => ({ name: itemName, type: type as 'C', length })),
    },
  };
}

/** Seeded entries per transaction (with their two feed rows each: about 50 MB of WAL). */
const SEED_PAGE = 10_000;

/**
 * `count` published entries spread over the departments, the `from`-th seeded entry first, written
 * in multi-row statements: the entries and their `sharedEntry.upsert` and `ownEntry.upsert` changes.
 */
export async function seedSharedCatalogue(tx: Tx, officers: DemoAccount[], count: number, at: string, from = 0): Promise<void> {
  const BATCH = 250;
  for (let start = from; start < from + count; start += BATCH) {
    const entryRows: (string | number)[] = [];
    const feedRows: string[] = [];
    const n = Math.min(BATCH, from + count - start);
    for (let k = start; k < start + n; k++) {
      const deptIndex = k % officers.length;
      const officer = officers[deptIndex]!;
      const { code, entry } = demoEntry(deptIndex, Math.floor(k / officers.length));
      const id = `seed-${String(k + 1).padStart(7, '0')}`;
      const body = JSON.stringify(entry);
      entryRows.push(id, officer.departmentCode, code, entry.name, nameKey(entry.name), entry.shareType, 1, 'published', body, at, at, at, code, entry.name, entry.shareType, 1, body);
      const published = { ...entry, id, code, revision: 1, departmentCode: officer.departmentCode, departmentName: officer.department, publishedAt: at } as SharedEntry;
      const change: Change = { kind: 'sharedEntry.upsert', entry: published };
      feedRows.push(ALL, `entry:${id}`, change.kind, JSON.stringify(change), at);
      const own: Change = { kind: 'ownEntry.upsert', entry: published };
      feedRows.push(officer.departmentCode, ownKey(id), own.kind, JSON.stringify(own), at);
    }
    await tx.run(
      `INSERT INTO entries (id, department_code, code, name, name_key, share_type, revision, state, body, submitted_at, published_at, updated_at, published_code, published_name, published_share_type, published_revision, published_body) VALUES ${rowsPlaceholders(n, 17)}`,
      entryRows,
    );
    await tx.run(`INSERT INTO feed (audience, key, kind, body, created_at) VALUES ${rowsPlaceholders(2 * n, 5)}`, feedRows);
  }
}

/** Resources of the demo that carry a year of evaluation history (the first ones seeded). */
export const DEMO_HISTORY_RESOURCES = 120;

/**
 * A year of evaluation history up to `now` for the first `resources` seeded entries, so that a new
 * user sees a living dashboard: daily availability checks (96 a day, with the odd outage), calls by
 * 0–3 other departments a day (usage reported on their authorisations, in force all year), volumes reported on each update cycle, and one review return in
 * ten. The entries count as published a year ago.
 */
export async function seedEvaluationHistory(tx: Tx, officers: readonly DemoAccount[], now: Date, resources: number): Promise<void> {
  const today = Math.floor(now.getTime() / 86_400_000);
  const first = today - 365;
  const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const yearAgo = new Date(first * 86_400_000).toISOString();
  const ids = await tx.all<{ id: string; department_code: string; department_name: string; name: string; body: string }>(
    `SELECT e.id, e.department_code, d.name AS department_name, coalesce(e.published_name, e.name) AS name, e.body
       FROM entries e JOIN departments d ON d.code = e.department_code WHERE e.id LIKE 'seed-%' AND e.published_at IS NOT NULL ORDER BY e.id LIMIT ?`,
    [resources],
  );
  const validUntil = day(today + 730);
  const BATCH = 200;
  const flush = async (table: string, cols: number, rows: (string | number)[]) => {
    for (let i = 0; i < rows.length; i += BATCH * cols) {
      const chunk = rows.slice(i, i + BATCH * cols);
      await tx.run(`INSERT OR REPLACE INTO ${table} VALUES ${rowsPlaceholders(chunk.length / cols, cols)}`, chunk);
    }
  };
  for (const [k, e] of ids.entries()) {
    const rnd = lcg(7919 * (k + 1));
    // Published a year ago wherever the publication is told: the entry and its changes in the feed.
    await tx.run('UPDATE entries SET published_at = ? WHERE id = ?', [yearAgo, e.id]);
    // By the feed's (audience, key) index: by key alone each UPDATE read the whole feed (2,000,000 rows at a province's size).
    await tx.run("UPDATE feed SET body = json_set(body, '$.entry.publishedAt', ?1) WHERE (audience = ?2 AND key = ?3) OR (audience = ?4 AND key = ?5)", [
      yearAgo,
      ALL,
      `entry:${e.id}`,
      e.department_code,
      ownKey(e.id),
    ]);
    const cycle = (JSON.parse(e.body) as { updateCycle: string }).updateCycle;
    // Some resources are better kept than others: the dashboard has a weakest end.
    const care = 0.75 + 0.25 * rnd();
    const checks: (string | number)[] = [];
    const usage: (string | number)[] = [];
    // Calls are usage reported on authorisations: each using department holds one, in force all year.
    const users = officers.filter((o) => o.departmentCode !== e.department_code);
    const grants = users.slice(0, 3).map((_, c) => users[(k + c) % users.length]!);
    const grantIds = grants.map((u) => `${e.id}-auth-${u.departmentCode}`);
    const shareType = (JSON.parse(e.body) as { shareType?: string }).shareType ?? 'unconditional';
    for (const [c, u] of grants.entries()) {
      const request = {
        id: grantIds[c], revision: 3, state: 'active', entryId: e.id, entryName: e.name, shareType: shareType === 'none' ? 'conditional' : shareType,
        requesterCode: u.departmentCode, requesterName: u.department, providerCode: e.department_code, providerName: e.department_name,
        items: [], purpose: '业务协同', attachments: [], submittedAt: yearAgo, validUntil, deliveredAt: yearAgo, updatedAt: yearAgo,
      };
      await tx.run('INSERT OR REPLACE INTO requests (id, requester_code, provider_code, entry_id, state, revision, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
        request.id!, u.departmentCode, e.department_code, e.id, 'active', 3, JSON.stringify(request), yearAgo,
      ]);
    }
    const volumes: (string | number)[] = [];
    let rows = 1000 + Math.floor(rnd() * 100_000);
    for (let d = first; d < today; d++) {
      const outage = rnd() > care + 0.2 ? Math.floor(rnd() * 40) : 0;
      checks.push(e.id, day(d), 96, outage);
      const callers = Math.floor(rnd() * 4 * care);
      for (let c = 0; c < callers && c < grants.length; c++) usage.push(grantIds[c]!, day(d), 1 + Math.floor(rnd() * 50), yearAgo);
      const date = new Date(d * 86_400_000);
      const cycleEnd =
        cycle === 'realtime' || cycle === 'daily'
          ? true
          : cycle === 'monthly'
            ? date.getUTCDate() === 28
            : cycle === 'quarterly'
              ? date.getUTCDate() === 20 && date.getUTCMonth() % 3 === 2
              : date.getUTCDate() === 15 && date.getUTCMonth() === 11;
      if (cycleEnd && rnd() < care + 0.1) {
        rows += Math.floor(rnd() * 500);
        volumes.push(e.id, day(d), rows, rows * 180);
      }
    }
    await flush('evaluation_checks (entry_id, day, checks, failures)', 4, checks);
    await flush('authorisation_usage (request_id, day, calls, recorded_at)', 4, usage);
    await flush('evaluation_volumes (entry_id, day, rows, bytes)', 4, volumes);
    if (k % 10 === 3) await tx.run('INSERT INTO evaluation_returns (entry_id, at) VALUES (?, ?)', [e.id, new Date((first + 30 + k) * 86_400_000).toISOString()]);
  }
}

/**
 * How the demo's authorisations have been used since delivery: `daily` calls on working days up to
 * `stoppedDaysAgo` (then nothing), or none at all. One stopped four months ago and one never used
 * are what 伊川's "unused for three months" rule (《伊川县政务数据资源共享管理暂行办法》第二十九条)
 * flags; the others are in use.
 */
const DEMO_GRANTS = [
  { deliveredDaysAgo: 300, daily: 120, stoppedDaysAgo: 1 },
  { deliveredDaysAgo: 200, daily: 35, stoppedDaysAgo: 2 },
  { deliveredDaysAgo: 250, daily: 60, stoppedDaysAgo: 120 },
  { deliveredDaysAgo: 150, daily: 0, stoppedDaysAgo: 150 },
  { deliveredDaysAgo: 90, daily: 8, stoppedDaysAgo: 3 },
] as const;

/**
 * Authorisations in force between the demo departments, each on a conditional entry of one
 * department granted to another a while ago and valid for another year, with its daily calls
 * (`authorisation_usage`) and the usage summary both parties pull, so a new user sees usage and the
 * unused-grant rule has data to work on.
 */
export async function seedGrants(tx: Tx, officers: readonly DemoAccount[], now: Date): Promise<void> {
  const entries = await tx.all<{ id: string; department_code: string; body: string }>(
    "SELECT id, department_code, body FROM entries WHERE id LIKE 'seed-%' AND published_at IS NOT NULL AND share_type = 'conditional' ORDER BY id LIMIT ?",
    [DEMO_GRANTS.length],
  );
  const at = now.toISOString();
  const dayOf = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
  for (const [k, e] of entries.entries()) {
    const plan = DEMO_GRANTS[k]!;
    const provider = officers.find((o) => o.departmentCode === e.department_code)!;
    const requester = officers.filter((o) => o.departmentCode !== e.department_code)[(3 * k + 1) % (officers.length - 1)]!;
    const entry = JSON.parse(e.body) as { name: string; items?: { name: string }[] };
    const delivered = dayOf(plan.deliveredDaysAgo);
    const submitted = dayOf(plan.deliveredDaysAgo + 6).toISOString();
    const validUntil = new Date(now.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
    const request: ShareRequest = {
      id: `seed-grant-${k + 1}`,
      revision: 3,
      state: 'active',
      entryId: e.id,
      entryName: entry.name,
      shareType: 'conditional',
      requesterCode: requester.departmentCode,
      requesterName: requester.department,
      providerCode: provider.departmentCode,
      providerName: provider.department,
      items: (entry.items ?? []).slice(0, 3).map((i) => i.name),
      purpose: `${requester.department}依法履行职责所需的业务核验`,
      scenario: '业务办理中的信息核验',
      basisKind: 'duty',
      basisText: '本部门“三定”规定所列业务核验职责',
      shareMethod: 'interface',
      periodFrom: submitted.slice(0, 10),
      periodTo: validUntil,
      contactName: '李明',
      contactPhone: '0379-68312345',
      attachments: [],
      submittedAt: submitted,
      decision: { decision: 'approve', by: 'provider', decidedAt: dayOf(plan.deliveredDaysAgo + 2).toISOString(), overdue: false },
      validUntil,
      deliveredAt: delivered.toISOString(),
      delivery: { method: 'interface', url: `https://gxpt.yichuan.gov.cn/api/${e.id}`, deliveredAt: delivered.toISOString() },
      updatedAt: delivered.toISOString(),
    };
    await saveRequest(tx, request, at, true);
    const rnd = lcg(104_729 * (k + 1));
    const days: (string | number)[] = [];
    for (let d = plan.deliveredDaysAgo - 1; d >= plan.stoppedDaysAgo && plan.daily > 0; d--) {
      const date = dayOf(d);
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
      days.push(request.id, date.toISOString().slice(0, 10), Math.max(1, Math.round(plan.daily * (0.5 + rnd()))), at);
    }
    for (let i = 0; i < days.length; i += 800) {
      const chunk = days.slice(i, i + 800);
      await tx.run(`INSERT INTO authorisation_usage (request_id, day, calls, recorded_at) VALUES ${rowsPlaceholders(chunk.length / 4, 4)}`, chunk);
    }
    const usage = await usageSummary(tx, request.id);
    await appendChange(tx, request.requesterCode, `usage:${request.id}`, { kind: 'authorisation.usage', usage }, at);
    await appendChange(tx, request.providerCode, `usage:${request.id}`, { kind: 'authorisation.usage', usage }, at);
  }
}
