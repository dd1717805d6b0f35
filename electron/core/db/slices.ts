import { setImmediate as nextTurn } from 'node:timers/promises';

/** Rows handled between two turns of the event loop in a computation over a whole table. */
export const SLICE = 2_000;

/**
 * `fn` over `items`, letting the event loop turn between slices: a computation over every entry of
 * a 100,000-entry catalogue (the reminders check when a workspace opens) then holds the officer's
 * requests up for one slice at most, not for the whole computation.
 */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T) => R, slice = SLICE): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % slice === 0) await nextTurn();
    out.push(fn(items[i]!));
  }
  return out;
}

/** Awaited at each row of a long loop: yields to the event loop at each slice's start. */
export function sliceTurn(i: number, slice = SLICE): Promise<void> | undefined {
  return i > 0 && i % slice === 0 ? nextTurn() : undefined;
}
