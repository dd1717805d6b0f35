import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { Database } from '../db/database';
import { workspacePaths } from '../workspace/paths';
import { deadlineContext } from '../deadlines/stored';
import { zeroUpdateDeadlineSource } from './deadline-source';
import { copyEntry, publishAsSync } from '../../../tests/helpers/zero-updates';
import { call, callError, fixedTime, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';
import type { Input } from '@shared/ipc/contract';

type EntryInput = Input<'catalogue.create'>['entry'];
/** Complete for the Yichuan profile, so it can be marked ready. */
const complete = (name: string, over: Partial<EntryInput> = {}): EntryInput => ({
  ...sampleEntry(name),
  classification: { scheme: 'national1272', category: '1', item: '01' },
  dataGrade: 'important',
  usageRequirements: '仅限履职使用，不得转让',
  ...over,
});

const DAY = 86_400_000;

describe('zero updates', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let time: ReturnType<typeof fixedTime>;

  beforeEach(async () => {
    // 2026-03-02 09:00 UTC = 17:00 in China, a Monday.
    time = fixedTime('2026-03-02T09:00:00.000Z');
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir, { timeSource: time });
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  /** Creates entries, marks them ready and publishes them through the sync hooks. */
  async function published(...entries: EntryInput[]): Promise<string[]> {
    const ids: string[] = [];
    for (const e of entries) {
      const created = await call(core, 'catalogue.create', { entry: e });
      await call(core, 'catalogue.setState', { id: created.id, revision: 1, state: 'ready' });
      ids.push(created.id);
    }
    await core.close();
    await publishAsSync(dir, ids, time.now().toISOString());
    core = await initialisedCore(dir, { timeSource: time });
    return ids;
  }

  it('lists due dates from the cycle, overdue entries first, with counts', async () => {
    const [monthly, daily, realtime] = await published(
      complete('月报数据', { updateCycle: 'monthly' }),
      complete('日报数据', { updateCycle: 'daily' }),
      complete('实时数据', { updateCycle: 'realtime' }),
    );
    await call(core, 'catalogue.create', { entry: complete('草稿数据', { updateCycle: 'daily' }) });
    let list = await call(core, 'zeroUpdates.list', {});
    expect(list.today).toBe('2026-03-02');
    const byName = new Map(list.rows.map((r) => [r.name, r]));
    expect(byName.get('月报数据')).toMatchObject({ status: 'ok', dueDate: '2026-04-30', covered: { key: '2026-03' }, current: { key: '2026-03' } });
    expect(byName.get('日报数据')).toMatchObject({ status: 'ok', dueDate: '2026-03-03' });
    expect(byName.get('实时数据')).toMatchObject({ status: 'notApplicable', daysOverdue: 0 });
    expect(byName.get('实时数据')?.dueDate).toBeUndefined();
    expect(byName.get('草稿数据')).toMatchObject({ status: 'notPublished' });
    expect(list.counts).toEqual({ tracked: 2, overdue: 0, dueToday: 0, ok: 2 });

    time.advance(3 * DAY); // 2026-03-05: the daily one is two days late
    list = await call(core, 'zeroUpdates.list', { filter: 'overdue' });
    expect(list.rows.map((r) => [r.entryId, r.daysOverdue])).toEqual([[daily, 2]]);
    expect(list.counts).toMatchObject({ tracked: 2, overdue: 1, ok: 1 });
    expect((await call(core, 'zeroUpdates.list', { filter: 'tracked' })).rows.map((r) => r.entryId).sort()).toEqual([monthly, daily].sort());
    expect(realtime).toBeDefined();
  });

  it('reads a catalogue larger than one page of the reader whole, each entry once, and hands the table one page at a time', async () => {
    const [first] = await published(complete('月报数据', { updateCycle: 'monthly' }));
    await core.close();
    // 2,500 copies of the published entry: more than two of the reader's pages of 1,000.
    await copyEntry(dir, first!, 2500);
    core = await initialisedCore(dir, { timeSource: time });
    const all = await call(core, 'zeroUpdates.list', {});
    expect(all.rows).toHaveLength(2501);
    expect(new Set(all.rows.map((r) => r.entryId)).size).toBe(2501);
    expect(all.total).toBe(2501);
    expect(all.counts).toEqual({ tracked: 2501, overdue: 0, dueToday: 0, ok: 2501 });
    const page2 = await call(core, 'zeroUpdates.list', { page: 2, pageSize: 50 });
    expect(page2).toMatchObject({ total: 2501, counts: all.counts });
    expect(page2.rows.map((r) => r.entryId)).toEqual(all.rows.slice(50, 100).map((r) => r.entryId));
    expect((await call(core, 'zeroUpdates.list', { page: 51, pageSize: 50 })).rows).toHaveLength(1);
    expect((await core.dispatch('zeroUpdates.list', { page: 0 })).ok).toBe(false);
  });

  it('gives the deadline items of the entries due by the day a caller asks for, and only those', async () => {
    const [monthly, daily] = await published(complete('月报数据', { updateCycle: 'monthly' }), complete('日报数据', { updateCycle: 'daily' }));
    const db = await Database.open(workspacePaths(dir).db);
    try {
      const dc = await deadlineContext(db, 'yichuan', time.now().toISOString());
      const due = async (until?: string) => (await zeroUpdateDeadlineSource.dueItems(db, dc, until)).map((i) => [i.id, i.due, i.status]);
      expect(await due()).toEqual(expect.arrayContaining([[daily, '2026-03-03', 'dueSoon'], [monthly, '2026-04-30', 'running']]));
      expect(await due('2026-03-03')).toEqual([[daily, '2026-03-03', 'dueSoon']]);
      // The dashboard asks for what is due by today: nothing yet.
      expect(await due('2026-03-02')).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('counts days in China: 16:30 UTC is already the next day there', async () => {
    const [daily] = await published(complete('日报数据', { updateCycle: 'daily' }));
    time.advance(7.5 * 3_600_000); // 2026-03-02T16:30Z = 2026-03-03 00:30 in China
    const list = await call(core, 'zeroUpdates.list', {});
    expect(list.today).toBe('2026-03-03');
    expect(list.rows.find((r) => r.entryId === daily)).toMatchObject({ status: 'dueToday', dueDate: '2026-03-03', current: { key: '2026-03-03' } });
    expect((await call(core, 'zeroUpdates.report', { entryId: daily! })).last?.period).toBe('2026-03-03');
  });

  it('records a zero-update report for the current period, audited and queued for the platform', async () => {
    const [daily, realtime] = await published(complete('日报数据', { updateCycle: 'daily' }), complete('实时数据', { updateCycle: 'realtime' }));
    time.advance(3 * DAY);
    const before = (await call(core, 'outbox.count', {})).count;
    const row = await call(core, 'zeroUpdates.report', { entryId: daily!, note: '本日无变化' });
    expect(row).toMatchObject({ status: 'ok', last: { kind: 'zeroUpdate', day: '2026-03-05', period: '2026-03-05' }, dueDate: '2026-03-06', reportedCurrent: true });

    const dup = await callError(core, 'zeroUpdates.report', { entryId: daily! });
    expect(dup).toMatchObject({ code: 'ZERO_UPDATE_DUPLICATE', message: '本期（2026-03-05）已报送过零更新' });
    expect((await callError(core, 'zeroUpdates.report', { entryId: realtime! })).code).toBe('ZERO_UPDATE_NOT_APPLICABLE');
    expect((await callError(core, 'zeroUpdates.report', { entryId: 'nope' })).code).toBe('NOT_FOUND');
    expect((await call(core, 'outbox.count', {})).count).toBe(before + 1);

    const audit = await call(core, 'audit.list', { entityId: daily! });
    expect(audit.rows[0]).toMatchObject({ action: 'zeroUpdates.report', summary: '日报数据: 2026-03-05 (本日无变化)' });
    const db = await Database.open(workspacePaths(dir).db);
    try {
      const op = await db.get<{ kind: string; entity_type: string; payload: string }>("SELECT kind, entity_type, payload FROM outbox WHERE kind = 'zeroUpdate.report'");
      expect(op?.entity_type).toBe('zero_update');
      expect(JSON.parse(op?.payload ?? '{}')).toEqual({ entryId: daily, period: '2026-03-05', note: '本日无变化' });
    } finally {
      await db.close();
    }
  });

  it('counts the next period from a data update; refuses entries not published', async () => {
    const [monthly] = await published(complete('月报数据', { updateCycle: 'monthly' }));
    time.advance(60 * DAY); // 2026-05-01: April was missed
    expect((await call(core, 'zeroUpdates.list', { filter: 'overdue' })).rows[0]).toMatchObject({ entryId: monthly, dueDate: '2026-04-30', daysOverdue: 1 });
    const row = await call(core, 'zeroUpdates.recordUpdate', { entryId: monthly! });
    expect(row).toMatchObject({ status: 'ok', last: { kind: 'dataUpdate', day: '2026-05-01' }, dueDate: '2026-06-30', reportedCurrent: false });
    const { events } = await call(core, 'zeroUpdates.history', { entryId: monthly! });
    expect(events.map((e) => [e.kind, e.period])).toEqual([['dataUpdate', '2026-05']]);

    const draft = await call(core, 'catalogue.create', { entry: complete('草稿数据') });
    expect(await callError(core, 'zeroUpdates.recordUpdate', { entryId: draft.id })).toMatchObject({ code: 'ZERO_UPDATE_NOT_PUBLISHED', details: { params: { state: 'draft' } } });
    expect((await call(core, 'zeroUpdates.history', { entryId: draft.id })).events).toEqual([]);
  });

  it('sends the volume the provider reports with a zero update and a data update; a volume that is not a whole number is refused and nothing is kept', async () => {
    const [monthly] = await published(complete('月报数据', { updateCycle: 'monthly' }));
    time.advance(30 * DAY); // 2026-04-01
    await call(core, 'zeroUpdates.report', { entryId: monthly!, rows: 12_000, bytes: 3_400_000 });
    time.advance(DAY);
    await call(core, 'zeroUpdates.recordUpdate', { entryId: monthly!, rows: 12_500 });
    for (const bad of [{ rows: -1 }, { bytes: 1.5 }]) {
      expect(await callError(core, 'zeroUpdates.recordUpdate', { entryId: monthly!, ...bad })).toMatchObject({ code: 'VALIDATION' });
    }
    const { events } = await call(core, 'zeroUpdates.history', { entryId: monthly! });
    expect(events.map((e) => [e.kind, e.rows, e.bytes])).toEqual([
      ['dataUpdate', 12_500, undefined],
      ['zeroUpdate', 12_000, 3_400_000],
    ]);
    const db = await Database.open(workspacePaths(dir).db);
    try {
      const ops = await db.all<{ kind: string; entity_id: string; payload: string }>('SELECT kind, entity_id, payload FROM outbox ORDER BY seq');
      expect(ops.map((o) => [o.kind, JSON.parse(o.payload)])).toEqual([
        ['zeroUpdate.report', { entryId: monthly, period: '2026-04', rows: 12_000, bytes: 3_400_000 }],
        ['dataUpdate.report', { entryId: monthly, day: '2026-04-02', rows: 12_500 }],
      ]);
      expect(ops[1]!.entity_id).toBe(events[0]!.id);
    } finally {
      await db.close();
    }
  });
});
