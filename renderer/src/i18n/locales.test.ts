import { describe, expect, it } from 'vitest';
import { RESOURCES } from './resources';

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

function leaf(tree: unknown, path: string): string {
  return path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string;
}

describe('renderer locales', () => {
  const zh = RESOURCES['zh-CN'];
  const en = RESOURCES.en;

  it('has the same namespaces and keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('uses the same placeholders in both languages, and no empty strings', () => {
    for (const key of keys(zh)) {
      expect(leaf(zh, key).trim(), key).not.toBe('');
      expect(leaf(en, key).trim(), key).not.toBe('');
      expect(placeholders(leaf(en, key)), key).toEqual(placeholders(leaf(zh, key)));
    }
  });
});
