import { describe, expect, it } from 'vitest';
import { cleanAscii, cleanLength, dateToIso, excelSerialToIso, labelKey, textToIsoDate, toHalfWidth } from './normalise';
import { DATA_ITEM_TYPE_VOCAB, SHARE_TYPE_VOCAB, YES_NO_VOCAB, valueOfLabel } from './vocabulary';

describe('cell normalisation', () => {
  it('folds full-width characters, spaces, required marks and brackets for headers and labels', () => {
    expect(labelKey(' 数据存储总量（Ｇ）＊ ')).toBe('数据存储总量(g)');
    expect(labelKey('ｅｎｄＦｌａｇ')).toBe('endflag');
    expect(cleanAscii(' １２３２０１００６７１３２２０００Ｑ ')).toBe('12320100671322000Q');
    expect(cleanLength('１８，２')).toBe('18,2');
    // Either kind of character alone is folded (each is a case of the quick test before the replaces).
    expect(toHalfWidth('人口\u3000信息')).toBe('人口 信息');
    expect(toHalfWidth('ＫｉｎｇｂａｓｅＥＳ')).toBe('KingbaseES');
    expect(toHalfWidth('人口信息')).toBe('人口信息');
    expect(cleanAscii('12320100\u30006713')).toBe('123201006713');
    expect(cleanAscii('1232 0100\t67')).toBe('1232010067');
    expect(cleanLength('18, 2')).toBe('18,2');
  });

  it('reads dates written every common way and refuses impossible ones', () => {
    for (const s of ['2024-03-01', '2024/3/1', '2024.3.1', '2024年3月1日', '20240301', '２０２４－０３－０１', '45352', '2024-03-01 08:30']) {
      expect(textToIsoDate(s), s).toBe('2024-03-01');
    }
    for (const s of ['2024-02-30', '2024-13-01', '明天', '1800-01-01', '']) expect(textToIsoDate(s), s).toBeUndefined();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(-5)).toBeUndefined();
    expect(excelSerialToIso(45352.75)).toBe('2024-03-01');
    expect(excelSerialToIso(401768)).toBe('2999-12-31');
    expect(excelSerialToIso(401769)).toBeUndefined();
    expect(dateToIso(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(dateToIso(new Date(Date.UTC(1899, 11, 31)))).toBeUndefined();
    expect(dateToIso(new Date(Date.UTC(3000, 0, 1)))).toBeUndefined();
    expect(dateToIso(new Date(Number.NaN))).toBeUndefined();
  });

  it('knows both spellings of item types and every profile’s share wording', () => {
    expect(valueOfLabel(DATA_ITEM_TYPE_VOCAB, '字符串型C')).toBe('C');
    expect(valueOfLabel(DATA_ITEM_TYPE_VOCAB, '字符型Ｃ')).toBe('C');
    expect(valueOfLabel(DATA_ITEM_TYPE_VOCAB, '日期时间型')).toBe('T');
    expect(valueOfLabel(DATA_ITEM_TYPE_VOCAB, '文字')).toBeUndefined();
    expect(['受限共享', '按需共享', '有条件'].map((l) => valueOfLabel(SHARE_TYPE_VOCAB, l))).toEqual(['conditional', 'conditional', 'conditional']);
    expect(['不共享', '非共享', '不予共享'].map((l) => valueOfLabel(SHARE_TYPE_VOCAB, l))).toEqual(['none', 'none', 'none']);
    expect(valueOfLabel(YES_NO_VOCAB, '是')).toBe('true');
  });
});
