import { nameKey } from '../quality/normalise';

/**
 * How well a shared catalogue entry answers a demand. Texts are compared by their name key (NFKC,
 * lower case, punctuation, symbols and spaces removed: shared/quality/normalise.ts) cut into
 * character bigrams — Chinese names have no spaces, and bigrams are what a reader matches by eye
 * (人口 · 口基 · 基础 …). Similarity of two texts is the Jaccard index of their bigram sets.
 *
 * - name: similarity of the demand's name and the entry's name;
 * - items: each needed item counts 1 when an entry item has the same key, else its best
 *   similarity when that reaches ITEM_THRESHOLD, else 0; the item score is the mean over needed items;
 * - score = NAME_WEIGHT · name + (1 − NAME_WEIGHT) · items, or the name alone when no items are named.
 */

export const NAME_WEIGHT = 0.4;
/** Below this, two item names are different items (身份证号 vs 公民身份号码 is 1/7; 身份证号码 vs 身份证号 is 3/4). */
export const ITEM_THRESHOLD = 0.5;

export function bigrams(raw: string): Set<string> {
  const chars = Array.from(nameKey(raw));
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i++) out.add((chars[i] as string) + (chars[i + 1] as string));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

export function similarity(a: string, b: string): number {
  if (nameKey(a) === nameKey(b) && nameKey(a) !== '') return 1;
  return jaccard(bigrams(a), bigrams(b));
}

export interface ItemMatch {
  /** The needed item, as the demand names it. */
  needed: string;
  /** The entry's item that answers it, and its 1-based position there. */
  item: string;
  position: number;
  /** 1 for the same name (after normalisation), else the bigram similarity. */
  similarity: number;
}

export interface MatchScore {
  score: number;
  nameScore: number;
  itemScore: number;
  matches: ItemMatch[];
  /** Needed items no entry item answers. */
  missing: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreMatch(demand: { name: string; items: readonly string[] }, entry: { name: string; items: readonly string[] }): MatchScore {
  const nameScore = similarity(demand.name, entry.name);
  const entryItems = entry.items.map((name, i) => ({ name, position: i + 1, key: nameKey(name), grams: bigrams(name) }));
  const byKey = new Map<string, (typeof entryItems)[number]>();
  for (const it of entryItems) if (!byKey.has(it.key)) byKey.set(it.key, it);
  const matches: ItemMatch[] = [];
  const missing: string[] = [];
  let sum = 0;
  for (const needed of demand.items) {
    const exact = byKey.get(nameKey(needed));
    if (exact) {
      matches.push({ needed, item: exact.name, position: exact.position, similarity: 1 });
      sum += 1;
      continue;
    }
    const grams = bigrams(needed);
    let best: { it: (typeof entryItems)[number]; s: number } | undefined;
    for (const it of entryItems) {
      const s = jaccard(grams, it.grams);
      if (s >= ITEM_THRESHOLD && (!best || s > best.s)) best = { it, s };
    }
    if (best) {
      matches.push({ needed, item: best.it.name, position: best.it.position, similarity: round(best.s) });
      sum += best.s;
    } else missing.push(needed);
  }
  const itemScore = demand.items.length ? sum / demand.items.length : 0;
  const score = demand.items.length ? NAME_WEIGHT * nameScore + (1 - NAME_WEIGHT) * itemScore : nameScore;
  return { score: round(score), nameScore: round(nameScore), itemScore: round(itemScore), matches, missing };
}
