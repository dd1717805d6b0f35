import { describe, expect, it } from 'vitest';
import { Connection } from '../db/connection';
import { FACET_BITS, LAYOUT, bitsSql, enumCode, enumValue, mask, packDocId, type Dimension } from './facets';

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
});
