// Evaluation and anomaly notices end to end with the real platform on loopback: the department pulls
// its metrics and ranking into the workspace, the authority (a reviewer account) issues a notice,
// the department answers it offline through the outbox, the authority accepts or reopens it.
import { afterEach, describe, expect, it } from 'vitest';
import { reminderNotice } from '../../shared/i18n/reminder-notice';
import { call, callError, coreFor, disposeAll, platform } from './sync-helpers';

afterEach(disposeAll);

describe('evaluation through the platform', () => {
  it('pulls metrics and the ranking into the workspace; the dashboard renders from the cache with the platform gone', async () => {
    const p = await platform();
    const edu = await coreFor(p, 'yc-edu');
    const empty = await call(edu.core, 'evaluation.dashboard', {});
    expect(empty).toMatchObject({ fetchedAt: null, months: [], resources: [], trends: [] });

    const pulled = await call(edu.core, 'evaluation.refresh', {});
    expect(pulled).toMatchObject({ from: '2025-04-01', to: '2026-03-02' });
    expect(pulled.resources).toBeGreaterThan(0);
    await p.dispose();

    const d = await call(edu.core, 'evaluation.dashboard', {});
    expect(d.fetchedAt).not.toBeNull();
    expect(d.months).toHaveLength(12);
    expect(d.resources).toHaveLength(pulled.resources);
    expect(d.department.rank).not.toBeNull();
    expect(d.rankings.length).toBe(d.department.ranked);
    expect(d.trends.every((t) => t.availability !== null && t.availability > 0.5 && t.availability <= 1)).toBe(true);
    expect(d.weakest[0]!.metrics.score).toBe(Math.min(...d.resources.map((r) => r.metrics.score ?? Infinity)));

    const { html } = await call(edu.core, 'evaluation.printHtml', {});
    expect(html).toContain(edu.department.name);
    expect(html).toContain(`${d.department.rank} / ${d.department.ranked}`);
    expect(html).toContain(d.weakest[0]!.name);

    // one month, one resource: the figures are that month's alone
    const one = await call(edu.core, 'evaluation.dashboard', { fromMonth: '2025-06', toMonth: '2025-06', entryId: d.resources[0]!.entryId });
    expect(one.trends.map((t) => t.month)).toEqual(['2025-06']);
    expect(one.resources).toHaveLength(1);
    expect(one.trends[0]!.availability).toBe(one.resources[0]!.metrics.availability);
  }, 60_000);
});

