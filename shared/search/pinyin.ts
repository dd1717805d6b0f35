import { pinyin } from 'pinyin-pro';

/**
 * Pinyin keys of a text for search: the full spelling (人口基础信息 → renkoujichuxinxi) and the
 * initials (→ rkjcxx), toneless, lower-case; letters and digits that are not Chinese are kept as
 * they are. pinyin-pro reads polyphones in context (银行 → yinhang).
 */
export interface PinyinKeys {
  full: string;
  initials: string;
}

const NOT_KEY = /[^a-z0-9]/g;

export function pinyinKeys(text: string): PinyinKeys {
  let full = '';
  let initials = '';
  for (const syllable of pinyin(text, { toneType: 'none', type: 'array', v: true })) {
    const s = syllable.toLowerCase().replace(NOT_KEY, '');
    if (!s) continue;
    full += s;
    initials += s[0];
  }
  return { full, initials };
}

/**
 * Item names repeat across thousands of entries (姓名, 统一社会信用代码…): converting each
 * distinct text once makes indexing a large shared catalogue several times faster.
 */
export function cachedPinyinKeys(limit = 50_000): (text: string) => PinyinKeys {
  const cache = new Map<string, PinyinKeys>();
  return (text) => {
    let keys = cache.get(text);
    if (!keys) {
      if (cache.size >= limit) cache.clear();
      keys = pinyinKeys(text);
      cache.set(text, keys);
    }
    return keys;
  };
}

/**
 * Every toneless reading of each character of a text (one list per code point; `[]` for
 * punctuation and spaces; a letter or digit reads as itself), from a cache per character: what
 * highlighting matches pinyin queries against. Converting each result's name in context cost
 * more than the rest of a pinyin search; polyphones are covered by taking all their readings.
 */
export function cachedReadings(limit = 20_000): (text: string) => string[][] {
  const cache = new Map<string, string[]>();
  const of = (ch: string): string[] => {
    let readings = cache.get(ch);
    if (!readings) {
      if (cache.size >= limit) cache.clear();
      const all = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true }).map((r) => r.toLowerCase().replace(NOT_KEY, ''));
      readings = [...new Set(all.filter(Boolean))];
      cache.set(ch, readings);
    }
    return readings;
  };
  return (text) => Array.from(text, of);
}

/** A query that may be pinyin: letters only (spaces between syllables allowed). */
export function mayBePinyin(term: string): boolean {
  return /^[a-z]+$/i.test(term);
}
