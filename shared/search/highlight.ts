import { hasCjk } from './segment';
import { cachedReadings, mayBePinyin } from './pinyin';

/** Longer letter runs are words, not pinyin anyone types: they are only matched literally. */
const MAX_PINYIN_TERM = 64;

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

const readingsOf = cachedReadings();

/**
 * The first run of consecutive characters whose readings, each cut to a non-empty prefix (its
 * initial, its whole spelling or anything between), spell `term` — as pinyin-pro's continuous
 * match does (rkjc, renkou, renkjc → 人口基础). `readings` holds each character's possible
 * readings. Returns the [first, last] characters.
 */
export function pinyinSpan(readings: readonly (readonly string[])[], term: string): [number, number] | undefined {
  const t = term.toLowerCase();
  // (character, position in term) pairs already known to lead nowhere: keeps the search linear.
  const failed = new Set<number>();
  const from = (i: number, p: number): number => {
    const options = readings[i];
    if (!options || failed.has(i * 128 + p)) return -1;
    for (const s of options) {
      for (let k = Math.min(s.length, t.length - p); k >= 1; k--) {
        if (!t.startsWith(s.slice(0, k), p)) continue;
        if (p + k === t.length) return i;
        const end = from(i + 1, p + k);
        if (end >= 0) return end;
      }
    }
    failed.add(i * 128 + p);
    return -1;
  };
  for (let i = 0; i < readings.length; i++) {
    if (!readings[i]?.some((r) => r[0] === t[0])) continue;
    const end = from(i, 0);
    if (end >= 0) return [i, end];
  }
  return undefined;
}

/** Where `term` occurs in `text`: literally (case-insensitive), or as pinyin of Chinese characters. */
function termRanges(text: string, term: string, pinyin: boolean): HighlightRange[] {
  const out: HighlightRange[] = [];
  for (const m of text.matchAll(new RegExp(escapeRegExp(term), 'giu'))) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (out.length === 0 && pinyin && mayBePinyin(term) && term.length <= MAX_PINYIN_TERM && hasCjk(text)) {
    const span = pinyinSpan(readingsOf(text), term);
    const offsets = codePointOffsets(text);
    if (span) out.push({ start: offsets[span[0]] as number, end: offsets[span[1] + 1] as number });
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
