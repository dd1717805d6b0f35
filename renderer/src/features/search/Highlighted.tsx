import { markParts, snippet, type Range } from './snippet';

/** Text with the search's matches marked; long texts are cut to a window around the first match. */
export function Highlighted({ text, ranges, radius }: { text: string; ranges: readonly Range[]; radius?: number }) {
  const cut = radius ? snippet(text, ranges, radius) : { text, ranges };
  return (
    <>
      {markParts(cut.text, cut.ranges).map((p, i) =>
        p.marked ? (
          <mark key={i} className="search-mark">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
