import { describe, expect, it } from 'vitest';
import { cachedPinyinKeys, pinyinKeys } from './pinyin';

describe('pinyin keys', () => {
  it('gives the full spelling and the initials, toneless', () => {
    expect(pinyinKeys('人口基础信息')).toEqual({ full: 'renkoujichuxinxi', initials: 'rkjcxx' });
  });

  it('reads polyphones in context and keeps ASCII letters and digits', () => {
    expect(pinyinKeys('银行').full).toBe('yinhang');
    expect(pinyinKeys('ID号2').full).toBe('idhao2');
    expect(pinyinKeys('绿化').full).toBe('lvhua');
  });

  it('caches by text', () => {
    const keys = cachedPinyinKeys(2);
    const a = keys('姓名');
    expect(keys('姓名')).toBe(a);
    keys('性别');
    keys('民族');
    expect(keys('姓名')).toEqual(a);
  });
});
