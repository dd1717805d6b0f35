// 'sv-SE' formats as YYYY-MM-DD HH:mm; China time, the zone every deadline is counted in.
const FORMAT = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** An instant stored as ISO UTC, as the officer reads it: China time, to the minute. */
export function formatAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : FORMAT.format(d);
}
