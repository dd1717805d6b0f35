import { isDeepStrictEqual } from 'node:util';
import { NON_DATA_EXAMPLES } from './resource-kind.examples';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataItemSchema, entryInputSchema } from './entry';
import { sharedEntrySchema } from './shared-entry';
import { textLimits } from '../../tests/helpers/text-limits';
import { CLASSIFICATION_SCHEMES } from './classification';
import {
  DATA_GRADES,
  DATA_ITEM_TYPES,
  FORMAT_CLASSES,
  FORMAT_TYPES,
  OPEN_TYPES,
  RESOURCE_KINDS,
  SHARE_METHOD_CLASSES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  THEMES,
  UPDATE_CYCLES,
} from './enums';
import { mulberry32 } from '../../tests/generators/random';
import { canonicalCopy, canonicalEntryValues, deriveTable, isCanonical, opaqueFields, TABLES } from './canonical-entry';

/** Equal values with the same keys in the same order (`undefined` keys included): zod's output exactly. */
function same(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = same(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join() !== kb.join()) return `${path} keys ${ka.join()} / ${kb.join()}`;
    for (const k of ka) {
      const d = same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : path;
}

/** The fast path either gives zod's output exactly, or leaves the input to zod. */
function check(input: unknown): 'fast' | 'zod' {
  // The pull's reading of the table (no copy) says yes exactly when the copy equals the input (in any key order).
  const copy = canonicalCopy(TABLES.entryInput, input);
  expect(isCanonical(TABLES.entryInput, input), JSON.stringify(input)).toBe(copy !== undefined && isDeepStrictEqual(copy, input));
  const fast = canonicalEntryValues(input);
  if (fast === undefined) return 'zod';
  const zod = entryInputSchema.safeParse(input);
  expect(zod.success, `fast path accepted what zod refuses: ${JSON.stringify(input)} ${zod.error?.message}`).toBe(true);
  expect(same(fast, zod.data), JSON.stringify(input)).toBeUndefined();
  return 'fast';
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

/** Texts at and around a limit, trimmed or not, empty, of the wrong type. */
function textValue(rand: Rand, max: number, good: number): unknown {
  if (rand() < good) return pick(rand, ['人口信息', 'a', '名'.repeat(max), 'x'.repeat(Math.max(1, max - 1))]);
  return pick(rand, ['', ' ', ' 名', '名 ', '\u3000名', '名\n', 'a'.repeat(max + 1), '名'.repeat(max + 1), 7, true, null, undefined, ['a'], {}]);
}
function enumValue(rand: Rand, values: readonly string[], good: number): unknown {
  if (rand() < good) return pick(rand, values);
  return pick(rand, ['', ' data', `${values[0]} `, 'other-value', 0, null, undefined, values[0]?.toUpperCase()]);
}
function boolValue(rand: Rand, good: number): unknown {
  return rand() < good ? rand() < 0.5 : pick(rand, ['true', 0, 1, null, undefined]);
}
function amountValue(rand: Rand, good: number): unknown {
  return rand() < good ? pick(rand, [0, 1, 12.5, 1e9, -0]) : pick(rand, [-1, -0.001, Number.NaN, Number.POSITIVE_INFINITY, '3', null, undefined]);
}
function patternValue(rand: Rand, goodValues: readonly string[], badValues: readonly unknown[], good: number): unknown {
  return rand() < good ? pick(rand, goodValues) : pick(rand, badValues);
}

/** Keys of `out` set from `fields` by chance; sometimes present as `undefined`. */
function fill(rand: Rand, out: Record<string, unknown>, fields: Record<string, () => unknown>, presence: number): void {
  for (const [key, value] of Object.entries(fields)) {
    const r = rand();
    if (r < presence) out[key] = value();
    else if (r < presence + 0.03) out[key] = undefined;
  }
}

function item(rand: Rand, good: number): unknown {
  if (rand() > 0.995) return pick(rand, [null, 'item', [], 3]);
  const out: Record<string, unknown> = {
    name: textValue(rand, 100, good),
    type: rand() < 0.3 ? pick(rand, ['C', 'N']) : enumValue(rand, DATA_ITEM_TYPES, good),
  };
  if (rand() < 0.8) out.length = patternValue(rand, ['1', '50', '18,2', '99999', '99999,99'], ['', ' 50', '50 ', '123456', '18,123', '1.5', 18, null, undefined, '１８'], good);
  fill(
    rand,
    out,
    {
      nameEn: () => textValue(rand, 100, good),
      shareType: () => enumValue(rand, SHARE_TYPES, good),
      shareCondition: () => textValue(rand, 500, good),
      openType: () => enumValue(rand, OPEN_TYPES, good),
      openCondition: () => textValue(rand, 500, good),
      sensitive: () => boolValue(rand, good),
      desensitisation: () => textValue(rand, 200, good),
      isKey: () => boolValue(rand, good),
    },
    0.25,
  );
  if (rand() < 0.01) out.colour = 'red';
  return out;
}

/** An entry of every field the schema has, mostly valid (`good` is the chance of each value being so). */
function entry(rand: Rand, good: number): Record<string, unknown> {
  const formatClass = enumValue(rand, FORMAT_CLASSES, good) as string;
  const types = FORMAT_TYPES[formatClass as keyof typeof FORMAT_TYPES] ?? [];
  const shareType = enumValue(rand, SHARE_TYPES, good);
  const openType = rand() < 0.6 ? 'none' : enumValue(rand, OPEN_TYPES, good);
  const out: Record<string, unknown> = {
    name: textValue(rand, 100, good),
    provider: textValue(rand, 100, good),
    summary: textValue(rand, 1000, good),
    formatClass,
    formatType: types.length && rand() < 0.9 ? pick(rand, types) : textValue(rand, 50, good),
    shareType,
    openType,
    updateCycle: enumValue(rand, UPDATE_CYCLES, good),
  };
  if (shareType !== 'unconditional' && rand() < 0.9) out.shareCondition = textValue(rand, 500, good);
  if (openType === 'conditional' && rand() < 0.9) out.openCondition = textValue(rand, 500, good);
  if (rand() < 0.9) out.items = Array.from({ length: Math.floor(rand() * 6) }, () => item(rand, good));
  else if (rand() < 0.5) out.items = rand() < 0.5 ? [] : 'items';
  if (rand() < 0.3) out.kind = enumValue(rand, RESOURCE_KINDS, good);
  // A non-data kind carries its own fields (mostly all of them, as an officer fills them in).
  const kindExample = NON_DATA_EXAMPLES[out.kind as keyof typeof NON_DATA_EXAMPLES] as Record<string, unknown> | undefined;
  if (kindExample) for (const [k, v] of Object.entries(kindExample)) if (rand() < good) out[k] = v;
  if (rand() < 0.5) out.providerCode = rand() < good ? '12320100671322000Q' : pick(rand, ['12320100671322000X', ' 12320100671322000Q', '1'.repeat(19), '']);
  if (rand() < 0.3) out.shareMethodClass = enumValue(rand, SHARE_METHOD_CLASSES, good);
  if (rand() < 0.3) out.shareMethodType = enumValue(rand, SHARE_METHOD_TYPES, good);
  if (rand() < 0.4) out.publishedOn = patternValue(rand, ['2024-03-01', '1999-12-31', '2024-13-45'], ['2024-3-1', ' 2024-03-01', '2024-03-01 ', '２０２４-03-01', 20240301, '', null], good);
  if (rand() < 0.3) {
    out.classification =
      rand() < good
        ? pick(rand, [
            { scheme: pick(rand, CLASSIFICATION_SCHEMES), category: '1' },
            { scheme: 'national1272', category: '1', item: '01', section: '001', detail: 'A1' },
            { category: '12', scheme: 'songjiang', item: '01' },
            { scheme: 'gbt21063', category: 'A', item: undefined },
          ])
        : pick(rand, [{ scheme: 'x', category: '1' }, { scheme: 'national1272', category: ' 1' }, { scheme: 'national1272', category: '1', item: '1' }, { scheme: 'national1272', category: '1', colour: 1 }, { scheme: 'national1272' }, '1', null, []]);
  }
  if (rand() < 0.3) out.relatedCodes = rand() < good ? pick(rand, [[], ['X/1'], ['a'.repeat(64), 'b']]) : pick(rand, [[' a'], [''], ['a'.repeat(65)], 'a', [1], Array(101).fill('a'), [undefined]]);
  fill(
    rand,
    out,
    {
      providerUnit: () => textValue(rand, 100, good),
      nameEn: () => textValue(rand, 200, good),
      code: () => textValue(rand, 64, good),
      codeConfirmed: () => boolValue(rand, good),
      formatNote: () => textValue(rand, 200, good),
      sourceSystem: () => textValue(rand, 100, good),
      verticalSystem: () => boolValue(rand, good),
      businessMatter: () => textValue(rand, 200, good),
      storageGb: () => amountValue(rand, good),
      recordCount: () => amountValue(rand, good),
      sharedStorageGb: () => amountValue(rand, good),
      sharedRecordCount: () => amountValue(rand, good),
      openStorageGb: () => amountValue(rand, good),
      openRecordCount: () => amountValue(rand, good),
      serviceAddress: () => textValue(rand, 500, good),
      onlineLink: () => textValue(rand, 500, good),
      theme: () => enumValue(rand, THEMES, good),
      timeRange: () => textValue(rand, 100, good),
      dataGrade: () => enumValue(rand, DATA_GRADES, good),
      syncFrequency: () => textValue(rand, 50, good),
      physicalDelete: () => boolValue(rand, good),
      usageRequirements: () => textValue(rand, 500, good),
      responsibleParty: () => textValue(rand, 100, good),
      updateTimeLimit: () => textValue(rand, 100, good),
      dockingSystem: () => textValue(rand, 200, good),
      remarks: () => textValue(rand, 1000, good),
    },
    0.15,
  );
  if (rand() < 0.01) out.colour = 'red';
  return out;
}

describe('canonical imported entries', () => {
  it('gives zod’s output exactly, or leaves the entry to zod, over generated entries', () => {
    const rand = mulberry32(1272);
    const seen = { fast: 0, zod: 0, zodAccepts: 0 };
    for (let n = 0; n < 4000; n++) {
      const input = entry(rand, n % 4 === 0 ? 0.9 : 0.995);
      seen[check(input)]++;
      if (entryInputSchema.safeParse(input).success) seen.zodAccepts++;
    }
    // Both paths are exercised, and the fast one takes most entries zod accepts.
    expect(seen.fast).toBeGreaterThan(1000);
    expect(seen.zod).toBeGreaterThan(1000);
    expect(seen.fast).toBeGreaterThan(seen.zodAccepts * 0.6);
  });

  it('leaves every single-field mutation of a valid entry that zod would change or refuse to zod', () => {
    const base = {
      name: '人口信息',
      provider: '伊川县数据局',
      providerCode: '12320100671322000Q',
      summary: '摘要',
      formatClass: 'database',
      formatType: 'KingbaseES',
      shareType: 'conditional',
      shareCondition: '仅限业务使用',
      shareMethodType: 'interface',
      openType: 'none',
      updateCycle: 'daily',
      publishedOn: '2024-03-01',
      classification: { scheme: 'national1272', category: '1', item: '01' },
      items: [{ name: '姓名', type: 'C', length: '50' }],
    };
    expect(check(base)).toBe('fast');
    const rand = mulberry32(7);
    const odd: Record<string, unknown>[] = [
      { name: ' 人口信息' },
      { name: '' },
      { name: 'n'.repeat(101) },
      { summary: 's'.repeat(1001) },
      { providerUnit: '' },
      { providerCode: '12320100671322000X' },
      { formatType: 'pdf' },
      { formatClass: 'document' },
      { shareCondition: undefined },
      { shareType: 'none', shareCondition: undefined },
      { openType: 'conditional' },
      { openType: 'unconditional', shareType: 'none', shareCondition: '法律依据' },
      { items: [] },
      { items: [{ name: '姓名', type: 'C' }] },
      { items: [{ name: '姓名', type: 'C', length: '50', shareType: 'conditional' }] },
      { items: [{ name: '姓名', type: 'C', length: '50', shareType: 'none', openType: 'unconditional', shareCondition: 'x' }] },
      { items: [{ name: '姓名', type: 'C', length: '' }] },
      { items: [{ name: '姓名', type: 'C', length: '50', colour: 'red' }] },
      // eslint-disable-next-line no-sparse-arrays
      { items: [, { name: '姓名', type: 'C', length: '50' }] },
      { items: Array(2001).fill({ name: '姓名', type: 'C', length: '50' }) },
      { shareMethodType: 'file' },
      { storageGb: Number.NaN },
      { publishedOn: '2024-3-1' },
      { classification: { scheme: 'national1272', category: '1', item: ' 01' } },
      { colour: 'red' },
      JSON.parse('{"__proto__":{"name":"x"}}') as Record<string, unknown>,
    ];
    for (const change of odd) expect(check({ ...base, ...change }), JSON.stringify(change)).toBe('zod');
    // Values zod takes as they are stay on the fast path, absent defaults filled in.
    for (const change of [{ kind: undefined }, { items: undefined, formatClass: 'document', formatType: 'pdf', shareMethodType: 'file' }, { providerUnit: undefined }, { storageGb: -0 }]) {
      expect(check({ ...base, ...change }), JSON.stringify(change)).toBe('fast');
    }
    // Random mutations of random fields, each compared with zod.
    for (let n = 0; n < 2000; n++) {
      const mutated = entry(rand, 0.9);
      check({ ...base, ...Object.fromEntries(Object.entries(mutated).filter(() => rand() < 0.2)) });
    }
  });

  it('agrees with zod at every text limit the schema sets, read from the schema itself', () => {
    // A limit copied into the fast path that the schema later tightens would let a too-long text
    // through; this probes each limit where zod has it, whatever the fast path's table says.
    const base = {
      name: '人口信息',
      provider: '伊川县数据局',
      summary: '摘要',
      formatClass: 'database',
      formatType: 'KingbaseES',
      shareType: 'unconditional',
      openType: 'none',
      updateCycle: 'daily',
      items: [{ name: '姓名', type: 'C', length: '50' }],
    };
    const entryLimits = textLimits(entryInputSchema.shape);
    const itemLimits = textLimits(dataItemSchema.shape);
    expect(entryLimits.length).toBeGreaterThan(20);
    expect(itemLimits.length).toBeGreaterThan(3);
    let fast = 0;
    for (const [key, max] of entryLimits) {
      for (const n of [max, max + 1]) if (check({ ...base, [key]: '名'.repeat(n) }) === 'fast') fast++;
    }
    for (const [key, max] of itemLimits) {
      for (const n of [max, max + 1]) if (check({ ...base, items: [{ ...base.items[0], [key]: '名'.repeat(n) }] }) === 'fast') fast++;
    }
    // Texts at their limit stay fast where nothing else refuses them.
    expect(fast).toBeGreaterThan(10);
  });

  it('refuses whatever is not a plain object', () => {
    for (const input of [null, undefined, 'entry', 3, [], new Date(), Object.create(null)]) expect(canonicalEntryValues(input)).toBeUndefined();
  });

  it('returns new objects and arrays, as zod does', () => {
    const input = { name: 'a', provider: 'b', summary: 'c', formatClass: 'document', formatType: 'pdf', shareType: 'unconditional', openType: 'none', updateCycle: 'daily', relatedCodes: ['X'], items: [{ name: 'x', type: 'C' }] };
    const out = canonicalEntryValues(input);
    expect(out).toBeDefined();
    expect(out?.items).not.toBe(input.items);
    expect(out?.items[0]).not.toBe(input.items[0]);
    expect(out?.relatedCodes).not.toBe(input.relatedCodes);
  });

  it('knows every refinement of the schema: the cross-field rules and nothing else', () => {
    // A check added to the schema beside entryRules would be one the fast path does not run.
    expect((entryInputSchema._zod.def.checks ?? []).length).toBe(1);
  });

  it('counts a text’s length in code points, as zod does', () => {
    // 𠀀 is one code point in two UTF-16 units: 100 of them fit a 100-character limit.
    const base = { name: '𠀀'.repeat(100), provider: 'b', summary: 'c', formatClass: 'document', formatType: 'pdf', shareType: 'unconditional', openType: 'none', updateCycle: 'daily' };
    expect(check(base)).toBe('fast');
    expect(check({ ...base, name: '𠀀'.repeat(101) })).toBe('zod');
    expect(check({ ...base, name: '𠀀' })).toBe('fast');
  });
});

describe('field tables derived from the schemas', () => {
  it('reads every field of the entry, shared entry and data item schemas', () => {
    for (const [name, table] of Object.entries(TABLES)) expect(opaqueFields(table), name).toEqual([]);
    expect(TABLES.entryInput.fields.map((f) => f.key)).toEqual(Object.keys(entryInputSchema.shape));
    expect(TABLES.sharedEntry.fields.map((f) => f.key)).toEqual(Object.keys(sharedEntrySchema.shape));
    expect(TABLES.item.fields.map((f) => f.key)).toEqual(Object.keys(dataItemSchema.shape));
    // The pull takes a shared entry as it is: the schema may not gain a refinement the table cannot see.
    expect((sharedEntrySchema._zod.def.checks ?? []).length).toBe(0);
    expect((dataItemSchema._zod.def.checks ?? []).length).toBe(0);
  });

  it('follows a field added to a copy of the schema, and a limit changed in it', () => {
    const item = { name: '姓名', type: 'C', length: '50' };
    const base = deriveTable(dataItemSchema);
    expect(isCanonical(base, item)).toBe(true);
    expect(isCanonical(base, { ...item, colour: 'red' })).toBe(false);

    const wider = deriveTable(dataItemSchema.extend({ colour: z.enum(['red', 'blue']).optional(), weight: z.number().int().min(1).default(1) }));
    expect(wider.fields.map((f) => f.key)).toEqual([...base.fields.map((f) => f.key), 'colour', 'weight']);
    expect(wider.fields.find((f) => f.key === 'colour')?.describe).toBe('enum(2) (optional)');
    expect(wider.fields.find((f) => f.key === 'weight')?.describe).toBe('number int ≥1 (default)');
    expect(isCanonical(wider, { ...item, colour: 'red', weight: 2 })).toBe(true);
    expect(isCanonical(wider, { ...item, colour: 'green', weight: 2 })).toBe(false);
    expect(isCanonical(wider, { ...item, weight: 1.5 })).toBe(false);
    // A default is zod's to fill in for the pull's exact check, and filled in by the import's copy.
    expect(isCanonical(wider, item)).toBe(false);
    expect(canonicalCopy(wider, item)).toEqual({ ...item, weight: 1 });

    const tighter = deriveTable(dataItemSchema.extend({ name: z.string().trim().min(1).max(5) }));
    expect(tighter.fields.find((f) => f.key === 'name')?.describe).not.toBe(base.fields.find((f) => f.key === 'name')?.describe);
    expect(isCanonical(base, { ...item, name: '名'.repeat(6) })).toBe(true);
    expect(isCanonical(tighter, { ...item, name: '名'.repeat(6) })).toBe(false);
    expect(isCanonical(tighter, { ...item, name: '名'.repeat(5) })).toBe(true);
  });

  it('leaves what it cannot read to zod', () => {
    const odd = deriveTable(z.object({ when: z.date(), mail: z.email(), either: z.union([z.string(), z.number()]) }));
    expect(opaqueFields(odd)).toHaveLength(3);
    expect(isCanonical(odd, { when: new Date(), mail: 'a@b.cn', either: 'x' })).toBe(false);
    // A refinement on a field runs as zod runs it.
    const refined = deriveTable(z.object({ even: z.number().refine((n) => n % 2 === 0), name: z.string().nullable() }));
    expect(opaqueFields(refined)).toEqual([]);
    expect(isCanonical(refined, { even: 2, name: null })).toBe(true);
    expect(isCanonical(refined, { even: 3, name: 'x' })).toBe(false);
  });
});
