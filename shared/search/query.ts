import { cjkQueryTokens } from './segment';

/**
 * How a user's query becomes FTS5 MATCH expressions. Terms are split on whitespace and ANDed.
 * A term of three or more characters is a substring (a phrase of trigrams) in the trigram index;
 * a shorter one goes to the CJK bigram index (FTS5's trigram tokenizer cannot match it). Every
 * piece of user text is quoted, so FTS syntax (`"`, `*`, `NEAR(`, `-`, `AND`) is only ever text.
 */

/** At most this many terms are used: more never narrows a catalogue search usefully. */
export const MAX_TERMS = 8;
/** Characters per term: a trigram phrase of this size is still cheap. */
export const MAX_TERM_CHARS = 64;

export interface QueryPlan {
  /** The normalised terms, for highlighting. */
  terms: string[];
  /** MATCH expression for the trigram table, if any term is long enough. */
  trigram?: string;
  /** MATCH expression for the CJK bigram table, if any term is short. */
  cjk?: string;
  /**
   * For a single term of 3+ letters with a vowel: the prefix of a pinyin word, looked up in the
   * CJK table's pinyin columns beside the trigram match, since item names' full spellings
   * (xingming) are indexed there as words only.
   */
  pinyinWord?: string;
  /**
   * For a single term of 3 to 16 letters and digits: the term as a token of the table of item
   * names' initials (tyshxydm), where every run of initials is a token.
   */
  initials?: string;
  /** The normalised query as a whole, for the exact-name boost. */
  whole: string;
}

/** An FTS5 string literal: the only quoting FTS5 has is doubling `"`. */
export function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * Full-width letters, digits and spaces (ＩＤ, U+3000) fold to their ASCII forms, as officers type both.
 * Double quotes separate terms: every term is already a substring match, so `"人口"` means 人口.
 */
export function normaliseQuery(q: string): string {
  return q.normalize('NFKC').replace(/["\s]+/g, ' ').trim();
}

/**
 * Punctuation and symbols at a term's ends (`开发区。`, `（开发区）`, `“开发区”`): the index keeps
 * only letters and digits as tokens, so a query term is trimmed to them at its ends; what is
 * inside a term (`C-01`) stays, as it is matched as a substring.
 */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function splitTerms(q: string): string[] {
  const terms: string[] = [];
  for (const raw of normaliseQuery(q).split(' ')) {
    const term = Array.from(raw.replace(EDGE_PUNCTUATION, '')).slice(0, MAX_TERM_CHARS).join('');
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** `undefined` when no term can match anything (only punctuation of one or two characters). */
export function planQuery(q: string): QueryPlan | undefined {
  const terms = splitTerms(q);
  const long: string[] = [];
  const short: string[] = [];
  for (const term of terms) {
    if (Array.from(term).length >= 3) {
      long.push(ftsString(term));
      continue;
    }
    const tokens = cjkQueryTokens(term);
    // A short term of punctuation only has no token: it cannot narrow anything, so it is dropped.
    if (tokens.length) short.push(tokens.map((t) => (t.prefix ? `${ftsString(t.token)}*` : ftsString(t.token))).join(' AND '));
  }
  if (!long.length && !short.length) return undefined;
  const whole = normaliseQuery(q)
    .split(' ')
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean)
    .join(' ');
  const plan: QueryPlan = { terms, whole };
  if (long.length) plan.trigram = long.join(' AND ');
  const only = terms.length === 1 ? (terms[0] as string) : '';
  // Without a vowel (rkjc, tyshxydm) a term spells initials, not the start of a full spelling.
  if (long.length === 1 && /^[a-z]+$/i.test(only) && /[aeiouv]/i.test(only)) plan.pinyinWord = `${ftsString(only.toLowerCase())}*`;
  if (long.length === 1 && /^[a-z0-9]{3,16}$/i.test(only) && /[a-z]/i.test(only)) plan.initials = ftsString(only.toLowerCase());
  if (short.length) plan.cjk = short.join(' AND ');
  return plan;
}
