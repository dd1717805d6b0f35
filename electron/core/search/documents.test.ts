import { describe, expect, it } from 'vitest';
import { initialsRuns, MAX_INITIALS, MIN_INITIALS } from './documents';

describe('runs of initials', () => {
  const runs = (...texts: string[]) => {
    const out = new Set<string>();
    for (const t of texts) initialsRuns(t, out);
    return [...out].sort();
  };

  it('are every run of 3 letters or more, each once, never across two texts', () => {
    expect(runs('rkjcx')).toEqual(['jcx', 'kjc', 'kjcx', 'rkj', 'rkjc', 'rkjcx']);
    expect(runs('xm', 'xb')).toEqual([]);
    expect(runs('aaaa')).toEqual(['aaa', 'aaaa']);
    expect(runs('xmx', 'bxb')).not.toContain('xbx');
  });

  it('stop at MAX_INITIALS letters', () => {
    const long = 'abcdefghijklmnopqrstuvwxyz';
    const got = runs(long);
    expect(Math.max(...got.map((r) => r.length))).toBe(MAX_INITIALS);
    expect(got).toContain(long.slice(10, 10 + MAX_INITIALS));
    expect(got).toContain(long.slice(-MIN_INITIALS));
  });
});