describe('anomaly notices through the platform', () => {
  it('issued by the authority, answered offline by the department, late answers marked, accepted or reopened', async () => {
    const p = await platform({ tokenTtlMs: 365 * 86_400_000 });
    const edu = await coreFor(p, 'yc-edu');
    const authority = await coreFor(p, 'yc-reviewer');
    await call(edu.core, 'evaluation.refresh', {});
    const target = (await call(edu.core, 'evaluation.dashboard', {})).resources[0]!;

    // A department acting as the authority is refused, typed.
    const refused = await callError(edu.core, 'notices.issue', { entryId: target.entryId, kind: 'quality', evidence: '字段缺失' });
    expect(refused.code).toBe('SYNC_FORBIDDEN');

    const issued = await call(authority.core, 'notices.issue', { entryId: target.entryId, kind: 'availability', evidence: '3 月 1 日接口中断 2 小时' });
    expect(issued).toMatchObject({ state: 'issued', dueDate: '2026-03-16' });
    await call(edu.core, 'sync.run', {});
    let list = await call(edu.core, 'notices.list', {});
    expect(list.notices).toHaveLength(1);
    expect(list.notices[0]).toMatchObject({ id: issued.id, entryId: target.entryId, state: 'issued', dueDate: '2026-03-16', deadlineStatus: 'running' });

    // Offline: the draft is kept, the answer waits in the outbox until the next sync.
    await call(edu.core, 'notices.saveDraft', { id: issued.id, rectification: '已排查' });
    expect((await call(edu.core, 'notices.get', { id: issued.id })).draft).toBe('已排查');
    p.clock.advance(21 * 86_400_000); // Monday 23 March, 09:00 in China: past the due date, in working hours
    expect((await call(edu.core, 'evaluation.dashboard', {})).overdue.map((i) => [i.subject, i.id])).toEqual([['notice', issued.id]]);
    expect((await call(edu.core, 'reminders.week', {})).items.map((i) => [i.subject, i.id, i.status])).toEqual([['notice', issued.id, 'overdue']]);
    // The reminder the shell turns into a desktop notification, worded for the officer.
    const reminders: unknown[] = [];
    edu.core.on('deadline.reminder', (r) => reminders.push(r));
    await call(edu.core, 'notices.saveDraft', { id: issued.id, rectification: '已排查，正在更换服务器' });
    await expect.poll(() => reminders.length).toBeGreaterThan(0);
    expect(reminderNotice(reminders[0], 'zh-CN')).toMatchObject({ body: '异常通报整改反馈' });
    expect(reminders[0]).toMatchObject({ subject: 'notice', id: issued.id, status: 'overdue', due: '2026-03-16' });
    const queued = await call(edu.core, 'notices.answer', { id: issued.id, rectification: '已更换接口服务器并加装监测' });
    expect(queued.state).toBe('answerQueued');
    expect((await call(edu.core, 'outbox.count', {})).count).toBe(1);
    const ran = await call(edu.core, 'sync.run', {});
    expect(ran, JSON.stringify(ran)).toMatchObject({ accepted: 1, rejected: 0 });
    list = await call(edu.core, 'notices.list', {});
    expect(list.notices[0]).toMatchObject({ state: 'answered', deadlineStatus: 'done', answer: { late: true, rectification: '已更换接口服务器并加装监测' } });
    expect((await callError(edu.core, 'notices.answer', { id: issued.id, rectification: 'again' })).code).toBe('STATE_FORBIDS');

    // The authority reopens: a new answer is owed, by a new due date; then accepts the second answer.
    const all = await call(authority.core, 'notices.all', {});
    expect(all.notices.map((n) => [n.id, n.state, n.answer?.late])).toEqual([[issued.id, 'answered', true]]);
    // The authority sees whom it notified, by name, with the evidence it gave.
    const eduAccount = p.accounts.find((a) => a.user === 'yc-edu')!;
    expect(all.notices[0]).toMatchObject({ departmentCode: eduAccount.departmentCode, departmentName: eduAccount.department, evidence: '3 月 1 日接口中断 2 小时' });
    expect(all.notices[0]!.issuedAt).toMatch(/Z$/);
    await call(authority.core, 'notices.conclude', { id: issued.id, revision: all.notices[0]!.revision, result: 'reopened', note: '仍有中断' });
    await call(edu.core, 'sync.run', {});
    const reopened = await call(edu.core, 'notices.get', { id: issued.id });
    expect(reopened).toMatchObject({ state: 'reopened', deadlineStatus: 'running', conclusion: { result: 'reopened', note: '仍有中断' } });
    await call(edu.core, 'notices.answer', { id: issued.id, rectification: '已启用备用线路' });
    await call(edu.core, 'sync.run', {});
    const again = await call(authority.core, 'notices.all', {});
    await call(authority.core, 'notices.conclude', { id: issued.id, revision: again.notices[0]!.revision, result: 'accepted' });
    await call(edu.core, 'sync.run', {});
    const done = await call(edu.core, 'notices.get', { id: issued.id });
    expect(done.state).toBe('accepted');
    expect(done.history.map((h) => h.type)).toEqual(['issued', 'answered', 'reopened', 'answered', 'accepted']);

    // The history counts in the resource's quality: one notice and one late answer.
    await call(edu.core, 'evaluation.refresh', {});
    const after = await call(edu.core, 'evaluation.dashboard', { fromMonth: '2026-03', toMonth: '2026-03', entryId: target.entryId });
    expect(after.resources[0]!.metrics.quality).not.toBeNull();
    const before = await call(edu.core, 'evaluation.dashboard', { fromMonth: '2026-02', toMonth: '2026-02', entryId: target.entryId });
    expect(after.resources[0]!.metrics.quality).toBe(Math.max(0, before.resources[0]!.metrics.quality! - 15));
  }, 90_000);
});
