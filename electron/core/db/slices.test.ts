import { describe, expect, it } from 'vitest';
import { mapInSlices, sliceTurn } from './slices';

describe('computations in slices', () => {
  it('map every item in order', async () => {
    expect(await mapInSlices([1, 2, 3, 4, 5], (n) => n * 10, 2)).toEqual([10, 20, 30, 40, 50]);
    expect(await mapInSlices([], (n: number) => n)).toEqual([]);
  });

  it('let other work run after each slice, not only at the end', async () => {
    let seenAt = -1;
    let at = -1;
    setImmediate(() => void (seenAt = at));
    await mapInSlices(Array.from({ length: 10 }, (_, i) => i), (i) => (at = i), 4);
    expect(seenAt).toBe(3);
  });

  it('turn the event loop at the start of each slice of a loop', async () => {
    expect([0, 1, 3].map((i) => sliceTurn(i, 4))).toEqual([undefined, undefined, undefined]);
    let ran = false;
    setImmediate(() => void (ran = true));
    await sliceTurn(4, 4);
    expect(ran).toBe(true);
  });
});
