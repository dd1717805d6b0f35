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
 * The toneless spelling of each character of a text (one element per code point, '' for
 * punctuation and spaces), kept across calls: what highlighting matches pinyin queries against.
 */
export function cachedSyllables(limit = 10_000): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  return (text) => {
    let syllables = cache.get(text);
    if (!syllables) {
      if (cache.size >= limit) cache.clear();
      syllables = pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase().replace(NOT_KEY, ''));
      cache.set(text, syllables);
    }
    return syllables;
  };
}

/** A query that may be pinyin: letters only (spaces between syllables allowed). */
export function mayBePinyin(term: string): boolean {
  return /^[a-z]+$/i.test(term);
}
