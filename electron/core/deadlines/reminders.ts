import type { Deadline, HolidayYear } from '@shared/calendar/index';
import { parseDay, formatDay, weekdayCalendar, type WorkingCalendar } from '@shared/calendar/index';
import { WEEK_LISTED_PER_KIND, type DeadlineReminder, type DUE_SUBJECTS } from '@shared/ipc/channels/requests';
import type { ProfileId } from '@shared/profiles/types';
import type { CoreContext, HandlerMap } from '../context';
import type { Reader, Tx } from '../db/database';
import { deadlineContext, type DeadlineContext } from './stored';
import { isQuiet, leadReached, loadReminderSettings, nextWorkingTime, saveReminderSettings } from './reminder-settings';
import { auditSummary } from '@shared/i18n/audit-action';

export interface ReminderOptions {
  /** How often deadlines are checked (default hourly); 0 = only after changes and on demand. */
  intervalMs?: number;
  /**
   * How long after a workspace opens its deadlines are first checked (default 2.5 s; 0 = at
   * once): the officer's first screen is served before a check over every entry of the catalogue.
   */
  openDelayMs?: number;
  /** Injected in tests; the real timers otherwise. */
  timers?: {
    setInterval: (fn: () => void, ms: number) => unknown;
    clearInterval: (handle: unknown) => void;
    /** The one-shot timer that delivers held reminders when working hours begin (the interval's next tick does otherwise). */
    setTimeout?: (fn: () => void, ms: number) => unknown;
    clearTimeout?: (handle: unknown) => void;
  };
}

export interface DueItem {
  subject: (typeof DUE_SUBJECTS)[number];
  id: string;
  title: string;
  step: string;
  due: string;
  status: Deadline['status'];
  calendarCovered: boolean;
}

/**
 * Where reminders find deadlines. The deadlines layer knows no feature: each feature with
 * deadlines (requests, objections) provides a source, and the entry point hands the sources to
 * the reminder service and to `reminders.week`. A new kind of deadline adds a source.
 */
export interface DeadlineSource {
  /**
   * The running deadlines of the feature's open rows, computed with `dc`; with `until`, those due
   * on or before that day are enough (a source with one item per entry need not build the rest).
   */
  dueItems(db: Reader, dc: DeadlineContext, until?: string): Promise<DueItem[]>;
}

/**
 * Every running deadline the sources hold, with its due day, earliest first; with `until`, only
 * those due on or before it. Each caller asks for what it shows: the dashboard what is overdue,
 * the week its week, reminders what a lead can reach.
 */
export async function dueItems(
  db: Reader,
  sources: readonly DeadlineSource[],
  profile: ProfileId,
  now: string,
  admin: readonly HolidayYear[] = [],
  until?: (dc: DeadlineContext) => string,
): Promise<{ today: string; items: DueItem[] }> {
  const dc = await deadlineContext(db, profile, now, admin);
  const last = until?.(dc);
  const items: DueItem[] = [];
  for (const source of sources) for (const i of await source.dueItems(db, dc, last)) if (last === undefined || i.due <= last) items.push(i);
  items.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  return { today: dc.today, items };
}

/**
 * Sunday of the working week ahead: the week (Monday–Sunday) holding `today` while a working day
 * of it remains, counted by the calendar the deadlines use; otherwise the next week that has one.
 * On a Sunday, or a Friday before a week of holidays, "this week" is the one the officer works next.
 */
export function weekEnd(today: string, calendar: Pick<WorkingCalendar, 'isWorkingDayNumber'> = weekdayCalendar()): string {
  const n = parseDay(today, 'today');
  // Day 0 of the day numbering is a Thursday (1970-01-01) in the civil calendar.
  const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday
  let end = n + (6 - weekday);
  const hasWorkingDay = (from: number, to: number) => {
    for (let d = from; d <= to; d++) if (calendar.isWorkingDayNumber(d)) return true;
    return false;
  };
  // The longest run of days off (Spring Festival) spans under three weeks.
  for (let weeks = 0; weeks < 4 && !hasWorkingDay(Math.max(n, end - 6), end); weeks++) end += 7;
  return formatDay(end);
}

