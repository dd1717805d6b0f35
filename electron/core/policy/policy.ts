import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Locale } from '@shared/i18n/messages';
import { translate } from '@shared/i18n/messages';
import { POLICY_SETTINGS, type PolicySetting, type PolicyView } from '@shared/ipc/channels/sync';
import { parseHolidayYear, type HolidayYear } from '@shared/calendar/index';
import { AppError } from '@shared/ipc/errors';
import { PROFILE_IDS, type ProfileId } from '@shared/profiles/types';
import { systemPolicyTrust, type PolicyTrustCheck } from './trust';

/**
 * The administrator's machine-wide policy (docs/sync.md "Trust and secrets"), VS Code's model: a
 * setting the policy gives is fixed to that value and locked; `lockedSettings` locks more (the
 * officer keeps the default). Read once at start. A file that exists but cannot be used is
 * reported (POLICY_INVALID) and nothing of it is applied — never half a policy.
 */
export const UPDATE_MODES = ['off', 'notify', 'auto'] as const;
export type UpdateMode = (typeof UPDATE_MODES)[number];

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

export const policyFileSchema = z.strictObject({
  platformUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
  /** The extranet's private CA: a PEM file's path, or the PEM itself. */
  caBundle: z.union([z.strictObject({ path: z.string().min(1) }), z.strictObject({ pem: z.string().regex(PEM) })]).optional(),
  profileId: z.enum(PROFILE_IDS).optional(),
  updateFeedUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
  /** Updates from `updateFeedUrl`: none, offered to the officer, or downloaded and installed at quit. */
  updates: z.enum(UPDATE_MODES).optional(),
  /** Developer tools in a packaged build (support cases only). */
  allowDevTools: z.boolean().optional(),
  /** Hosts added to the list of links the app may open in the system browser (`*.suffix` for subdomains). */
  externalHosts: z.array(z.string().regex(/^(\*\.)?[a-z0-9.-]+$/i).max(253)).max(100).optional(),
  /** Holiday schedules (holiday-cn JSON files, one year each) that win over the bundled data and the platform's. */
  calendarOverrides: z.array(z.string().min(1)).max(50).optional(),
  lockedSettings: z.array(z.enum(POLICY_SETTINGS)).default([]),
});

export interface Policy {
  path?: string;
  platformUrl?: string;
  /** PEM text of the CA bundle. */
  ca?: string;
  profileId?: ProfileId;
  updateFeedUrl?: string;
  /** Absent: `notify` when a feed is given, else `off`. */
  updates?: UpdateMode;
  allowDevTools?: boolean;
  externalHosts?: readonly string[];
  /** The administrator's holiday schedules, checked (`parseHolidayYear`), one per year. */
  calendarOverrides?: readonly HolidayYear[];
  locked: ReadonlySet<PolicySetting>;
  error?: AppError;
}

export const NO_POLICY: Policy = { locked: new Set() };

/** Where the machine-wide policy lives on each OS. */
export function defaultPolicyPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'CatalogueWorkbench', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/CatalogueWorkbench/policy.json';
  return '/etc/catalogue-workbench/policy.json';
}

/**
 * The policy at `path`. The machine-wide file (`defaultPolicyPath()`) must pass `trust`: a file a
 * non-administrator could have written is refused whole, with the reason. A path given explicitly
 * (tests, a portable setup) is taken as the caller's choice unless a check is passed.
 */
export function loadPolicy(path: string | null | undefined, options: { trust?: PolicyTrustCheck | null } = {}): Policy {
  if (!path || !existsSync(path)) return NO_POLICY;
  const invalid = (reason: string): Policy => ({ path, locked: new Set(), error: new AppError('POLICY_INVALID', { path, reason }) });
  const trust = options.trust !== undefined ? options.trust : path === defaultPolicyPath() ? systemPolicyTrust() : null;
  const distrust = trust?.(path);
  if (distrust) return invalid(distrust);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return invalid(err instanceof SyntaxError ? `not JSON: ${err.message}` : String((err as Error).message));
  }
  const parsed = policyFileSchema.safeParse(raw);
  if (!parsed.success) {
    return invalid(parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '));
  }
  const p = parsed.data;
  let ca: string | undefined;
  if (p.caBundle && 'pem' in p.caBundle) ca = p.caBundle.pem;
  else if (p.caBundle) {
    try {
      ca = readFileSync(p.caBundle.path, 'utf8');
    } catch (err) {
      return invalid(`caBundle.path: ${(err as Error).message}`);
    }
    if (!PEM.test(ca)) return invalid(`caBundle.path: ${p.caBundle.path} holds no PEM certificate`);
  }
  const calendarOverrides: HolidayYear[] = [];
  for (const [i, file] of (p.calendarOverrides ?? []).entries()) {
    try {
      const year = parseHolidayYear(JSON.parse(readFileSync(file, 'utf8')), `calendarOverrides.${i}`);
      if (calendarOverrides.some((y) => y.year === year.year)) return invalid(`calendarOverrides.${i}: a second schedule for ${year.year}`);
      calendarOverrides.push(year);
    } catch (err) {
      const issues = err instanceof AppError ? err.issues.map((x) => `${x.path} ${x.code}`).join(', ') : '';
      return invalid(`calendarOverrides.${i} (${file}): ${issues || (err as Error).message}`);
    }
  }
  const locked = new Set<PolicySetting>(p.lockedSettings);
  if (p.platformUrl) locked.add('platformUrl');
  if (p.caBundle) locked.add('caBundle');
  if (p.profileId) locked.add('profileId');
  if (p.updateFeedUrl) locked.add('updateFeedUrl');
  return {
    path,
    platformUrl: p.platformUrl,
    ca,
    profileId: p.profileId,
    updateFeedUrl: p.updateFeedUrl,
    ...(p.updates ? { updates: p.updates } : {}),
    ...(p.allowDevTools !== undefined ? { allowDevTools: p.allowDevTools } : {}),
    ...(p.externalHosts ? { externalHosts: p.externalHosts } : {}),
    ...(calendarOverrides.length ? { calendarOverrides } : {}),
    locked,
  };
}

/** Refuses a change of a setting the policy locks (a typed POLICY_LOCKED error). */
export function assertUnlocked(policy: Policy, setting: PolicySetting, locale: Locale): void {
  if (policy.locked.has(setting)) throw new AppError('POLICY_LOCKED', { setting: translate(`policy.setting.${setting}`, locale) });
}

export function policyView(policy: Policy, locale: Locale): PolicyView {
  return {
    ...(policy.path ? { path: policy.path } : {}),
    ...(policy.platformUrl ? { platformUrl: policy.platformUrl } : {}),
    caBundle: !!policy.ca,
    ...(policy.profileId ? { profileId: policy.profileId } : {}),
    ...(policy.updateFeedUrl ? { updateFeedUrl: policy.updateFeedUrl } : {}),
    locked: [...policy.locked],
    ...(policy.error ? { error: policy.error.toData(locale) } : {}),
  };
}
