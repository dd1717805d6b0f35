import { performance } from 'node:perf_hooks';
import type { DeadlineMatter } from '@shared/calendar/index';
import { computeDeadlines, createWorkingCalendar, formatDay, tryParseDay, weekdayCalendar } from '@shared/calendar/index';
import type { WorkingCalendar } from '@shared/calendar/index';
import type { ProfileId } from '@shared/profiles/types';
import { OVERRIDE_2027 } from '../lib/schedule-2027';
import { repeat, round } from '../lib/timing';
import type { Workload } from '../types';
import { mulberry32 } from '../../tests/generators/random';

// Issue 5 "Measure": recompute every open clock of 10,000 requests after a calendar update.
const REQUESTS = Number(process.env.BENCH_CALENDAR_REQUESTS ?? 10_000);
const TODAY = '2026-12-21';


interface Generated {
  profile: ProfileId;
  matter: DeadlineMatter;
}

/** Requests submitted through 2026, some forwarded, returned, resubmitted, approved or delivered. */
function generate(n: number): Generated[] {
  const rnd = mulberry32(5);
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  const first = tryParseDay('2026-01-05')!;
  const profiles: ProfileId[] = ['gongshu', 'yichuan', 'songjiang', 'national'];
  return Array.from({ length: n }, (_, i) => {
    let day = first + int(350);
    const at = () => `${formatDay(day)}T09:30:00+08:00`;
    const events = [{ type: 'submitted', at: at() }];
    const next = (type: string, maxGap: number) => {
      day += int(maxGap);
      events.push({ type, at: at() });
    };
    next('forwarded', 2);
    if (rnd() < 0.3) {
      next('returned', 3);
      if (rnd() < 0.7) next('resubmitted', 5);
    }
    if (events.at(-1)!.type !== 'returned' && rnd() < 0.4) {
      next('approved', 6);
      if (rnd() < 0.5) next('delivered', 4);
    }
    return { profile: profiles[i % profiles.length]!, matter: { subject: 'request', shareType: i % 3 ? 'conditional' : 'unconditional', events } };
  });
}

function recompute(requests: Generated[], calendar: WorkingCalendar): { clocks: number; overdue: number } {
  let clocks = 0;
  let overdue = 0;
  for (const r of requests) {
    for (const c of computeDeadlines(r.profile, r.matter, calendar, TODAY)) {
      clocks++;
      if (c.status === 'overdue') overdue++;
    }
  }
  return { clocks, overdue };
}

export default {
  name: 'calendar.recomputeDeadlines',
  goal: 200,
  unit: 'ms',
  description: `recompute the deadline clocks of ${REQUESTS.toLocaleString('en')} requests after the 2027 schedule arrives (bare: weekday-only calendar)`,
  async run() {
    const requests = generate(REQUESTS);
    let counts = { clocks: 0, overdue: 0 };
    // Each run builds a fresh calendar with the update, as the app does when a schedule arrives.
    const app = await repeat({ runs: 20, warmup: 3 }, async () => {
      const t0 = performance.now();
      counts = recompute(requests, createWorkingCalendar({ overrides: [OVERRIDE_2027] }));
      return performance.now() - t0;
    });
    const bare = await repeat({ runs: 20, warmup: 3 }, async () => {
      const t0 = performance.now();
      recompute(requests, weekdayCalendar());
      return performance.now() - t0;
    });
    return { value: round(app.median), bare: round(bare.median), detail: { p95: round(app.p95), bareP95: round(bare.p95), requests: REQUESTS, ...counts } };
  },
} satisfies Workload;
