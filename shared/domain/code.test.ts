import { describe, expect, it } from 'vitest';
import { DEFAULT_CODE_FORMAT, codeOddities, parseCode, renderCode, sequenceText } from './code';

const F = DEFAULT_CODE_FORMAT;
const USCC = '12320100671322000Q';

describe('resource codes', () => {
  it('renders classification, provider and 顺序码 with the profile separator', () => {
    const classification = { scheme: 'national1272' as const, category: '1', item: '01', section: '002' };
    expect(renderCode({ classification, providerCode: USCC, sequence: sequenceText(7, F) }, F)).toBe(`101002/${USCC}/000007`);
    expect(renderCode({ providerCode: USCC, sequence: '000001' }, F)).toBe(`${USCC}/000001`);
    expect(renderCode({ providerCode: USCC, sequence: '1' }, { ...F, separator: '-' })).toBe(`${USCC}-1`);
  });

  it('parses a rendered code back into the same parts', () => {
    const parts = { classification: { scheme: 'national1272' as const, category: '2', item: '11', section: '003', detail: '9' }, providerCode: USCC, sequence: '000042' };
    const parsed = parseCode(renderCode(parts, F), F, 'national1272');
    expect(parsed).toMatchObject(parts);
    expect(parsed.oddities).toEqual([]);
  });

  it('normalises full-width characters, spaces and case before parsing', () => {
    const parsed = parseCode(' １２３２０１００６７１３２２０００ｑ／０００００１ ', F, 'national1272');
    expect(parsed.text).toBe(`${USCC}/000001`);
    expect(parsed).toMatchObject({ providerCode: USCC, sequence: '000001', oddities: [] });
  });

  it('flags unusual shapes instead of rejecting them', () => {
    expect(parseCode(`${USCC}/12`, F, 'national1272').oddities).toEqual(['sequenceLength']);
    // The older GB/T 21063.5 identifier: 前段码/后段码.
    const legacy = parseCode('11000/A00034VG345', F, 'national1272');
    expect(legacy).toMatchObject({ providerCode: '11000', sequence: 'A00034VG345' });
    expect(legacy.oddities.sort()).toEqual(['providerLength', 'sequenceLength']);
    expect(parseCode('ABC', F, 'national1272')).toMatchObject({ sequence: 'ABC', oddities: ['shape'] });
    expect(parseCode(`9999/${USCC}/000001`, F, 'national1272').oddities).toEqual(['classification']);
    expect(codeOddities({ providerCode: USCC, sequence: '000001' }, F, 'national1272')).toEqual([]);
  });

  it('reads class/sequence codes without a provider part', () => {
    const parsed = parseCode('101002/000003', F, 'national1272');
    expect(parsed).toEqual({
      text: '101002/000003',
      classification: { scheme: 'national1272', category: '1', item: '01', section: '002' },
      sequence: '000003',
      oddities: [],
    });
  });
});
