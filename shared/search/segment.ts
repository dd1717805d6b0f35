/**
 * CJK segmentation for the short-query index, after Lucene's CJK analyzer: FTS5's trigram
 * tokenizer cannot match queries of one or two characters, and 人口 / 法人 are the common case.
 * A run of CJK characters becomes its overlapping bigrams plus its last character alone (so every
 * character starts some token and a one-character query is the prefix query `X*`); other letters
 * and digits stay whole words, lower-cased. The result is space-separated for FTS5's unicode61.
 */

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
/** Runs of CJK characters, or of other letters and digits; everything else separates. */
const RUN = new RegExp(`[${CJK_CLASS}]+|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+`, 'gu');

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** A run as code points, so characters outside the BMP stay whole. */
const chars = (run: string) => Array.from(run);

/** Index tokens of one text: CJK bigrams + the last character of each run, other words whole. */
export function cjkTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    if (!isCjk(run)) {
      out.push(run.toLowerCase());
      continue;
    }
    const cs = chars(run);
    for (let i = 0; i + 1 < cs.length; i++) out.push((cs[i] as string) + (cs[i + 1] as string));
    out.push(cs[cs.length - 1] as string);
  }
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
  for (const m of term.matchAll(RUN)) {
    const run = m[0];
    if (!isCjk(run)) {
      out.push({ token: run.toLowerCase(), prefix: true });
      continue;
    }
    const cs = chars(run);
    if (cs.length === 1) out.push({ token: run, prefix: true });
    else for (let i = 0; i + 1 < cs.length; i++) out.push({ token: (cs[i] as string) + (cs[i + 1] as string), prefix: false });
  }
  return out;
}
