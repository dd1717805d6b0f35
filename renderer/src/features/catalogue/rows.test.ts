import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '@shared/domain/entry';
import { isPlaceholder, rowWindow, windowRows } from './rows';

const entry = (n: number) => ({ id: `e${n}`, name: `entry ${n}` }) as EntrySummary;

describe('catalogue rows in a window', () => {
  it('takes fetched rows from their pages and placeholders for rows not fetched', () => {
    const pages = new Map([
      [0, [entry(0), entry(1)]],
      [2, [entry(20), entry(21), entry(22), entry(23), entry(24)]],
    ]);
    const rows = windowRows(25, 10, pages, 0, 25);
    expect(rows).toHaveLength(25);
    expect(rows[1]).toMatchObject({ id: 'e1' });
    expect(rows[20]).toMatchObject({ id: 'e20' });
    const gap = rows[5]!;
    expect(isPlaceholder(gap) && gap.index).toBe(5);
    expect(rows.filter((r) => !isPlaceholder(r))).toHaveLength(7);
  });

  it('holds only the rows of the window, each at its place in the catalogue', () => {
    const pages = new Map([[1, Array.from({ length: 10 }, (_, i) => entry(10 + i))]]);
    const rows = windowRows(100_000, 10, pages, 8, 14);
    expect(rows.map((r) => r.id)).toEqual(['placeholder:8', 'placeholder:9', 'e10', 'e11', 'e12', 'e13']);
    expect(rows.map((r) => (isPlaceholder(r) ? r.index : null))).toEqual([8, 9, null, null, null, null]);
  });

  it('drops rows beyond a total that shrank (an entry was deleted while a page was cached)', () => {
    const rows = windowRows(2, 10, new Map([[0, [entry(0), entry(1), entry(2)]]]), 0, 10);
    expect(rows.map((r) => r.id)).toEqual(['e0', 'e1']);
  });

  it('never hands a fetched row to a window of another catalogue state', () => {
    const first = windowRows(3, 10, new Map([[0, [entry(0)]]]), 0, 3);
    const second = windowRows(3, 10, new Map(), 0, 3);
    expect(first[0]).toMatchObject({ id: 'e0' });
    expect(isPlaceholder(second[0]!)).toBe(true);
  });
});

describe('the window of rows drawn', () => {
  it('covers the view and the overscan on each side', () => {
    // 10 rows of 50 px in view at row 100, 3 more each side.
    expect(rowWindow(5_000, 500, 50, 100_000, 3)).toEqual({ start: 97, end: 114 });
  });

  it('starts at the first row at the top and stops at the total at the end', () => {
    expect(rowWindow(0, 500, 50, 100_000, 3)).toEqual({ start: 0, end: 14 });
    expect(rowWindow(99_990 * 50, 500, 50, 100_000, 3)).toEqual({ start: 99_986, end: 100_000 });
  });

  it('keeps showing the last rows when the scroll position is past a list that shrank', () => {
    expect(rowWindow(10_000, 500, 50, 20, 3)).toEqual({ start: 6, end: 20 });
  });

  it('draws every row of a list shorter than the view, and none of an empty one', () => {
    expect(rowWindow(0, 500, 50, 4, 3)).toEqual({ start: 0, end: 4 });
    expect(rowWindow(0, 500, 50, 0, 3)).toEqual({ start: 0, end: 0 });
  });

  it('draws the same number of rows wherever the view is, whatever the catalogue size', () => {
    const sizes = [0.25, 0.5, 0.75].map((f) => {
      const w = rowWindow(Math.floor(1_000_000 * f) * 57, 700, 57, 1_000_000, 8);
      return w.end - w.start;
    });
    expect(new Set(sizes).size).toBe(1);
    expect(sizes[0]).toBeLessThan(40);
  });
});
