import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineEvent } from './deadlines';
import { computeDeadlines } from './deadlines';
import { dayNumber, formatDay } from './date';
import { createWorkingCalendar } from './working-calendar';

const cal = createWorkingCalendar();
const PROFILES = ['national', 'gongshu', 'yichuan', 'songjiang'] as const;

/** A valid request history: forwarded, then any number of return/resubmit pairs, maybe a decision. */
const history = fc
  .record({
    start: fc.integer({ min: dayNumber(2025, 1, 1), max: dayNumber(2026, 12, 31) }),
    gaps: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 8, maxLength: 8 }),
    returns: fc.integer({ min: 0, max: 3 }),
    decided: fc.boolean(),
  })
  .map(({ start, gaps, returns, decided }) => {
    let day = start;
    let g = 0;
    const events: DeadlineEvent[] = [];
    const push = (type: string) => {
      day += gaps[g++ % gaps.length]!;
      events.push({ type, at: formatDay(day) });
    };
    push('submitted');
    push('forwarded');
    for (let i = 0; i < returns; i++) {
      push('returned');
      push('resubmitted');
    }
    if (decided) push('approved');
    return { events, last: day };
  });

describe('deadline properties', () => {
  it('always gives working due days, and pausing never brings a deadline forward', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILES), fc.constantFrom('unconditional' as const, 'conditional' as const), history, (profile, shareType, h) => {
        const today = formatDay(h.last + 3);
        const matter = { subject: 'request' as const, shareType, events: h.events };
        const paused = computeDeadlines(profile, matter, cal, today);
        const plain = computeDeadlines(profile, matter, cal, today, { pauseWhenReturned: false });
        expect(paused.map((c) => c.step)).toEqual(plain.map((c) => c.step));
        paused.forEach((c, i) => {
          expect(c.due).not.toBeNull(); // every return was resubmitted
          expect(cal.isWorkingDay(c.due!)).toBe(true);
          expect(c.due! >= plain[i]!.due!).toBe(true);
          expect(c.due! > c.start).toBe(true);
          if (c.status === 'overdue') expect(today > c.due!).toBe(true);
        });
      }),
    );
  });
});
