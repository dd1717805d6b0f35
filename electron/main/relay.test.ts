import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingRequests } from './relay';

afterEach(() => void vi.useRealTimers());

describe('PendingRequests', () => {
  it('matches answers to requests by id, in any order', async () => {
    const p = new PendingRequests<string>(() => 'timeout');
    const a = p.open(1000);
    const b = p.open(1000);
    expect(a.id).not.toBe(b.id);
    expect(p.settle(b.id, 'B')).toBe(true);
    expect(p.settle(a.id, 'A')).toBe(true);
    expect(await a.result).toBe('A');
    expect(await b.result).toBe('B');
    expect(p.size).toBe(0);
  });

  it('settles an unanswered request with the timeout value and ignores its late answer', async () => {
    vi.useFakeTimers();
    const p = new PendingRequests<string>((id) => `timeout ${id}`);
    const a = p.open(50);
    vi.advanceTimersByTime(49);
    expect(p.size).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await a.result).toBe(`timeout ${a.id}`);
    expect(p.settle(a.id, 'late')).toBe(false);
  });

  it('ignores unknown ids and a second answer', async () => {
    const p = new PendingRequests<string>(() => 'timeout');
    const a = p.open(0);
    expect(p.settle(a.id + 100, 'stray')).toBe(false);
    expect(p.settle(a.id, 'first')).toBe(true);
    expect(p.settle(a.id, 'second')).toBe(false);
    expect(await a.result).toBe('first');
  });

  it('settles everything still open at once', async () => {
    const p = new PendingRequests<string>(() => 'timeout');
    const all = [p.open(0), p.open(10_000)];
    p.settleAll((id) => `gone ${id}`);
    expect(await Promise.all(all.map((r) => r.result))).toEqual(all.map((r) => `gone ${r.id}`));
    expect(p.size).toBe(0);
  });
});
