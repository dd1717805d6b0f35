export interface Range {
  start: number;
  end: number;
}

/**
 * A window of `text` around its first highlighted range, at most about `2 * radius` characters,
 * with the ranges moved into it; an ellipsis marks each cut. Short texts come back whole.
 */
export function snippet(text: string, ranges: readonly Range[], radius = 40): { text: string; ranges: Range[] } {
  if (text.length <= radius * 2 || ranges.length === 0) return { text, ranges: [...ranges] };
  const first = ranges[0]!;
  const from = Math.max(0, Math.min(first.start - Math.floor(radius / 2), text.length - radius * 2));
  const to = Math.min(text.length, from + radius * 2);
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const shift = head.length - from;
  const inside = ranges
    .filter((r) => r.end > from && r.start < to)
    .map((r) => ({ start: Math.max(r.start, from) + shift, end: Math.min(r.end, to) + shift }));
  return { text: head + text.slice(from, to) + tail, ranges: inside };
}

/** Splits text into plain and marked parts by ranges (overlapping or unsorted ranges are merged). */
export function markParts(text: string, ranges: readonly Range[]): { text: string; marked: boolean }[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) });
  }
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), marked: false });
    parts.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
