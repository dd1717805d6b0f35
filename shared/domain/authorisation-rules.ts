/**
 * What the authorisation lifecycle takes from a jurisdiction profile: how many working days before
 * its end an authorisation is announced as expiring, whether an unused one may be revoked (the
 * months come from the profile's `authorisationUnusedRevocation` deadline rule), and whether the
 * authority grants requests under registered application scenarios. Keyed by the same ProfileId as
 * the request rules (./request-rules.ts).
 */
import { formatDay, parseDay, type WorkingCalendar } from '../calendar/index';
import type { ProfileId } from '../profiles/types';
import { REGULATIONS, cite, type RuleSource } from '../profiles/regulations';

export interface AuthorisationRules {
  /** Working days before `validUntil` from which both sides are reminded (default 5). */
  expiryReminderWorkingDays: number;
  /**
   * Scenario-based authorisation: a request naming a registered scenario and asking only what it
   * covers is granted under it at once (《丽水市公共数据资源管理办法》第十九条（三）).
   */
  scenarioGrants: { value: boolean; source: RuleSource | null };
}

const DEFAULT: AuthorisationRules = { expiryReminderWorkingDays: 5, scenarioGrants: { value: false, source: null } };

export const AUTHORISATION_RULES: Record<ProfileId, AuthorisationRules> = {
  national: DEFAULT,
  gongshu: DEFAULT,
  yichuan: DEFAULT,
  lishui: { ...DEFAULT, scenarioGrants: { value: true, source: cite(REGULATIONS.lishui, '第十九条（三）') } },
  yuhua: DEFAULT,
  songjiang: DEFAULT,
};

/** Most days of usage the feed carries per authorisation (the last three months and a bit). */
export const USAGE_FEED_DAYS = 100;

/**
 * The first day of an authorisation's expiry reminder: `days` working days before `validUntil`
 * (its last day), counted back over working days only; `validUntil` itself when `days` is 0.
 */
export function expiryReminderFrom(calendar: Pick<WorkingCalendar, 'previousWorkingDayNumber'>, validUntil: string, days: number): string {
  let d = parseDay(validUntil, 'validUntil');
  for (let i = 0; i < days; i++) d = calendar.previousWorkingDayNumber(d);
  return formatDay(d);
}

/** Within the reminder period: from its first day to the last day of the authorisation. */
export function expiresSoon(today: string, validUntil: string | undefined, from: string | undefined): boolean {
  return !!validUntil && !!from && today >= from && today <= validUntil;
}
