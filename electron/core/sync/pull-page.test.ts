import { describe, expect, it } from 'vitest';
import { dataItemSchema } from '@shared/domain/entry';
import { sharedEntrySchema } from '@shared/domain/shared-entry';
import { textLimits } from '../../../tests/helpers/text-limits';
import { pullResponseSchema } from '@shared/protocol/index';
import { generateSharedEntries } from '../../../tests/generators/shared-entries';
import { isCanonicalItem, isCanonicalSharedEntry } from '@shared/domain/canonical-entry';
import { parsePullResponse } from './pull-page';

const page = (entries: unknown[], extra: unknown[] = []) => ({
  changes: [...entries.map((entry) => ({ kind: 'sharedEntry.upsert', entry })), ...extra],
  nextCursor: '42',
  hasMore: false,
  resyncRequired: false,
  serverTime: '2026-11-22T08:00:00.000Z',
});

/** Both checks agree: the same data, or a refusal at the same place. */
function expectSameAsZod(json: unknown): void {
  const fast = parsePullResponse(json);
  const zod = pullResponseSchema.safeParse(json);
  expect(fast.success).toBe(zod.success);
  if (zod.success) expect(fast.data).toEqual(zod.data);
  else expect(fast.error?.issues.map((i) => i.path)).toEqual(zod.error.issues.map((i) => i.path));
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('pull page check', () => {
  it('gives what zod gives on generated pages, other change kinds included', () => {
    const entries = clone(generateSharedEntries(200, { seed: 9 }));
    expectSameAsZod(page(entries, [{ kind: 'sharedEntry.remove', entryId: 'x', revision: 2 }]));
    expect(entries.every(isCanonicalSharedEntry)).toBe(true);
  });

  it('takes the department’s own entries (ownEntry.upsert, the same schema) as zod does, refusals included', () => {
    const entries = clone(generateSharedEntries(50, { seed: 4 }));
    const own = entries.map((entry) => ({ kind: 'ownEntry.upsert', entry }));
    expectSameAsZod(page(entries.slice(0, 10), own));
    const [first] = clone(generateSharedEntries(1, { seed: 5 }));
    expectSameAsZod(page([], [{ kind: 'ownEntry.upsert', entry: { ...first, items: [{ name: ' 姓名 ', type: 'C' }] } }]));
    expectSameAsZod(page([], [{ kind: 'ownEntry.upsert', entry: { ...first, shareType: 'sometimes' } }]));
    expectSameAsZod(page([], [{ kind: 'ownEntry.upsert', entry: first, extra: 1 }]));
    const fast = parsePullResponse(page([], [{ kind: 'ownEntry.upsert', entry: { ...first, shareType: 'sometimes' } }]));
    expect(fast.success).toBe(false);
  });

  it('leaves every data item zod would change or refuse to zod', () => {
    const base = { name: '姓名', type: 'C', length: '50' };
    const odd: unknown[] = [
      { ...base, name: ' 姓名 ' },
      { ...base, name: '' },
      { ...base, name: '名'.repeat(101) },
      { ...base, nameEn: '' },
      { ...base, length: '' },
      { ...base, length: 18 },
      { ...base, length: '18,123' },
      { ...base, type: 'X' },
      { ...base, shareType: 'sometimes' },
      { ...base, sensitive: 'yes' },
      { ...base, colour: 'red' },
      JSON.parse('{"name":"姓名","type":"C","__proto__":{"x":1}}'),
      null,
      [],
      'item',
    ];
    for (const item of odd) {
      expect(isCanonicalItem(item), JSON.stringify(item)).toBe(false);
      const [entry] = clone(generateSharedEntries(1, { seed: 2 }));
      expectSameAsZod(page([{ ...entry, items: [item] }]));
    }
  });

  it('leaves every entry field zod would change or refuse to zod', () => {
    const [entry] = clone(generateSharedEntries(1, { seed: 5 }));
    const odd: Record<string, unknown>[] = [
      { name: ' 人口库' },
      { name: '' },
      { summary: 's'.repeat(1001) },
      { providerUnit: '' },
      { kind: undefined },
      { items: undefined },
      { shareType: 'maybe' },
      { revision: 1.5 },
      { revision: 0 },
      { id: '' },
      { storageGb: -1 },
      { storageGb: '3' },
      { publishedOn: '2026-1-1' },
      { classification: { scheme: 'national1272', category: ' 1' } },
      { classification: { scheme: 'national1272', category: '1', colour: 'red' } },
      { relatedCodes: [' a'] },
      { relatedCodes: 'a' },
      { verticalSystem: 'no' },
      { colour: 'red' },
    ];
    for (const over of odd) {
      const changed = { ...entry, ...over };
      expect(isCanonicalSharedEntry(changed), JSON.stringify(over)).toBe(false);
      expectSameAsZod(page([changed]));
    }
    const full = {
      ...entry,
      classification: { scheme: 'national1272', category: '1', item: '01', section: '001', detail: 'A1' },
      relatedCodes: ['101/1'],
      storageGb: 2.5,
      verticalSystem: false,
      publishedOn: '2026-01-05',
    };
    expect(isCanonicalSharedEntry(full)).toBe(true);
    expectSameAsZod(page([full]));
  });

  it('agrees with zod at every text limit the schemas set, read from the schemas themselves', () => {
    const [entry] = clone(generateSharedEntries(1, { seed: 5 }));
    const entryLimits = textLimits(sharedEntrySchema.shape);
    const itemLimits = textLimits(dataItemSchema.shape);
    expect(entryLimits.length).toBeGreaterThan(20);
    for (const [key, max] of entryLimits) {
      for (const n of [max, max + 1]) {
        const changed = { ...entry, [key]: '名'.repeat(n) };
        if (isCanonicalSharedEntry(changed)) expect(sharedEntrySchema.safeParse(changed).data, `${key} × ${n}`).toEqual(changed);
        expectSameAsZod(page([changed]));
      }
    }
    for (const [key, max] of itemLimits) {
      for (const n of [max, max + 1]) {
        const item = { name: '姓名', type: 'C', length: '50', [key]: '名'.repeat(n) };
        if (isCanonicalItem(item)) expect(dataItemSchema.safeParse(item).data, `items.${key} × ${n}`).toEqual(item);
      }
    }
  });

  it('refuses what zod refuses, with zod’s path', () => {
    const [entry] = clone(generateSharedEntries(1, { seed: 3 }));
    expectSameAsZod(page([{ ...entry, shareType: 'maybe' }]));
    expectSameAsZod(page([{ ...entry, items: 'none' }]));
    expectSameAsZod(page([entry], [{ kind: 'no.such' }]));
    expectSameAsZod({ ...page([entry]), hasMore: 'yes' });
    expectSameAsZod({ changes: 'x' });
    expectSameAsZod(null);
    expect(parsePullResponse({ ...page([{ ...entry, revision: 0 }]) }).success).toBe(false);
  });
});
