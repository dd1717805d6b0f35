import { describe, expect, it } from 'vitest';
import { diffEntries } from './diff';

describe('diffEntries', () => {
  it('lists changed, added and removed leaves by dotted path', () => {
    const a = { name: '甲', revision: 1, summary: 'x', items: [{ name: '姓名', length: '50' }], classification: { scheme: 'national1272', category: '1' } };
    const b = { name: '乙', revision: 2, remarks: 'r', items: [{ name: '姓名', length: '60' }, { name: '性别' }], classification: { scheme: 'national1272', category: '1', item: '01' } };
    expect(diffEntries(a, b)).toEqual([
      { path: 'classification.item', after: '01' },
      { path: 'items.0.length', before: '50', after: '60' },
      { path: 'items.1', after: { name: '性别' } },
      { path: 'name', before: '甲', after: '乙' },
      { path: 'remarks', after: 'r' },
      { path: 'summary', before: 'x' },
    ]);
  });

  it('finds nothing between equal entries and ignores bookkeeping', () => {
    const e = { name: 'a', items: [{ name: 'b' }], relatedCodes: ['x'] };
    expect(diffEntries(e, structuredClone(e))).toEqual([]);
    expect(diffEntries({ ...e, updatedAt: '1', revision: 1 }, { ...e, updatedAt: '2', revision: 2 })).toEqual([]);
  });
});
