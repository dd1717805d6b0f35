import { describe, expect, it } from 'vitest';
import { reminderNotice } from './reminder-notice';

describe('deadline reminder notification', () => {
  const payload = { subject: 'request', id: 'r1', title: '人口基础信息', step: 'providerDecision', due: '2026-03-09', status: 'overdue', calendarCovered: true };

  it('says what is late and when it was due, in the UI language', () => {
    const zh = reminderNotice(payload, 'zh-CN')!;
    expect(zh.notice.title).toBe('“人口基础信息”已超过办理时限（2026-03-09）');
    expect(zh.key).toBe('deadline:r1:providerDecision:2026-03-09:overdue');
    expect(reminderNotice({ ...payload, status: 'dueSoon' }, 'en')!.notice.title).toBe('“人口基础信息” is due on 2026-03-09');
  });

  it('ignores anything that is not a reminder', () => {
    expect(reminderNotice({ id: 'x' }, 'en')).toBeUndefined();
  });
});
