import { describe, expect, it } from 'vitest';
import { MAX_TERMS, ftsString, planQuery, splitTerms } from './query';

describe('query plan', () => {
  it('sends 3+ character terms to the trigram index and shorter ones to the CJK index', () => {
    expect(planQuery('人口基础')).toMatchObject({ trigram: '"人口基础"', terms: ['人口基础'] });
    expect(planQuery('人口')).toMatchObject({ cjk: '"人口"' });
    expect(planQuery('人')).toMatchObject({ cjk: '"人"*' });
    expect(planQuery('rk')).toMatchObject({ cjk: '"rk"*' });
    // Full spellings may start an item's spelling, indexed as a word.
    expect(planQuery('xingming')).toMatchObject({ trigram: '"xingming"', pinyinWord: '"xingming"*' });
    expect(planQuery('rkjc')?.pinyinWord).toBeUndefined();
    // A single term of 3 to 16 letters (and digits) is also a run of items' initials, one token, lower-cased.
    expect(planQuery('TYSHXYDM')).toMatchObject({ trigram: '"TYSHXYDM"', initials: '"tyshxydm"' });
    expect(planQuery('110bj')?.initials).toBe('"110bj"');
    for (const q of ['rk', 'abcdefghijklmnopq', '12345', 'rkjc 人口', '人口基础', 'rk-jc']) expect(planQuery(q)?.initials, q).toBeUndefined();
    const mixed = planQuery('人口 身份证');
    expect(mixed).toMatchObject({ trigram: '"身份证"', cjk: '"人口"', terms: ['人口', '身份证'] });
  });

  it('quotes FTS syntax so that user input is only ever text', () => {
    expect(ftsString('a"b')).toBe('"a""b"');
    expect(planQuery('NEAR(x')?.trigram).toBe('"NEAR(x"');
    // Punctuation at a term's ends is trimmed, as the index drops it: what is left is still quoted.
    expect(planQuery('NEAR(')?.trigram).toBe('"NEAR"');
    expect(planQuery('（开发区）。')).toMatchObject({ trigram: '"开发区"', terms: ['开发区'] });
    expect(planQuery('人口"基础')).toMatchObject({ cjk: '"人口" AND "基础"', terms: ['人口', '基础'] });
    // Double quotes only separate terms; `OR` is a two-letter word here, not an operator.
    expect(planQuery('"人口" OR *')).toMatchObject({ cjk: '"人口" AND "or"*' });
    expect(planQuery('a"b')).toMatchObject({ terms: ['a', 'b'] });
    expect(planQuery('-')).toBeUndefined();
    expect(planQuery('* "')).toBeUndefined();
  });

  it('normalises full-width input, collapses spaces and caps terms', () => {
    expect(splitTerms('　ＩＤ号　 人口  ')).toEqual(['ID号', '人口']);
    const many = Array.from({ length: 20 }, (_, i) => `词${i}`).join(' ');
    expect(splitTerms(many)).toHaveLength(MAX_TERMS);
    expect(Array.from(splitTerms('长'.repeat(500))[0] ?? '')).toHaveLength(64);
  });
});