/** The lull in calls the check after open waits for, and how long it waits at most. */
export const OPEN_QUIET_MS = 1_000;
export const OPEN_WAIT_MAX_MS = 15_000;

/**
 * Deadline reminders: after each change to a feature with deadlines, on a timer, after a workspace
 * opens (`checkAfterOpen`) and on demand, every deadline within its kind's lead working days
 * (`dueSoon`) or past it (`overdue`) is announced once as `deadline.reminder` (many of one kind
 * and status at once as one, `groupReminders`); what was sent is remembered in `reminders_sent`, so a
 * restart does not announce it again. The workspace's reminder settings switch kinds off, set their
 * lead, and hold everything outside working hours: held reminders are not marked sent, so the first
 * check in working hours (a timer set for their start) delivers them.
 */
export class ReminderService {
  private handle: unknown;
  private held: unknown;
  private opening: unknown;
  private running: Promise<DeadlineReminder[]> = Promise.resolve([]);
  private syncing = false;
  private afterSync = false;

  constructor(
    private readonly ctx: CoreContext,
    private readonly sources: readonly DeadlineSource[],
    private readonly options: ReminderOptions = {},
    /** When the core was last called (ms since the epoch): the check after open waits for a lull. */
    private readonly lastCallAt: () => number = () => 0,
  ) {
    const checkNow = () => void this.check().catch((err: unknown) => ctx.logger.warn('reminder check failed', { error: String(err) }));
    ctx.events.on('workspace.changed', ({ entity }) => {
      if (!(entity === 'requests' || entity === 'objections' || entity === 'notices' || entity === 'catalogue' || entity === 'zeroUpdates')) return;
      // A sync run tells of its changes page by page (a first pull of a province's catalogue: 200
      // pages, each with own entries); one check once the run is over judges them all.
      if (this.syncing) this.afterSync = true;
      else checkNow();
    });
    ctx.events.on('sync.state', ({ state }) => {
      this.syncing = state === 'syncing';
      if (this.syncing || !this.afterSync) return;
      this.afterSync = false;
      checkNow();
    });
  }

  start(): void {
    const ms = this.options.intervalMs ?? 3_600_000;
    if (!ms || this.handle !== undefined) return;
    const timers = this.options.timers ?? { setInterval: (fn: () => void, t: number) => setInterval(fn, t).unref(), clearInterval: (h: unknown) => clearInterval(h as NodeJS.Timeout) };
    this.handle = timers.setInterval(() => void this.check().catch((err: unknown) => this.ctx.logger.warn('reminder check failed', { error: String(err) })), ms);
  }

  /**
   * The first check of a workspace just opened: `openDelayMs` later, and then once the core has
   * answered no call for `OPEN_QUIET_MS` (the first screen's calls come in a burst), but no later
   * than `OPEN_WAIT_MAX_MS` after the open.
   */
  checkAfterOpen(): void {
    const first = this.options.openDelayMs ?? 2_500;
    const run = () => void this.check().catch((err: unknown) => this.ctx.logger.warn('reminder check failed', { error: String(err) }));
    if (!first) return run();
    this.clearOpening();
    const set = this.options.timers?.setTimeout ?? ((fn: () => void, t: number) => setTimeout(fn, t).unref());
    const opened = Date.now();
    const wait = (ms: number) => {
      this.opening = set(() => {
        this.opening = undefined;
        const quiet = Date.now() - this.lastCallAt();
        if (quiet < OPEN_QUIET_MS && Date.now() - opened < OPEN_WAIT_MAX_MS) wait(OPEN_QUIET_MS - quiet);
        else run();
      }, ms);
    };
    wait(first);
  }

