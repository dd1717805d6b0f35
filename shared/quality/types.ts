import type { JurisdictionProfile } from '../profiles/types';

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * One finding of the pre-submission checks. `code` names the check; its message is the i18n key
 * `catalogue.quality.<code>`; `path` is the dotted field it points at (`items.2.name`).
 * `confirm` marks a finding the officer may confirm instead of fixing (an unusual code shape).
 */
export interface QualityIssue {
  code: string;
  severity: Severity;
  path: string;
  params?: Record<string, string | number>;
  confirm?: boolean;
}

/** An item of another department in the cached shared catalogue (for 一数一源). */
export interface SharedItemRef {
  itemName: string;
  entryName: string;
  provider: string;
  providerCode?: string;
}

/** What a check needs beyond the entry itself. */
export interface QualityContext {
  profile: JurisdictionProfile;
  /** The workspace department: its own shared entries are not "another department". */
  departmentCode?: string;
  departmentName?: string;
  /**
   * The other entries of the catalogue, for duplicate names and codes; `published` marks the
   * department's entries published on the platform (the platform refuses their names again).
   */
  others?: readonly { id?: string; name: string; code?: string; published?: boolean }[];
  /** Shared-catalogue items by `nameKey` (see `indexSharedItems`). */
  sharedItems?: ReadonlyMap<string, readonly SharedItemRef[]>;
}
