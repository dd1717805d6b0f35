/** Something due, as the Overview lists it: a request step, an objection answer, a catalogue update, a zero-update report. */
export interface DueThing {
  subject: 'request' | 'objection' | 'authorisation' | 'zeroUpdate' | 'notice' | 'annualReport' | 'catalogueChange';
  id: string;
  title: string;
  step: string;
  due: string;
  status: string;
  calendarCovered: boolean;
}

export interface DueGroup {
  /** `overdue`, or the due day (YYYY-MM-DD). */
  key: string;
  items: DueThing[];
}

/**
 * The week's list: everything overdue first (oldest first), then one group per due day up to the
 * week's end, in date order. Items beyond `weekEnd` are left out; the order within a day is kept.
 */
export function groupWeek(items: readonly DueThing[], today: string, weekEnd: string): DueGroup[] {
  const sorted = [...items].filter((i) => i.due <= weekEnd).sort((a, b) => a.due.localeCompare(b.due));
  const overdue = sorted.filter((i) => i.status === 'overdue' || i.due < today);
  const groups: DueGroup[] = overdue.length ? [{ key: 'overdue', items: overdue }] : [];
  for (const i of sorted) {
    if (overdue.includes(i)) continue;
    const last = groups[groups.length - 1];
    if (last && last.key === i.due) last.items.push(i);
    else groups.push({ key: i.due, items: [i] });
  }
  return groups;
}

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday (as Date#getUTCDay). */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** How many of `values` fall in each key, every key present. */
export function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v] += 1;
  return out;
}
