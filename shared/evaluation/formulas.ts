import type { UpdateCycle } from '../domain/enums';
import { civil, dayNumber, formatDay, parseDay, weekdayOf } from '../calendar/date';

/**
 * The evaluation metrics of a published resource (docs/evaluation.md gives each formula with a
 * worked case). Everything is computed from additive totals, so a month's totals can be summed
 * into any period. A metric whose inputs are missing is `null` (unknown), never 0.
 */
export interface MetricTotals {
  /** Days of the period the resource was published. */
  days: number;
  /** Availability checks recorded, and how many of them failed (an outage is a run of failed checks). */
  checks: number;
  failures: number;
  /** Calls through authorisations, and the sum over days of the distinct departments calling that day. */
  calls: number;
  departmentDays: number;
  /** Update cycles that ended in the period, and how many had an update or zero-update report within them. */
  dueCycles: number;
  onTimeCycles: number;
  /** Objections answered `corrected` (upheld), review returns, anomaly notices issued, notices answered late. */
  upheldObjections: number;
  reviewReturns: number;
  notices: number;
  lateNotices: number;
}

export const ZERO_TOTALS: MetricTotals = {
  days: 0,
  checks: 0,
  failures: 0,
  calls: 0,
  departmentDays: 0,
  dueCycles: 0,
  onTimeCycles: 0,
  upheldObjections: 0,
  reviewReturns: 0,
  notices: 0,
  lateNotices: 0,
};

export function addTotals(a: MetricTotals, b: MetricTotals): MetricTotals {
  const out = { ...a };
  for (const k of Object.keys(ZERO_TOTALS) as (keyof MetricTotals)[]) out[k] = a[k] + b[k];
  return out;
}

export interface Metrics {
  /** Share of checks that answered, 0–1. */
  availability: number | null;
  callsPerDay: number | null;
  departmentsPerDay: number | null;
  /** Share of due update cycles covered in time, 0–1. */
  timeliness: number | null;
  /** 0–100: the catalogue quality score less the penalties of the period. */
  quality: number | null;
  /** 0–100: using departments per day against USAGE_FULL_DEPARTMENTS. */
  usage: number | null;
  /** 0–100: the weighted mean of the known metrics. */
  score: number | null;
}

/** Penalty points on the quality metric (0–100), per event in the period. */
export const QUALITY_PENALTY = { upheldObjection: 10, reviewReturn: 5, notice: 10, lateNotice: 5 } as const;
/** Departments calling a resource on an average day for it to count as fully used. */
export const USAGE_FULL_DEPARTMENTS = 2;

export interface ScoreWeights {
  availability: number;
  usage: number;
  timeliness: number;
  quality: number;
}
/**
 * The weights of the score. No regulation served publishes numeric weights; 拱墅 第二十六条 names
 * the indicators (可用率、使用频率、用户量、数据量、数据质量), so each indicator the platform can
 * measure weighs the same.
 */
export const DEFAULT_WEIGHTS: ScoreWeights = { availability: 0.25, usage: 0.25, timeliness: 0.25, quality: 0.25 };

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
const round = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export function availability(t: MetricTotals): number | null {
  return ratio(t.checks - t.failures, t.checks);
}

export function quality(catalogueScore: number | null, t: MetricTotals): number | null {
  if (catalogueScore === null) return null;
  const p = QUALITY_PENALTY;
  const penalty = p.upheldObjection * t.upheldObjections + p.reviewReturn * t.reviewReturns + p.notice * t.notices + p.lateNotice * t.lateNotices;
  return Math.max(0, Math.min(100, catalogueScore - penalty));
}

export function usage(departmentsPerDay: number | null): number | null {
  return departmentsPerDay === null ? null : Math.min(100, (100 * departmentsPerDay) / USAGE_FULL_DEPARTMENTS);
}

/** The weighted mean of the known parts (each on 0–100); the weights of unknown parts are left out. Unknown if all are. */
export function score(parts: { availability: number | null; usage: number | null; timeliness: number | null; quality: number | null }, weights: ScoreWeights = DEFAULT_WEIGHTS): number | null {
  let sum = 0;
  let weight = 0;
  for (const k of Object.keys(weights) as (keyof ScoreWeights)[]) {
    const v = parts[k];
    if (v === null) continue;
    sum += v * weights[k];
    weight += weights[k];
  }
  return weight > 0 ? sum / weight : null;
}

