import { formatDateTime } from '../../format/date';

/** An instant stored as ISO UTC, as the officer reads it: China time, to the minute. */
export function formatAt(iso: string): string {
  return formatDateTime(iso, 'Asia/Shanghai');
}
