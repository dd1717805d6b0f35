import { expect, it } from 'vitest';
import { formatAt } from './formatAt';

it('shows a stored UTC instant in China time, and leaves a malformed one as it is', () => {
  expect(formatAt('2026-12-28T02:00:00.000Z')).toBe('2026-12-28 10:00');
  expect(formatAt('2026-12-31T17:30:00.000Z')).toBe('2027-01-01 01:30');
  expect(formatAt('not a time')).toBe('not a time');
});