export function metricsOf(t: MetricTotals, catalogueScore: number | null, weights: ScoreWeights = DEFAULT_WEIGHTS): Metrics {
  const a = availability(t);
  const dpd = ratio(t.departmentDays, t.days);
  const tl = ratio(t.onTimeCycles, t.dueCycles);
  const q = quality(catalogueScore, t);
  const u = usage(dpd);
  const s = score({ availability: a === null ? null : a * 100, usage: u, timeliness: tl === null ? null : tl * 100, quality: q }, weights);
  return {
    availability: round(a, 4),
    callsPerDay: round(ratio(t.calls, t.days), 2),
    departmentsPerDay: round(dpd, 2),
    timeliness: round(tl, 4),
    quality: round(q, 1),
    usage: round(u, 1),
    score: round(s, 1),
  };
}

/** Scores to ranks, highest first; equal scores share a rank (1, 2, 2, 4); an unknown score has no rank. */
export function rank<T extends { score: number | null }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const known = rows.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score!);
  const out = known.map((r) => ({ ...r, rank: 0 as number | null }));
  out.forEach((r, i) => {
    r.rank = i > 0 && out[i - 1]!.score === r.score ? out[i - 1]!.rank : i + 1;
  });
  return [...out, ...rows.filter((r) => r.score === null).map((r) => ({ ...r, rank: null }))];
}

/** A span of days `[start, end]`, as day numbers. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The update cycles of `cycle` that end within `[from, to]` (day numbers), clipped to start no
 * earlier than `published`. `irregular` and `other` have no cycle to be late against: none.
 */
export function cyclesEnding(cycle: UpdateCycle, from: number, to: number, published: number): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    if (end >= from && end <= to && end >= published) spans.push({ start: Math.max(start, published), end });
  };
  if (cycle === 'irregular' || cycle === 'other') return spans;
  if (cycle === 'realtime' || cycle === 'daily') {
    for (let d = Math.max(from, published); d <= to; d++) push(d, d);
    return spans;
  }
  if (cycle === 'weekly') {
    // Weeks run Monday to Sunday.
    let sunday = from + ((7 - weekdayOf(from)) % 7);
    for (; sunday <= to; sunday += 7) push(sunday - 6, sunday);
    return spans;
  }
  if (cycle === 'tenDays') {
    // 旬: the 1st–10th, 11th–20th, 21st–end of each month.
    const first = civil(from);
    for (let y = first.y, m = first.m; dayNumber(y, m, 1) <= to; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
      const next = m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1);
      push(dayNumber(y, m, 1), dayNumber(y, m, 10));
      push(dayNumber(y, m, 11), dayNumber(y, m, 20));
      push(dayNumber(y, m, 21), next - 1);
    }
    return spans;
  }
  const months = cycle === 'monthly' ? 1 : cycle === 'quarterly' ? 3 : cycle === 'halfYearly' ? 6 : 12;
  const first = civil(from);
  // Cycles are aligned to the calendar year: quarters start in Jan, Apr, Jul, Oct.
  let y = first.y;
  let m = Math.floor((first.m - 1) / months) * months + 1;
  while (dayNumber(y, m, 1) <= to) {
    const nm = m + months;
    const nextStart = nm > 12 ? dayNumber(y + 1, nm - 12, 1) : dayNumber(y, nm, 1);
    push(dayNumber(y, m, 1), nextStart - 1);
    if (nm > 12) {
      y += 1;
      m = nm - 12;
    } else m = nm;
  }
  return spans;
}

/** How many of `spans` contain at least one of `reportDays` (sorted ascending). */
export function coveredCycles(spans: readonly Span[], reportDays: readonly number[]): number {
  let n = 0;
  let i = 0;
  for (const s of spans) {
    while (i < reportDays.length && reportDays[i]! < s.start) i++;
    // Spans are ascending and disjoint, so the pointer only moves forward.
    if (i < reportDays.length && reportDays[i]! <= s.end) n++;
  }
  return n;
}

/** `YYYY-MM` of a day number, and the day numbers of a month. */
export const monthOf = (day: number) => formatDay(day).slice(0, 7);
export function monthSpan(month: string): Span {
  const start = parseDay(`${month}-01`, 'month');
  const { y, m } = civil(start);
  return { start, end: (m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1)) - 1 };
}
