import { describe, expect, it } from 'vitest';
import { PROFILES } from '../profiles';
import { DATA_ITEM_TYPES } from './enums';
import { VOCABULARIES, labelOf, normaliseLabel, parseItemType, parseLabel, parseOpenType, parseShareType } from './labels';

describe('labels at the edges', () => {
  it('reads every spelling of the item types, full-width too', () => {
    expect(parseItemType('字符型C')).toBe('C');
    expect(parseItemType('字符串型C')).toBe('C');
    expect(parseItemType('字符串型Ｃ')).toBe('C');
    expect(parseItemType(' 数值型 N ')).toBe('N');
    expect(parseItemType('c')).toBe('C');
    expect(parseItemType('日期时间型T')).toBe('T');
    expect(parseItemType('整型I')).toBe('I');
    expect(parseItemType('大文本')).toBeUndefined();
  });

  it('reads a profile’s own item-type words only under that profile', () => {
    expect(parseItemType('字符', PROFILES.songjiang)).toBe('C');
    expect(parseItemType('数字', PROFILES.songjiang)).toBe('N');
    expect(parseItemType('数字')).toBeUndefined();
  });

  it('round-trips every value through its labels in both languages', () => {
    for (const [name, vocab] of Object.entries(VOCABULARIES)) {
      for (const value of Object.keys(vocab)) {
        const n = name as keyof typeof VOCABULARIES;
        expect(parseLabel(n, labelOf(n, value as never, 'zh-CN')), `${name}.${value}`).toBe(value);
        expect(parseLabel(n, labelOf(n, value as never, 'en')), `${name}.${value}`).toBe(value);
      }
    }
    expect(Object.keys(VOCABULARIES.itemType).sort()).toEqual([...DATA_ITEM_TYPES].sort());
  });

  it('maps every profile’s share and open labels to one canonical enum', () => {
    for (const p of Object.values(PROFILES)) {
      for (const v of ['unconditional', 'conditional', 'none'] as const) {
        expect(parseShareType(p.shareTypeLabels[v]['zh-CN'], p)).toBe(v);
        expect(parseOpenType(p.openTypeLabels[v]['zh-CN'], p)).toBe(v);
      }
    }
    expect(parseShareType('按需共享')).toBe('conditional');
    expect(parseShareType('受限共享类')).toBe('conditional');
    expect(parseShareType('非共享')).toBe('none');
    expect(parseOpenType('否')).toBe('none');
    expect(parseShareType('随便')).toBeUndefined();
  });

  it('normalises like the importer needs', () => {
    expect(normaliseLabel('介质交换（纸质报表）')).toBe(normaliseLabel('介质交换(纸质报表)'));
    expect(parseLabel('shareMethodClass', '介质交换（纸质报表）')).toBe('mediaPaper');
    expect(parseLabel('formatClass', '数据库')).toBe('database');
    expect(parseLabel('updateCycle', '每季度')).toBe('quarterly');
  });
});
