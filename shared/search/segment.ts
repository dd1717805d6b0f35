/**
 * CJK segmentation for the short-query index, after Lucene's CJK analyzer: FTS5's trigram
 * tokenizer cannot match queries of one or two characters, and 人口 / 法人 are the common case.
 * A run of CJK characters becomes its overlapping bigrams plus its last character alone (so every
 * character starts some token and a one-character query is the prefix query `X*`); other letters
 * and digits stay whole words, lower-cased. The result is space-separated for FTS5's unicode61.
 * A hand-written scanner: it runs over every name, summary and item of a large shared catalogue.
 */

/** Han (BMP blocks and the supplementary planes), kana, Hangul syllables and jamo. */
export function isCjkCode(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    cp === 0x3007
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** 0 = separator, 1 = CJK, 2 = other letter or digit. */
function kind(cp: number): 0 | 1 | 2 {
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)) return 2;
  if (cp < 0x80) return 0;
  if (isCjkCode(cp)) return 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

export function hasCjk(text: string): boolean {
  for (const ch of text) if (isCjkCode(ch.codePointAt(0) as number)) return true;
  return false;
}

/** Runs of one kind (CJK, or other letters and digits), in order, as arrays of characters. */
function runs(text: string, each: (chars: string[], cjk: boolean) => void): void {
  let current: string[] = [];
  let currentKind: 0 | 1 | 2 = 0;
  for (const ch of text) {
    const k = kind(ch.codePointAt(0) as number);
    if (k !== currentKind && current.length) {
      each(current, currentKind === 1);
      current = [];
    }
    currentKind = k;
    if (k !== 0) current.push(ch);
  }
  if (current.length) each(current, currentKind === 1);
}

/** Index tokens of one text: CJK bigrams + the last character of each run, other words whole. */
export function cjkTokens(text: string): string[] {
  const out: string[] = [];
  runs(text, (cs, cjk) => {
    if (!cjk) {
      out.push(cs.join('').toLowerCase());
      return;
    }
    for (let i = 0; i + 1 < cs.length; i++) out.push((cs[i] as string) + (cs[i + 1] as string));
    out.push(cs[cs.length - 1] as string);
  });
  return out;
}

export function segmentForIndex(text: string): string {
  return cjkTokens(text).join(' ');
}

/** One token of a short query: an exact bigram, or a prefix (one CJK character, or a word). */
export interface QueryToken {
  token: string;
  prefix: boolean;
}

/**
 * Tokens of a query term of one or two characters (longer terms go to the trigram index): a CJK
 * pair is its bigram; a lone CJK character or a word is a prefix, so `r` finds `rkjcxx`.
 */
export function cjkQueryTokens(term: string): QueryToken[] {
  const out: QueryToken[] = [];
  runs(term, (cs, cjk) => {
    if (!cjk) out.push({ token: cs.join('').toLowerCase(), prefix: true });
    else if (cs.length === 1) out.push({ token: cs[0] as string, prefix: true });
    else for (let i = 0; i + 1 < cs.length; i++) out.push({ token: (cs[i] as string) + (cs[i + 1] as string), prefix: false });
  });
  return out;
}
