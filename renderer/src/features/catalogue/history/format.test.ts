import { describe, expect, it } from 'vitest';
import { actionKey, formatValue } from './format';

describe('history formatting', () => {
  it('formats values for the before/after columns', () => {
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue('')).toBe('—');
    expect(formatValue('人口')).toBe('人口');
    expect(formatValue(12)).toBe('12');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(['a', 'b'], '、')).toBe('a、b');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue({ scheme: 'national1272', category: '1' })).toBe('{"scheme":"national1272","category":"1"}');
  });

  it('reads the action of a revision', () => {
    expect(actionKey('catalogue.create')).toEqual({ key: 'create' });
    expect(actionKey('catalogue.setState:ready')).toEqual({ key: 'setState.ready' });
    expect(actionKey('catalogue.restore:r3')).toEqual({ key: 'restore', revision: 3 });
    expect(actionKey('sync.submitted')).toEqual({ key: 'submitted' });
  });
});
