import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSchema, type Change, type DepartmentRank, type Notice, type Operation, type ReportFiling, type ResourceMetrics, type ResourceMonth } from '@shared/protocol/index';
import { account, opId, REQUEST_DETAILS, sampleEntry, signedIn, startTestPlatform, type Client, type TestPlatform } from '../tests/helpers/platform';

let p: TestPlatform;
let edu: Client;
let police: Client;
let reviewer: Client;
const op = (o: Omit<Operation, 'opId'>): Operation => ({ opId: opId(), ...o }) as Operation;

beforeAll(async () => {
  p = await startTestPlatform({ seedShared: 0, requireSealedForm: false, tokenTtlMs: 365 * 86_400_000 });
  [edu, police, reviewer] = await Promise.all([signedIn(p, 'yc-edu'), signedIn(p, 'yc-police'), signedIn(p, 'yc-reviewer')]);
  await edu.push([op({ kind: 'catalogue.submit', entityId: 'ev-1', baseRevision: 0, payload: { code: 'E/1', entry: sampleEntry('在校学生名单', { updateCycle: 'daily' }) } })]);
  await police.push([op({ kind: 'catalogue.submit', entityId: 'ev-2', baseRevision: 0, payload: { code: 'P/1', entry: sampleEntry('户籍人口', { provider: '伊川县公安局' }) } })]);
  for (const id of ['ev-1', 'ev-2']) expect((await reviewer.send('POST', `/review/entries/${id}/approve`, { json: { revision: 1 } })).status).toBe(200);
});
afterAll(() => p.dispose());

type MetricsBody = { resources: ResourceMetrics[]; months: ResourceMonth[] };
const metrics = (c: Client, q: string) => c.send<MetricsBody & { error?: { code: string } }>('GET', `/evaluation/metrics?${q}`);

