import dayjs from 'dayjs';

/** A moment as the header and the sync screen show it: the time alone when it is today. */
export function formatWhen(iso: string, now: Date = new Date()): string {
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  return d.isSame(now, 'day') ? d.format('HH:mm:ss') : d.format('YYYY-MM-DD HH:mm');
}