  private clearOpening(): void {
    if (this.opening === undefined) return;
    const clear = this.options.timers?.clearTimeout ?? ((h: unknown) => clearTimeout(h as NodeJS.Timeout));
    clear(this.opening);
    this.opening = undefined;
  }

  /** Stops the timers and waits for a running check, so the workspace is not closed under it. */
  async stop(): Promise<void> {
    this.clearHeld();
    this.clearOpening();
    if (this.handle !== undefined) {
      (this.options.timers ?? { clearInterval: (h: unknown) => clearInterval(h as NodeJS.Timeout) }).clearInterval(this.handle);
      this.handle = undefined;
    }
    await this.running.catch(() => []);
  }

  /**
   * One check at a time; resolves with the reminders emitted by it. The check is made as of the
   * moment it was asked for, so one queued behind a slow one still judges the deadlines of then.
   */
  check(): Promise<DeadlineReminder[]> {
    let at: string | undefined;
    try {
      at = this.ctx.workspace().now();
    } catch {
      at = undefined;
    }
    this.running = this.running.catch(() => []).then(() => this.run(at));
    return this.running;
  }

  private clearHeld(): void {
    if (this.held === undefined) return;
    const clear = this.options.timers ? this.options.timers.clearTimeout : (h: unknown) => clearTimeout(h as NodeJS.Timeout);
    clear?.(this.held);
    this.held = undefined;
  }

  /** While the interval runs, one timer for the start of working hours delivers what is held. */
  private holdUntil(at: string, now: string): void {
    if (this.handle === undefined || this.held !== undefined) return;
    const set = this.options.timers ? this.options.timers.setTimeout : (fn: () => void, t: number) => setTimeout(fn, t).unref();
    if (!set) return;
    this.held = set(() => {
      this.held = undefined;
      void this.check().catch((err: unknown) => this.ctx.logger.warn('reminder check failed', { error: String(err) }));
    }, Math.max(0, Date.parse(at) - Date.parse(now)));
  }

  private async run(at: string | undefined): Promise<DeadlineReminder[]> {
    let ws;
    try {
      ws = this.ctx.workspace();
    } catch {
      return [];
    }
    const info = ws.info;
    if (!info) return [];
    const now = at ?? ws.now();
    const settings = await loadReminderSettings(ws.db);
    // No lead reaches past the longest one set (a working day more, for a due day that is not one).
    const lead = Math.max(0, ...Object.values(settings.kinds).map((k) => (k.enabled ? k.leadDays : 0)));
    const { items } = await dueItems(ws.db, this.sources, info.profileId, now, this.ctx.calendarOverrides, (dc) => dc.calendar.addWorkingDays(dc.today, lead + 1));
    const { calendar, today } = await deadlineContext(ws.db, info.profileId, now, this.ctx.calendarOverrides);
    const due: (DueItem & { status: 'dueSoon' | 'overdue' })[] = [];
    for (const i of items) {
      const kind = settings.kinds[i.subject];
      if (!kind.enabled) continue;
      if (i.status === 'overdue') due.push({ ...i, status: 'overdue' });
      else if ((i.status === 'running' || i.status === 'dueSoon') && leadReached(calendar, today, i.due, kind.leadDays)) due.push({ ...i, status: 'dueSoon' });
    }
    if (!due.length) return [];
    if (isQuiet(calendar, now, settings.quietHours)) {
      this.holdUntil(nextWorkingTime(calendar, now, settings.quietHours), now);
      return [];
    }
    const sent = await this.ctx.write((tx) => markSent(tx, due, now));
    const out = groupReminders(sent);
    for (const r of out) this.ctx.events.emit('deadline.reminder', r);
    return out;
  }
}

/** Keys written per statement: a check on open may announce 25,000 overdue duties of a province-size catalogue. */
const SENT_CHUNK = 200;

