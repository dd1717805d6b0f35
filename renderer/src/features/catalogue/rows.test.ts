import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '@shared/domain/entry';
import { buildRows, isPlaceholder } from './rows';

const entry = (n: number) => ({ id: `e${n}`, name: `entry ${n}` }) as EntrySummary;

describe('sparse catalogue rows', () => {
  it('places fetched pages at their offsets and placeholders elsewhere', () => {
    const rows = buildRows(25, 10, [
      [0, [entry(0), entry(1)]],
      [2, [entry(20), entry(21), entry(22), entry(23), entry(24)]],
    ]);
    expect(rows).toHaveLength(25);
    expect(rows[1]).toMatchObject({ id: 'e1' });
    expect(rows[20]).toMatchObject({ id: 'e20' });
    const gap = rows[5]!;
    expect(isPlaceholder(gap) && gap.index).toBe(5);
    expect(rows.filter((r) => !isPlaceholder(r))).toHaveLength(7);
  });

  it('drops rows beyond a total that shrank (an entry was deleted while a page was cached)', () => {
    const rows = buildRows(2, 10, [[0, [entry(0), entry(1), entry(2)]]]);
    expect(rows.map((r) => r.id)).toEqual(['e0', 'e1']);
  });

  it('shares placeholders between builds, never letting a fetched row leak into a later one', () => {
    const first = buildRows(3, 10, [[0, [entry(0)]]]);
    const second = buildRows(3, 10, []);
    expect(first[0]).toMatchObject({ id: 'e0' });
    expect(isPlaceholder(second[0]!)).toBe(true);
    expect(second[1]).toBe(first[1]);
  });
});
