import { describe, expect, it } from 'vitest';
import { Connection } from '../db/connection';
import { FACET_BITS, LAYOUT, SEQ_UNIT, bitsSql, countFacets, enumCode, enumValue, mask, packDocId, type Dimension } from './facets';

describe('facet bits of doc ids', () => {
  it('lays the dimensions side by side below the sequence number', () => {
    const spans = Object.values(LAYOUT).sort((a, b) => a.shift - b.shift);
    let next = 0;
    for (const s of spans) {
      expect(s.shift).toBe(next);
      next += s.bits;
    }
    expect(next).toBe(FACET_BITS);
  });

  it('packs codes that SQLite reads back, up to 16 million documents within 2^53', async () => {
    const codes: Record<Dimension, number> = { scope: 1, shareType: 3, formatClass: 7, state: 5, classification: 200, provider: 4095 };
    const seq = 2 ** (53 - FACET_BITS) - 1;
    const id = packDocId(seq, codes);
    expect(Number.isSafeInteger(id)).toBe(true);
    const conn = await Connection.open(':memory:');
    try {
      for (const d of Object.keys(LAYOUT) as Dimension[]) {
        const row = await conn.get<{ v: number }>(`SELECT ${bitsSql(d, '?')} AS v`, [id]);
        expect(row?.v, d).toBe(codes[d]);
      }
    } finally {
      await conn.close();
    }
    // A code wider than its field never spills into the next one.
    expect(packDocId(1, { ...codes, provider: mask('provider') + 5 }) % 2 ** LAYOUT.provider.shift).toBe(id % 2 ** LAYOUT.provider.shift);
  });

  it('codes enumerated values from 1, keeping 0 for values outside the list', () => {
    expect(enumCode('shareType', 'unconditional')).toBe(1);
    expect(enumValue('shareType', 1)).toBe('unconditional');
    expect(enumCode('state', 'nonsense')).toBe(0);
    expect(enumCode('scope', 'own')).toBe(0);
    expect(enumCode('scope', 'shared')).toBe(1);
  });

  it('counts each facet with every filter but its own, and the total with all', () => {
    const doc = (scope: number, shareType: number, provider: number) =>
      packDocId(7, { scope, shareType, formatClass: 1, state: 4, classification: 2, provider }) % SEQ_UNIT;
    const bits = [doc(1, 1, 10), doc(1, 2, 10), doc(1, 2, 11), doc(0, 2, 11)].join(',');
    const none = countFacets(bits, { codes: {} });
    expect(none.total).toBe(4);
    expect([...none.counts.shareType].sort()).toEqual([[1, 1], [2, 3]]);
    const filtered = countFacets(bits, { scope: 1, codes: { shareType: new Set([2]) } });
    expect(filtered.total).toBe(2);
    // Its own filter ignored: both share types stay countable…
    expect([...filtered.counts.shareType].sort()).toEqual([[1, 1], [2, 2]]);
    // …while the others count only what passes it.
    expect([...filtered.counts.provider].sort()).toEqual([[10, 1], [11, 1]]);
    expect(countFacets(null, { codes: {} }).total).toBe(0);
  });
});
