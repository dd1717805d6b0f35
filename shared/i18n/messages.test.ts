import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './messages';

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('shared messages', () => {
  it('has the same keys in zh-CN and en', () => {
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES['zh-CN']).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys(MESSAGES['zh-CN'])) {
      const params = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(params(translate(key, 'en')), key).toEqual(params(translate(key, 'zh-CN')));
    }
  });

  it('fills parameters and returns unknown keys unchanged', () => {
    expect(translate('error.CONFLICT', 'en', { current: 3 })).toContain('revision 3');
    expect(translate('error.NOPE', 'zh-CN')).toBe('error.NOPE');
  });
});
