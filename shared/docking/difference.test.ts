import { describe, expect, it } from 'vitest';
import { dockedDifference } from './difference';

describe('re-docked tables against an entry’s items', () => {
  const entry = [
    { name: '姓名', type: 'C', length: '50' },
    { name: '公民身份号码', nameEn: 'sfzh', type: 'C', length: '18' },
    { name: '出生日期', type: 'D', length: '8' },
  ];

  it('matches by technical name, else by name, and tells added, removed and retyped items apart', () => {
    const docked = [
      { table: 't', name: '身份证号', nameEn: 'SFZH', type: 'C', length: '18' },
      { table: 't', name: '姓名', nameEn: 'xm', type: 'C', length: '100' },
      { table: 't', name: '新增字段', nameEn: 'new_col', type: 'C', length: '20' },
    ];
    expect(dockedDifference(entry, docked)).toEqual({
      added: [docked[2]],
      removed: [entry[2]],
      changed: [{ before: entry[0], after: docked[1] }],
    });
  });

  it('finds nothing when the tables hold the catalogued items', () => {
    const same = entry.map((e) => ({ ...e, table: 't' }));
    expect(dockedDifference(entry, same)).toEqual({ added: [], removed: [], changed: [] });
  });
});
