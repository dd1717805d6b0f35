import { describe, expect, it } from 'vitest';
import { formatWhen } from './format';

describe('formatWhen', () => {
  it('shows the time alone today and the date otherwise', () => {
    const now = new Date(2026, 2, 2, 15, 0, 0);
    expect(formatWhen(new Date(2026, 2, 2, 9, 5, 7).toISOString(), now)).toBe('09:05:07');
    expect(formatWhen(new Date(2026, 2, 1, 23, 59, 0).toISOString(), now)).toBe('2026-03-01 23:59');
  });

  it('leaves text that is not a time as it is', () => {
    expect(formatWhen('not a time')).toBe('not a time');
  });
});
