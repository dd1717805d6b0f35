import { match } from 'pinyin-pro';
import { hasCjk } from './segment';
import { cachedPinyinKeys, mayBePinyin } from './pinyin';

/** A matched span of the original text: UTF-16 offsets, `end` exclusive — what JS `slice` takes. */
export interface HighlightRange {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Offsets of each character of `text` when iterated by code point (pinyin-pro counts those). */
function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const ch of text) {
    offsets.push(at);
    at += ch.length;
  }
  offsets.push(at);
  return offsets;
}

const keysOf = cachedPinyinKeys(10_000);

/**
 * Whether pinyin-pro's (slow) match can succeed: the term must occur in the text's full spelling
 * or initials, or be spelled across them (ren + k…); a cheap test on cached keys rules most out.
 */
function mayMatchPinyin(text: string, term: string): boolean {
  const keys = keysOf(text);
  const t = term.toLowerCase();
  return keys.full.includes(t) || keys.initials.includes(t) || keys.initials.includes(t[0] as string);
}

/** Where `term` occurs in `text`: literally (case-insensitive), or as pinyin of Chinese characters. */
function termRanges(text: string, term: string, pinyin: boolean): HighlightRange[] {
  const out: HighlightRange[] = [];
  for (const m of text.matchAll(new RegExp(escapeRegExp(term), 'giu'))) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (out.length === 0 && pinyin && mayBePinyin(term) && hasCjk(text) && mayMatchPinyin(text, term)) {
    const hit = match(text, term, { continuous: true, insensitive: true, v: true });
    if (hit && hit.length) {
      const offsets = codePointOffsets(text);
      const first = hit[0] as number;
      const last = hit[hit.length - 1] as number;
      out.push({ start: offsets[first] as number, end: offsets[last + 1] as number });
    }
  }
  return out;
}

/** Sorted, non-overlapping spans of every term in `text`; `pinyin: false` marks literal matches only. */
export function highlightRanges(text: string, terms: readonly string[], opts: { pinyin?: boolean } = {}): HighlightRange[] {
  const all = terms.flatMap((t) => termRanges(text, t, opts.pinyin ?? true)).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: HighlightRange[] = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
