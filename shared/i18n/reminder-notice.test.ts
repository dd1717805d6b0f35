import { describe, expect, it } from 'vitest';
import { reminderNotice } from './reminder-notice';

describe('deadline reminder text', () => {
  const payload = { subject: 'request', id: 'r1', title: '人口基础信息', step: 'providerDecision', due: '2026-03-09', status: 'overdue', calendarCovered: true };

  it('says what is late and when it was due, and the step, in the UI language', () => {
    const zh = reminderNotice(payload, 'zh-CN')!;
    expect(zh.title).toBe('“人口基础信息”已超过办理时限（2026-03-09）');
    expect(zh.body).not.toBe('');
    expect(zh.body).not.toContain('calendar.step');
    expect(zh.key).toBe('deadline:r1:providerDecision:2026-03-09:overdue');
    const en = reminderNotice({ ...payload, status: 'dueSoon', subject: 'objection', step: 'objectionAnswer' }, 'en')!;
    expect(en.title).toBe('“人口基础信息” is due on 2026-03-09');
    expect(en.body).not.toBe(zh.body);
    expect(en.key).toBe('deadline:r1:objectionAnswer:2026-03-09:dueSoon');
  });

  it('words many of a kind as one, with the count and the earliest due day', () => {
    const many = { ...payload, subject: 'zeroUpdate', step: 'zeroUpdate', count: 25216 };
    const zh = reminderNotice(many, 'zh-CN')!;
    expect(zh.title).toBe('数据更新：25,216 项已超过办理时限（最早 2026-03-09）');
    expect(zh.key).toBe('deadline:zeroUpdate:overdue:2026-03-09:25216');
    expect(reminderNotice({ ...many, status: 'dueSoon', count: 4 }, 'en')!.title).toBe('Data update: 4 due soon (the earliest on 2026-03-09)');
    expect(reminderNotice({ ...many, count: 1 }, 'en')).toBeUndefined();
  });

  it('ignores anything that is not a reminder', () => {
    expect(reminderNotice({ id: 'x' }, 'en')).toBeUndefined();
    expect(reminderNotice({ ...payload, status: 'late' }, 'en')).toBeUndefined();
  });
});