describe('evaluation metrics', () => {
  it('a resource with nothing recorded shows availability and usage as unknown, never 0', async () => {
    const r = await metrics(edu, 'from=2026-03-02&to=2026-03-04');
    expect(r.status).toBe(200);
    expect(r.body.resources.map((x) => x.entryId)).toEqual(['ev-1']);
    const m = r.body.resources[0]!.metrics;
    expect(m.availability).toBeNull();
    expect(m.departmentsPerDay).toBe(0); // published three days, called on none: known, and zero
    expect(m.timeliness).toBe(0); // a daily cycle, three days owed, none reported
    expect(r.body.resources[0]!.rows).toBeNull();
  });

  it('follows the formulas over recorded checks, volumes and the calls reported on authorisations (hand-computed)', async () => {
    // Police holds two authorisations of ev-1 (two purposes), civil affairs one; edu grants and delivers all three on 2 March.
    const civilClient = await signedIn(p, 'yc-civil');
    const grant = async (c: Client, id: string, purpose: string) => {
      await c.push([op({ kind: 'request.create', entityId: id, baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'ev-1', purpose } })]);
      const answers = await edu.push([
        op({ kind: 'request.decide', entityId: id, baseRevision: 1, payload: { decision: 'approve', validUntil: '2026-12-31' } }),
        op({ kind: 'request.deliver', entityId: id, baseRevision: 2, payload: { method: 'file', location: '交换区' } }),
      ]);
      expect(JSON.stringify(answers)).not.toContain('rejected');
    };
    await grant(police, 'ev-auth-1', '户籍核验');
    await grant(police, 'ev-auth-2', '校园安全排查');
    await grant(civilClient, 'ev-auth-3', '低保审核');
    p.clock.advance(2 * 86_400_000); // 4 March: usage of the 2nd and 3rd may be reported
    const usage = async (id: string, days: { day: string; calls: number }[]) => expect((await edu.send('POST', `/authorisations/${id}/usage`, { json: { days } })).status).toBe(200);
    // 2 March: police calls 6 + 4 through its two authorisations (one department that day), civil 5; 3 March: police 3; 4 March: a day of 0 calls is no use.
    await usage('ev-auth-1', [{ day: '2026-03-02', calls: 6 }, { day: '2026-03-03', calls: 3 }, { day: '2026-03-04', calls: 0 }]);
    await usage('ev-auth-2', [{ day: '2026-03-02', calls: 4 }]);
    await usage('ev-auth-3', [{ day: '2026-03-02', calls: 5 }]);
    p.clock.advance(-2 * 86_400_000); // back to 2 March, where the notices below start
    // Calls are not recorded beside the authorisations.
    const typed = await reviewer.send('POST', '/evaluation/observations', { json: { usage: [{ entryId: 'ev-1', day: '2026-03-02', departmentCode: account(p, 'yc-police').departmentCode, calls: 10 }] } });
    expect(typed.status).toBe(400);
    const rec = await reviewer.send('POST', '/evaluation/observations', {
      json: {
        checks: [
          { entryId: 'ev-1', day: '2026-03-02', checks: 96, failures: 0 },
          { entryId: 'ev-1', day: '2026-03-03', checks: 96, failures: 6 },
          { entryId: 'ev-1', day: '2026-03-04', checks: 96, failures: 0 },
        ],
        volumes: [
          { entryId: 'ev-1', day: '2026-03-02', rows: 1000, bytes: 50_000 },
          { entryId: 'ev-1', day: '2026-03-04', rows: 1200, bytes: 60_000 },
        ],
      },
    });
    expect(rec.body).toMatchObject({ recorded: 5 });
    const r = await metrics(edu, 'from=2026-03-02&to=2026-03-04');
    const res = r.body.resources[0]!;
    expect(res.totals).toMatchObject({ days: 3, checks: 288, failures: 6, calls: 18, departmentDays: 3, dueCycles: 3, onTimeCycles: 2 });
    expect(res.rows).toBe(1200);
    expect(res.bytes).toBe(60_000);
    // availability 282/288; 6 + 4 + 5 + 3 = 18 calls / 3 days; department-days: 2 (police, civil) on the 2nd + 1 on the 3rd = 3, / 3 days → usage 50; 2 of 3 cycles
    expect(res.metrics).toMatchObject({ availability: 0.9792, callsPerDay: 6, departmentsPerDay: 1, usage: 50, timeliness: 0.6667 });
    expect(res.catalogueScore).not.toBeNull();
    expect(r.body.months).toEqual([{ entryId: 'ev-1', month: '2026-03', totals: res.totals }]);
  });

  it('takes the volume the provider reports with its zero updates and data updates, the latest giving each figure', async () => {
    const ev2 = async () => (await metrics(police, 'from=2026-03-02&to=2026-03-04')).body.resources[0]!;
    expect(await ev2()).toMatchObject({ rows: null, bytes: null });
    const zero = await police.push([op({ kind: 'zeroUpdate.report', entityId: 'zu-ev2', baseRevision: 0, payload: { entryId: 'ev-2', period: '2026-03', rows: 400, bytes: 8000 } })]);
    expect(zero.body.results[0]).toMatchObject({ status: 'accepted' });
    expect(await ev2()).toMatchObject({ rows: 400, bytes: 8000 });
    // Not another department's resource, not a day after today (2 March in China).
    const notMine = await edu.push([op({ kind: 'dataUpdate.report', entityId: 'du-x', baseRevision: 0, payload: { entryId: 'ev-2', day: '2026-03-02', rows: 1 } })]);
    expect(notMine.body.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    const ahead = await police.push([op({ kind: 'dataUpdate.report', entityId: 'du-1', baseRevision: 0, payload: { entryId: 'ev-2', day: '2026-03-03', rows: 450 } })]);
    expect(ahead.body.results[0]).toMatchObject({ status: 'rejected', code: 'VALIDATION' });
    // 3 March: a data update giving rows only; the bytes stay those of the zero update.
    p.clock.advance(86_400_000);
    try {
      const update = await police.push([op({ kind: 'dataUpdate.report', entityId: 'du-2', baseRevision: 0, payload: { entryId: 'ev-2', day: '2026-03-03', rows: 450 } })]);
      expect(update.body.results[0]).toMatchObject({ status: 'accepted' });
      expect(await ev2()).toMatchObject({ rows: 450, bytes: 8000 });
      // A period ending before the update still shows the volume of its own end.
      expect((await metrics(police, 'from=2026-03-02&to=2026-03-02')).body.resources[0]).toMatchObject({ rows: 400, bytes: 8000 });
    } finally {
      p.clock.advance(-86_400_000);
    }
  });

  it('an officer sees its own department only; the authority sees all', async () => {
    const eduCode = account(p, 'yc-edu').departmentCode;
    const other = await metrics(police, `from=2026-03-02&to=2026-03-04&department=${eduCode}`);
    expect(other.status).toBe(403);
    expect(other.body.error?.code).toBe('FORBIDDEN');
    expect((await metrics(police, 'from=2026-03-02&to=2026-03-04')).body.resources.map((x) => x.entryId)).toEqual(['ev-2']);
    expect((await metrics(reviewer, 'from=2026-03-02&to=2026-03-04')).body.resources.map((x) => x.entryId).sort()).toEqual(['ev-1', 'ev-2']);
    expect((await metrics(reviewer, `from=2026-03-02&to=2026-03-04&department=${eduCode}`)).body.resources.map((x) => x.entryId)).toEqual(['ev-1']);
    const backwards = await metrics(edu, 'from=2026-03-04&to=2026-03-02');
    expect(backwards.status).toBe(400);
  });

  it('ranks departments for everyone', async () => {
    const r = await police.send<{ departments: DepartmentRank[] }>('GET', '/evaluation/rankings?from=2026-03-02&to=2026-03-04');
    expect(r.status).toBe(200);
    expect(r.body.departments).toHaveLength(2);
    expect(r.body.departments.map((d) => d.rank)).toEqual([1, 2]);
    expect(r.body.departments[0]!.score!).toBeGreaterThanOrEqual(r.body.departments[1]!.score!);
  });
});

