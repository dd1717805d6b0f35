import { describe, expect, it } from 'vitest';
import { markParts, snippet } from './snippet';

describe('search snippets', () => {
  it('marks ranges, merging overlaps', () => {
    expect(markParts('人口基础信息', [{ start: 0, end: 2 }])).toEqual([
      { text: '人口', marked: true },
      { text: '基础信息', marked: false },
    ]);
    expect(markParts('abcdef', [{ start: 3, end: 5 }, { start: 1, end: 4 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcde', marked: true },
      { text: 'f', marked: false },
    ]);
  });

  it('cuts a long text around the first match and moves the ranges', () => {
    const text = `${'甲'.repeat(100)}人口${'乙'.repeat(100)}`;
    const s = snippet(text, [{ start: 100, end: 102 }], 10);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    const [r] = s.ranges;
    expect(s.text.slice(r!.start, r!.end)).toBe('人口');
  });

  it('keeps short texts whole', () => {
    expect(snippet('人口统计', [{ start: 0, end: 2 }])).toEqual({ text: '人口统计', ranges: [{ start: 0, end: 2 }] });
  });
});
