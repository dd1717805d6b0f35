import { describe, expect, it } from 'vitest';
import { highlightRanges, pinyinSpan } from './highlight';

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

  it('spells a pinyin term across characters with initials, whole spellings or anything between', () => {
    const syllables = ['chang', 'zhu', 'ren', 'kou', 'ji', 'chu', 'xin', 'xi'].map((s) => [s]);
    expect(pinyinSpan(syllables, 'rkjc')).toEqual([2, 5]);
    expect(pinyinSpan(syllables, 'renkjc')).toEqual([2, 5]);
    expect(pinyinSpan(syllables, 'renkoujic')).toEqual([2, 5]);
    expect(pinyinSpan(syllables, 'RenKou')).toEqual([2, 3]);
    expect(pinyinSpan(syllables, 'kouren')).toBeUndefined();
    // Punctuation and spaces ('') break a run.
    expect(pinyinSpan([['ren'], [], ['kou']], 'rk')).toBeUndefined();
    // A polyphone matches by any of its readings.
    expect(pinyinSpan([['yin'], ['xing', 'hang']], 'yh')).toEqual([0, 1]);
    expect(marked('银行账户', ['yinhang'])).toEqual(['银行']);
    expect(marked('户籍，人口', ['rk'])).toEqual(['人口']);
  });

  it('stays fast on input that would make a naive search backtrack', () => {
    const syllables = new Array(200).fill(['a']);
    const t0 = performance.now();
    expect(pinyinSpan(syllables, `${'a'.repeat(63)}b`)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
