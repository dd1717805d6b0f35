import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileId } from '@shared/profiles/types';
import type { Core } from '../index';
import { Database } from '../db/database';
import { workspacePaths } from '../workspace/paths';
import { entryInputSchema } from '@shared/domain/entry';
import { createEntries } from './repository';
import { applyReviewResult } from './states';
import { call, callError, DEPARTMENT, fixedTime, sampleEntry, tempDir } from '../../../tests/helpers/core';
import { createCore } from '../index';

const DAY = 86_400_000;

/** Complete for every profile of these tests. */
const complete = (name = '人口基础信息') => ({
  ...sampleEntry(name),
  classification: { scheme: 'national1272' as const, category: '1', item: '01' },
  dataGrade: 'important' as const,
  usageRequirements: '仅限履职使用，不得转让',
});

describe('change deadlines (目录更新时限)', () => {
  let dir: string;
  let cleanup: () => void = () => {};
  let core: Core | undefined;
  let time = fixedTime();

  afterEach(async () => {
    await core?.close();
    core = undefined;
    cleanup();
  });

  async function open(profileId: ProfileId): Promise<Core> {
    ({ dir, cleanup } = tempDir());
    time = fixedTime('2026-03-02T09:00:00.000+08:00'); // a Monday
    core = createCore({ workspaceDir: dir, timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } });
    await core.ready;
    await call(core, 'workspace.init', { profileId, departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    return core;
  }

  /** Runs a sync hook the way sync does: in its own transaction on the workspace database. */
  async function asSync(fn: (tx: Parameters<Parameters<Database['transaction']>[0]>[0]) => Promise<void>) {
    await core!.close();
    const db = await Database.open(workspacePaths(dir).db);
    try {
      await db.transaction(fn);
    } finally {
      await db.close();
      core = createCore({ workspaceDir: dir, timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } });
      await core.ready;
    }
    return core;
  }

  /** An entry the platform published (as the first pull brings it). */
  async function published(_c: Core) {
    const after = await asSync(async (tx) => {
      const values = entryInputSchema.parse(complete());
      await createEntries(tx, [values], DEPARTMENT.code, time.now().toISOString(), { ids: ['e-published'], state: 'published' });
    });
    return call(after, 'catalogue.get', { id: 'e-published' });
  }

  /** Starts a change, edits and resubmits it. */
  async function resubmit(c: Core, id: string) {
    const e = await call(c, 'catalogue.get', { id });
    const { id: _i, code: _c, state: _s, revision: _r, createdAt: _a, updatedAt: _u, ...values } = e;
    const edited = await call(c, 'catalogue.update', { id, revision: e.revision, entry: { ...values, summary: `${values.summary}，新增字段` } });
    const ready = await call(c, 'catalogue.setState', { id, revision: edited.revision, state: 'ready' });
    return call(c, 'catalogue.submit', { id, revision: ready.revision });
  }

  it('伊川: 10 working days to request the update, then 5 for the review; overdue when late; ended by publication', async () => {
    let c = await open('yichuan');
    const e = await published(c);
    c = core!;
    expect((await call(c, 'catalogue.changeDeadlines', { id: e.id })).entries).toEqual([]);

    await call(c, 'catalogue.setState', { id: e.id, revision: e.revision, state: 'changing' });
    const started = await call(c, 'catalogue.changeDeadlines', { id: e.id });
    expect(started.entries[0]).toMatchObject({ entryId: e.id, reason: 'change' });
    expect(started.entries[0]!.deadlines.map((d) => [d.step, d.start, d.due, d.status])).toEqual([['catalogueUpdateRequest', '2026-03-02', '2026-03-16', 'running']]);
    expect(started.entries[0]!.deadlines[0]!.rule.source).toEqual({ title: '《伊川县政务数据资源共享管理暂行办法》', article: '第十四条' });
    expect(started.counts).toEqual({ running: 1, dueSoon: 0, overdue: 0 });

    // Eleven working days later, nothing submitted: overdue, in 统计's count and in the week's reminders.
    time.advance(15 * DAY);
    const late = await call(c, 'catalogue.changeDeadlines', {});
    expect(late.entries[0]!.deadlines[0]).toMatchObject({ step: 'catalogueUpdateRequest', status: 'overdue' });
    expect(late.counts).toEqual({ running: 0, dueSoon: 0, overdue: 1 });
    const week = await call(c, 'reminders.week', {});
    expect(week.items).toContainEqual(expect.objectContaining({ subject: 'catalogueChange', id: e.id, step: 'catalogueUpdateRequest', status: 'overdue' }));

    // Submitting the change requests the update (late); the platform's review deadline starts.
    await resubmit(c, e.id);
    const requested = (await call(c, 'catalogue.changeDeadlines', { id: e.id })).entries[0]!.deadlines;
    expect(requested.map((d) => [d.step, d.status, d.late ?? null])).toEqual([
      ['catalogueUpdateRequest', 'done', true],
      ['catalogueUpdateReview', 'running', null],
    ]);
    expect(requested[1]!.due).toBe('2026-03-24');

    // Published: every deadline ended, none in the running list any more.
    c = await asSync((tx) => applyReviewResult(tx, e.id, { outcome: 'published' }, { actor: 'sync', at: time.now().toISOString() }));
    expect((await call(c, 'catalogue.changeDeadlines', { id: e.id })).entries[0]!.deadlines.every((d) => d.status === 'done')).toBe(true);
    const after = await call(c, 'catalogue.changeDeadlines', {});
    expect(after.entries).toEqual([]);
    expect(after.counts).toEqual({ running: 0, dueSoon: 0, overdue: 0 });
  });

  it('松江: 2 working days, started by re-docking tables that differ; plus the yearly full maintenance', async () => {
    let c = await open('songjiang');
    const e = await published(c);
    c = core!;
    // The same columns as catalogued: no change.
    const same = await call(c, 'catalogue.itemsFromDdl', { format: 'csv', text: e.items.map((i) => `${i.name},${i.type === 'N' ? 'int' : 'varchar'}${i.length ? `(${i.length})` : ''}`).join('\n'), entryId: e.id });
    expect(same.changeStarted ?? false).toBe(false);
    const ddl = 'CREATE TABLE person (id_no varchar(18) COMMENT \'公民身份号码\', new_col varchar(20) COMMENT \'新增字段\');';
    const docked = await call(c, 'catalogue.itemsFromDdl', { format: 'sql', text: ddl, entryId: e.id });
    expect(docked).toMatchObject({ differs: true, changeStarted: true });
    // Docking again does not restart the deadline: it counts from the first difference seen.
    time.advance(DAY);
    expect(await call(c, 'catalogue.itemsFromDdl', { format: 'sql', text: ddl, entryId: e.id })).toMatchObject({ differs: true, changeStarted: false });
    const view = await call(c, 'catalogue.changeDeadlines', { id: e.id });
    expect(view.entries[0]).toMatchObject({ reason: 'docking' });
    expect(view.entries[0]!.deadlines.map((d) => [d.step, d.start, d.due, d.status])).toEqual([['catalogueChange', '2026-03-02', '2026-03-04', 'dueSoon']]);
    expect(view.entries[0]!.deadlines[0]!.rule.source).toEqual({ title: '《松江区政务数据资源共享管理办法》', article: '第十条' });

    expect(view.maintenance).toMatchObject({ year: 2026, due: '2026-12-31', status: 'running', rule: { source: { article: '第十条' } } });
    const done = await call(c, 'catalogue.recordMaintenance', { year: 2026 });
    expect(done).toMatchObject({ year: 2026, status: 'done' });
    expect((await callError(c, 'catalogue.recordMaintenance', { year: 2025 })).code).toBe('VALIDATION');
    const audit = await asSync(async (tx) => {
      const rows = await tx.all<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('catalogue.changeDetected', 'catalogue.recordMaintenance') ORDER BY id");
      expect(rows.map((r) => r.action)).toEqual(['catalogue.changeDetected', 'catalogue.recordMaintenance']);
    });
    expect((await call(audit, 'catalogue.changeDeadlines', {})).maintenance?.status).toBe('done');
    // The trail says both in the officer's language.
    const said = async () => (await call(audit, 'audit.search', { entityType: 'catalogue' })).rows.concat((await call(audit, 'audit.search', { action: 'catalogue.changeDetected' })).rows).map((r) => r.summary);
    expect(await said()).toEqual(['2026 年全面维护', `${e.name}：系统表结构与已编目的数据项不一致`]);
    audit.setLocale('en');
    expect(await said()).toEqual(['Yearly full maintenance 2026', `${e.name}: table structures differ from the catalogued items`]);
  });

  it('雨花: 15 working days; 拱墅 sets none, so no deadline and no maintenance', async () => {
    let c = await open('yuhua');
    let e = await published(c);
    c = core!;
    await call(c, 'catalogue.setState', { id: e.id, revision: e.revision, state: 'changing' });
    const yuhua = await call(c, 'catalogue.changeDeadlines', { id: e.id });
    expect(yuhua.entries[0]!.deadlines.map((d) => [d.step, d.due])).toEqual([['catalogueChange', '2026-03-23']]);
    expect(yuhua.maintenance).toBeUndefined();
    await core!.close();
    core = undefined;
    cleanup();

    c = await open('gongshu');
    e = await published(c);
    c = core!;
    await call(c, 'catalogue.setState', { id: e.id, revision: e.revision, state: 'changing' });
    const gongshu = await call(c, 'catalogue.changeDeadlines', {});
    expect(gongshu).toMatchObject({ entries: [], counts: { running: 0, dueSoon: 0, overdue: 0 } });
    expect(gongshu.maintenance).toBeUndefined();
    expect((await callError(c, 'catalogue.recordMaintenance', { year: 2026 })).code).toBe('STATE_FORBIDS');
  });

  it('recomputes the stored deadlines once the day changes, and not again until something changes', async () => {
    let c = await open('yichuan');
    const e = await published(c);
    c = core!;
    await call(c, 'catalogue.setState', { id: e.id, revision: e.revision, state: 'changing' });
    expect(await call(c, 'catalogue.recomputeChangeDeadlines', {})).toEqual({ recomputed: 1, changed: 1 });
    expect(await call(c, 'catalogue.recomputeChangeDeadlines', {})).toEqual({ recomputed: 0, changed: 0 });
    time.advance(DAY);
    expect((await call(c, 'catalogue.recomputeChangeDeadlines', {})).recomputed).toBe(1);
    // Retiring the entry ends the duty.
    const now = await call(c, 'catalogue.get', { id: e.id });
    await call(c, 'catalogue.setState', { id: e.id, revision: now.revision, state: 'retired' });
    expect((await call(c, 'catalogue.changeDeadlines', { id: e.id })).entries).toEqual([]);
  });
});
