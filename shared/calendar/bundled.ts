/**
 * The official schedules shipped with the app: the data file of the `chinese-days` package
 * (MIT, 2004–2026), imported as JSON so that it works the same in Node, the CLI bundle and the
 * renderer bundle (its JS entry points carry lunar code we do not need). Converted to the override
 * format, one HolidayYear per year.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { HolidayYear } from './override';

interface ChineseDaysData {
  /** date → "English name,中文名,days" */
  holidays: Record<string, string>;
  /** adjusted working days (调休上班), under the key the chinese-days data uses */
  workdays: Record<string, string>;
}

/** "Spring Festival,春节,4" → 春节 (the Chinese name, as in holiday-cn files). */
function chineseName(value: string): string {
  return value.split(',')[1] ?? value;
}

export function holidayYearsFromChineseDays(source: ChineseDaysData): HolidayYear[] {
  const years = new Map<number, HolidayYear>();
  const add = (date: string, value: string, isOffDay: boolean) => {
    const year = Number(date.slice(0, 4));
    let file = years.get(year);
    if (!file) years.set(year, (file = { year, days: [] }));
    file.days.push({ date, name: chineseName(value), isOffDay });
  };
  for (const [date, value] of Object.entries(source.holidays)) add(date, value, true);
  for (const [date, value] of Object.entries(source.workdays)) add(date, value, false);
  return [...years.values()].sort((a, b) => a.year - b.year);
}

export const BUNDLED_YEARS: readonly HolidayYear[] = holidayYearsFromChineseDays(data as ChineseDaysData);