const notices = async (c: Client) =>
  (await c.pullAll('0')).changes.map((ch) => changeSchema.parse(ch) as Change).flatMap((ch) => (ch.kind === 'notice.update' ? [ch.notice] : []));

describe('anomaly notices', () => {
  it('a department acting as the authority is refused, typed', async () => {
    const r = await police.send<{ error: { code: string; message: string } }>('POST', '/evaluation/notices', { json: { id: 'n-x', entryId: 'ev-1', kind: 'quality', evidence: 'x' } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('FORBIDDEN');
    expect(r.body.error.message).toBe('当前账号无权执行此操作');
  });

  it('issued by the authority with the profile due date; a late answer is accepted and marked late; counts in quality', async () => {
    const before = (await metrics(edu, 'from=2026-03-02&to=2026-03-31')).body.resources[0]!;
    const issued = await reviewer.send<{ notice: Notice }>('POST', '/evaluation/notices', {
      json: { id: 'n-1', entryId: 'ev-1', kind: 'availability', evidence: '3 月 3 日接口 6 次检测失败' },
    });
    expect(issued.status).toBe(200);
    // 2026-03-02 + 10 working days
    expect(issued.body.notice).toMatchObject({ state: 'issued', dueDate: '2026-03-16', departmentCode: account(p, 'yc-edu').departmentCode });
    expect((await notices(edu)).map((n) => n.id)).toEqual(['n-1']);
    expect(await notices(police)).toEqual([]);

    const wrong = await police.push([op({ kind: 'notice.answer', entityId: 'n-1', baseRevision: 1, payload: { rectification: 'x' } })]);
    expect(wrong.body.results[0]).toMatchObject({ code: 'FORBIDDEN' });
    p.clock.advance(20 * 86_400_000); // 22 March: past the due date
    const late = await edu.push([op({ kind: 'notice.answer', entityId: 'n-1', baseRevision: 1, payload: { rectification: '已更换接口服务器并增加监测' } })]);
    expect(late.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });
    const answered = (await notices(edu))[0]!;
    expect(answered).toMatchObject({ state: 'answered', answer: { late: true, rectification: '已更换接口服务器并增加监测' } });

    const reopened = await reviewer.send<{ notice: Notice }>('POST', '/evaluation/notices/n-1/reopen', { json: { revision: 2, note: '仍有失败' } });
    expect(reopened.body.notice).toMatchObject({ state: 'reopened', revision: 3 });
    expect((await reviewer.send('POST', '/evaluation/notices/n-1/accept', { json: { revision: 3 } })).status).toBe(409);
    await edu.push([op({ kind: 'notice.answer', entityId: 'n-1', baseRevision: 3, payload: { rectification: '已修复' } })]);
    const accepted = await reviewer.send<{ notice: Notice }>('POST', '/evaluation/notices/n-1/accept', { json: { revision: 4 } });
    expect(accepted.body.notice.state).toBe('accepted');
    expect(accepted.body.notice.history.map((h) => h.type)).toEqual(['issued', 'answered', 'reopened', 'answered', 'accepted']);

    const after = (await metrics(edu, 'from=2026-03-02&to=2026-03-31')).body.resources[0]!;
    expect(after.totals).toMatchObject({ notices: 1, lateNotices: 1 });
    // one notice (10) and one late answer (5) off the quality metric
    expect(after.metrics.quality).toBe(before.metrics.quality! - 15);
    const listed = await reviewer.send<{ notices: Notice[] }>('GET', '/evaluation/notices');
    expect(listed.body.notices.map((n) => n.id)).toEqual(['n-1']);
    expect((await police.send<{ notices: Notice[] }>('GET', '/evaluation/notices')).body.notices).toEqual([]);
  });
});

describe('annual report filing', () => {
  it('uploads the report and the authority sees who has filed', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% annual report 2025\n%%EOF\n');
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect((await edu.send('PUT', `/attachments/${sha}`, { raw: pdf, contentType: 'application/octet-stream' })).status).toBe(200);
    const filed = await edu.send<{ filing: ReportFiling }>('POST', '/evaluation/reports', { json: { year: 2025, sha256: sha } });
    expect(filed.status).toBe(200);
    expect(filed.body.filing).toMatchObject({ year: 2025, sha256: sha, mediaType: 'application/pdf' });
    const unknown = await police.send('POST', '/evaluation/reports', { json: { year: 2025, sha256: sha } });
    expect(unknown.status).toBe(404); // not its upload
    const all = await reviewer.send<{ filings: ReportFiling[] }>('GET', '/evaluation/reports?year=2025');
    const byCode = new Map(all.body.filings.map((f) => [f.departmentCode, f]));
    expect(byCode.get(account(p, 'yc-edu').departmentCode)?.filedAt).not.toBeNull();
    expect(byCode.get(account(p, 'yc-police').departmentCode)?.filedAt).toBeNull();
    // the authority may read what was filed
    expect((await reviewer.send('GET', `/attachments/${sha}`)).status).toBe(200);
    const own = await police.send<{ filings: ReportFiling[] }>('GET', '/evaluation/reports?year=2025');
    expect(own.body.filings.map((f) => f.departmentCode)).toEqual([account(p, 'yc-police').departmentCode]);
  });
});

describe('demo seed', () => {
  it('carries a year of history: the dashboard has something to show', async () => {
    const demo = await startTestPlatform({ seedShared: 36 });
    try {
      const rev = await signedIn(demo, 'yc-reviewer');
      const r = await rev.send<MetricsBody>('GET', '/evaluation/metrics?from=2025-03-01&to=2026-02-28');
      expect(r.status).toBe(200);
      expect(r.body.resources).toHaveLength(36);
      expect(r.body.resources.every((x) => x.metrics.availability !== null && x.metrics.score !== null)).toBe(true);
      expect(new Set(r.body.months.map((m) => m.month)).size).toBe(12);
    } finally {
      await demo.dispose();
    }
  });
});
