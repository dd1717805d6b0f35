import type { OpenType, ShareType } from '../domain/enums';

export const PROFILE_IDS = ['national', 'gongshu', 'yichuan', 'lishui', 'yuhua', 'songjiang'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** A label in both UI languages. Profiles carry the legal wording of their regulation. */
export interface Label {
  'zh-CN': string;
  en: string;
}

/** What differs between the regulations (DESIGN §6). Later issues add deadlines and duties. */
export interface JurisdictionProfile {
  id: ProfileId;
  name: Label;
  /** GB/T 2260 code of the jurisdiction, when the profile is a place. */
  divisionCode?: string;
  /** The regulation file in shared/regulations that this profile follows. */
  source: string;
  shareTypeLabels: Record<ShareType, Label>;
  openTypeLabels: Record<OpenType, Label>;
}
