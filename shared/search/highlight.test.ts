import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';

const marked = (text: string, terms: string[]) =>
  highlightRanges(text, terms).map((r) => text.slice(r.start, r.end));

describe('highlight ranges', () => {
  it('marks literal matches, case-insensitively, as offsets into the original text', () => {
    expect(highlightRanges('常住人口基础信息', ['人口'])).toEqual([{ start: 2, end: 4 }]);
    expect(marked('企业ID与id', ['Id'])).toEqual(['ID', 'id']);
  });

  it('marks the characters a pinyin query spells', () => {
    expect(marked('常住人口基础信息', ['rkjc'])).toEqual(['人口基础']);
    expect(marked('常住人口基础信息', ['renkou'])).toEqual(['人口']);
    expect(highlightRanges('常住人口基础信息', ['rkjc'], { pinyin: false })).toEqual([]);
    expect(highlightRanges('常住人口基础信息', ['xyz'])).toEqual([]);
  });

  it('merges overlapping spans and treats regex characters as text', () => {
    expect(highlightRanges('人口基础信息', ['人口基', '基础'])).toEqual([{ start: 0, end: 4 }]);
    expect(marked('a.*b (x)', ['.*', '(x)'])).toEqual(['.*', '(x)']);
    expect(highlightRanges('人口', ['法人'])).toEqual([]);
  });

  it('counts UTF-16 units past characters outside the basic plane', () => {
    expect(highlightRanges('𠀀人口', ['人口'])).toEqual([{ start: 2, end: 4 }]);
  });
});
