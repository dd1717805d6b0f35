import { describe, expect, it } from 'vitest';
import { makeRestartPolicy } from './restart-policy';

describe('core host restart policy', () => {
  it('allows a few restarts, then none until the window has passed', () => {
    let t = 0;
    const allowed = makeRestartPolicy(3, 1000, () => t);
    expect([allowed(), allowed(), allowed(), allowed()]).toEqual([true, true, true, false]);
    t = 999;
    expect(allowed()).toBe(false);
    // The first three restarts have aged out: a fresh budget of three.
    t = 1000;
    expect([allowed(), allowed(), allowed(), allowed()]).toEqual([true, true, true, false]);
  });
});
