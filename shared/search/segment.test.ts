import { describe, expect, it } from 'vitest';
import { cjkQueryTokens, cjkTokens, segmentForIndex } from './segment';

describe('CJK segmentation', () => {
  it('emits overlapping bigrams and the last character of each CJK run', () => {
    expect(cjkTokens('人口基础信息')).toEqual(['人口', '口基', '基础', '础信', '信息', '息']);
    expect(cjkTokens('法人')).toEqual(['法人', '人']);
    expect(cjkTokens('人')).toEqual(['人']);
  });

  it('keeps other words whole, lower-cased, and drops punctuation', () => {
    expect(cjkTokens('ID号，GB/T-2024年')).toEqual(['id', '号', 'gb', 't', '2024', '年']);
    expect(segmentForIndex('  "*"  ')).toBe('');
  });

  it('gives every character of a run a token that starts with it', () => {
    const text = '常住人口信息';
    const tokens = cjkTokens(text);
    for (const ch of text) expect(tokens.some((t) => t.startsWith(ch))).toBe(true);
  });

  it('turns a two-character query into its bigram and a one-character one into a prefix', () => {
    expect(cjkQueryTokens('人口')).toEqual([{ token: '人口', prefix: false }]);
    expect(cjkQueryTokens('人')).toEqual([{ token: '人', prefix: true }]);
    expect(cjkQueryTokens('ID')).toEqual([{ token: 'id', prefix: true }]);
    expect(cjkQueryTokens('A证')).toEqual([
      { token: 'a', prefix: true },
      { token: '证', prefix: true },
    ]);
    expect(cjkQueryTokens('*"')).toEqual([]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(cjkTokens('𠀀人')).toEqual(['𠀀人', '人']);
  });
});
