import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, DATE_TIME_PATTERN, formatDate, formatDateTime } from './date';
import { formatPhone } from './phone';
import { formatUscc, usccCopy } from './uscc';

describe('dates', () => {
  it('shows a day as YYYY-MM-DD and a moment to the minute, in the given zone', () => {
    expect(formatDate('2026-12-06')).toBe('2026-12-06');
    expect(formatDate('2026-12-05T17:30:00.000Z', 'Asia/Shanghai')).toBe('2026-12-06');
    expect(formatDate('2026-12-05T17:30:00.000Z', 'UTC')).toBe('2026-12-05');
    expect(formatDateTime('2026-12-05T17:30:00.000Z', 'Asia/Shanghai')).toBe('2026-12-06 01:30');
    expect(formatDateTime('2026-12-06T06:05:09Z', 'UTC')).toBe('2026-12-06 06:05');
    expect(formatDateTime('2026-12-06')).toBe('2026-12-06');
  });

  it('fits the patterns the screens are checked against, in any zone', () => {
    for (const zone of [undefined, 'UTC', 'Asia/Shanghai', 'America/New_York']) {
      expect(formatDate('2026-03-01T23:59:00Z', zone)).toMatch(DATE_PATTERN);
      expect(formatDateTime('2026-03-01T00:00:00Z', zone)).toMatch(DATE_TIME_PATTERN);
    }
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('not a time')).toBe('not a time');
    expect(formatDateTime('')).toBe('');
  });
});

describe('phone', () => {
  it('separates a mobile 3-4-4 and a fixed line after its area code', () => {
    expect(formatPhone('13812345678')).toBe('138 1234 5678');
    expect(formatPhone('138-1234-5678')).toBe('138 1234 5678');
    expect(formatPhone('037965123456')).toBe('0379-65123456');
    expect(formatPhone('0379 65123456')).toBe('0379-65123456');
    expect(formatPhone('01012345678')).toBe('010-12345678');
    expect(formatPhone('02112345678')).toBe('021-12345678');
  });

  it('shows anything else as typed', () => {
    expect(formatPhone('65123456 转 8001')).toBe('65123456 转 8001');
    expect(formatPhone('+86 379 6512 3456')).toBe('+86 379 6512 3456');
    expect(formatPhone(undefined)).toBe('');
  });
});

describe('unified social credit code', () => {
  it('spaces the code along its parts and copies it without spaces', () => {
    expect(formatUscc('12320100671322000Q')).toBe('12 320100 671322000 Q');
    expect(usccCopy(formatUscc('12320100671322000Q'))).toBe('12320100671322000Q');
    expect(formatUscc('short')).toBe('short');
  });
});
