import { describe, expect, it } from 'vitest';
import { countBy, groupWeek, weekdayOf, type DueThing } from './weekGroups';

const item = (id: string, due: string, status = 'running'): DueThing => ({ subject: 'request', id, title: id, step: 'providerDecision', due, status, calendarCovered: true });

describe('the week on the Overview', () => {
  it('puts everything overdue first, then one group per day in order, and leaves out next week', () => {
    const groups = groupWeek([item('c', '2026-03-06'), item('a', '2026-02-27', 'overdue'), item('b', '2026-03-04', 'dueSoon'), item('d', '2026-03-04'), item('e', '2026-03-09'), item('f', '2026-03-01', 'overdue')], '2026-03-03', '2026-03-08');
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['overdue', ['a', 'f']],
      ['2026-03-04', ['b', 'd']],
      ['2026-03-06', ['c']],
    ]);
  });

  it('an empty week has no groups', () => {
    expect(groupWeek([item('x', '2026-03-20')], '2026-03-03', '2026-03-08')).toEqual([]);
  });

  it('names the day of the week and counts by key', () => {
    expect(weekdayOf('2026-03-16')).toBe(1);
    expect(weekdayOf('2026-03-08')).toBe(0);
    expect(countBy(['draft', 'ready', 'published'] as const, ['draft', 'published', 'draft'])).toEqual({ draft: 2, ready: 0, published: 1 });
  });
});