/** Records `due` as sent; returns those not sent before (each announced once, across restarts). */
async function markSent(tx: Tx, due: readonly (DueItem & { status: 'dueSoon' | 'overdue' })[], now: string): Promise<DeadlineReminder[]> {
  const out: DeadlineReminder[] = [];
  for (let i = 0; i < due.length; i += SENT_CHUNK) {
    const chunk = due.slice(i, i + SENT_CHUNK);
    const keys = chunk.map((d) => `${d.subject}:${d.id}:${d.step}:${d.due}:${d.status}`);
    const rows = await tx.all<{ key: string }>(`INSERT OR IGNORE INTO reminders_sent (key, sent_at) VALUES ${keys.map(() => '(?, ?)').join(', ')} RETURNING key`, keys.flatMap((k) => [k, now]));
    const fresh = new Set(rows.map((r) => r.key));
    chunk.forEach((d, j) => {
      if (!fresh.delete(keys[j]!)) return;
      out.push({ subject: d.subject, id: d.id, title: d.title, step: d.step, due: d.due, status: d.status, calendarCovered: d.calendarCovered });
    });
  }
  return out;
}

/** Above this many new reminders of one kind and status in one check, they are told as one. */
export const GROUP_ABOVE = 3;

/**
 * The reminders of one check as the officer is told them: a few each on their own, a crowd of one
 * kind (the month's zero-update reports of a whole catalogue) as one reminder with its count and
 * its earliest due day, instead of thousands of desktop notifications.
 */
export function groupReminders(sent: readonly DeadlineReminder[]): DeadlineReminder[] {
  const groups = new Map<string, DeadlineReminder[]>();
  for (const r of sent) {
    const k = `${r.subject}:${r.status}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: DeadlineReminder[] = [];
  for (const g of groups.values()) {
    if (g.length <= GROUP_ABOVE) out.push(...g);
    else {
      const first = g.reduce((a, b) => (b.due < a.due ? b : a));
      out.push({ ...first, calendarCovered: g.every((r) => r.calendarCovered), count: g.length });
    }
  }
  return out;
}

export function reminderHandlers(ctx: CoreContext, sources: readonly DeadlineSource[], service?: Pick<ReminderService, 'check'>): HandlerMap<'reminders.week' | 'reminders.settings' | 'reminders.saveSettings'> {
  return {
    'reminders.settings': async () => loadReminderSettings(ctx.workspace().db),
    'reminders.saveSettings': async (settings) => {
      await ctx.write(async (tx, audit) => {
        await saveReminderSettings(tx, settings);
        const off = Object.entries(settings.kinds).filter(([, v]) => !v.enabled).map(([k]) => k);
        const q = settings.quietHours;
        await audit('reminders.saveSettings', 'workspace', '', q.enabled ? auditSummary('reminderSettingsQuiet', { off: off.join(', ') || '-', start: q.start, end: q.end }) : auditSummary('reminderSettings', { off: off.join(', ') || '-' }));
      });
      // A kind switched on or working hours widened may release held reminders at once.
      if (service) void service.check().catch((err: unknown) => ctx.logger.warn('reminder check failed', { error: String(err) }));
      return loadReminderSettings(ctx.workspace().db);
    },
    'reminders.week': async () => {
      const ws = ctx.workspace();
      const info = ws.requireInfo();
      const { today, items } = await dueItems(ws.db, sources, info.profileId, ws.now(), ctx.calendarOverrides, (dc) => weekEnd(dc.today, dc.calendar));
      const counts: Partial<Record<DueItem['subject'], number>> = {};
      const listed = items.filter((i) => (counts[i.subject] = (counts[i.subject] ?? 0) + 1) <= WEEK_LISTED_PER_KIND);
      return { today, weekEnd: weekEnd(today, (await deadlineContext(ws.db, info.profileId, ws.now(), ctx.calendarOverrides)).calendar), items: listed, counts };
    },
  };
}
