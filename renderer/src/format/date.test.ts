import { expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date';

it('shows a stored instant in the workstation’s zone: 23:30 UTC is the next day in China', () => {
  expect(formatDateTime('2026-12-28T02:00:00.000Z', 'Asia/Shanghai')).toBe('2026-12-28 10:00');
  expect(formatDateTime('2026-12-31T17:30:00.000Z', 'Asia/Shanghai')).toBe('2027-01-01 01:30');
  expect(formatDate('2026-03-09T23:30:00.000Z', 'Asia/Shanghai')).toBe('2026-03-10');
  expect(formatDateTime('2026-03-09T23:30:00.000Z', 'Asia/Shanghai')).toBe('2026-03-10 07:30');
  expect(formatDateTime('2026-03-09T23:30:00.000Z', 'UTC')).toBe('2026-03-09 23:30');
  expect(formatDateTime('2026-03-10T00:05:00.000Z', 'Asia/Shanghai')).toBe('2026-03-10 08:05');
});

it('leaves a calendar day as it is and a malformed value as it came', () => {
  expect(formatDate('2026-03-10', 'America/Los_Angeles')).toBe('2026-03-10');
  expect(formatDateTime('2026-03-10', 'Asia/Shanghai')).toBe('2026-03-10');
  expect(formatDate('not a time')).toBe('not a time');
  expect(formatDateTime('not a time')).toBe('not a time');
});
