import type { Locale } from '../i18n/messages';
import { PROFILES } from '../profiles/index';
import type { JurisdictionProfile } from '../profiles/types';
import {
  BOOLEAN_TERMS,
  CLOUD_SERVICE_TERMS,
  DATA_GRADE_TERMS,
  DEPLOYMENT_NETWORK_TERMS,
  DOCKING_METHOD_TERMS,
  FORMAT_CLASS_TERMS,
  ITEM_TYPE_TERMS,
  OPEN_METHOD_TERMS,
  PROTECTION_LEVEL_TERMS,
  RESOURCE_KIND_TERMS,
  SCENARIO_TERMS,
  SHARE_METHOD_CLASS_TERMS,
  SHARE_METHOD_TYPE_TERMS,
  SPATIAL_SCOPE_TERMS,
  SYNC_MECHANISM_TERMS,
  THEME_TERMS,
  UPDATE_CYCLE_TERMS,
  type Term,
} from '../profiles/vocabulary';
import type { DataItemType, OpenType, ShareType } from './enums';

/**
 * Labels ↔ canonical values, for the edges (Excel import/export, CLI, UI). Parsing is forgiving:
 * full-width characters, spaces and case do not matter, and every spelling a known template uses
 * is accepted (字符型C, 字符串型C, 字符型, C …). Rendering uses the profile's wording.
 */
export const VOCABULARIES = {
  itemType: ITEM_TYPE_TERMS,
  formatClass: FORMAT_CLASS_TERMS,
  updateCycle: UPDATE_CYCLE_TERMS,
  shareMethodClass: SHARE_METHOD_CLASS_TERMS,
  shareMethodType: SHARE_METHOD_TYPE_TERMS,
  kind: RESOURCE_KIND_TERMS,
  dataGrade: DATA_GRADE_TERMS,
  theme: THEME_TERMS,
  scenario: SCENARIO_TERMS,
  spatialScope: SPATIAL_SCOPE_TERMS,
  syncMechanism: SYNC_MECHANISM_TERMS,
  deploymentNetwork: DEPLOYMENT_NETWORK_TERMS,
  dockingMethod: DOCKING_METHOD_TERMS,
  openMethod: OPEN_METHOD_TERMS,
  protectionLevel: PROTECTION_LEVEL_TERMS,
  cloudService: CLOUD_SERVICE_TERMS,
  boolean: BOOLEAN_TERMS,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyValue<N extends VocabularyName> = keyof (typeof VOCABULARIES)[N] & string;

/** How labels are compared: NFKC (full-width → half-width), no whitespace, lower case. */
export function normaliseLabel(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function lookup(vocab: Record<string, Term>, extra: Iterable<[string, string]> = []): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, term] of Object.entries(vocab)) {
    for (const s of [value, term.label['zh-CN'], term.label.en, ...(term.aliases ?? [])]) map.set(normaliseLabel(s), value);
  }
  for (const [s, value] of extra) map.set(normaliseLabel(s), value);
  return map;
}

const cache = new Map<string, Map<string, string>>();

function itemTypeExtras(profile?: JurisdictionProfile): [string, string][] {
  const out: [string, string][] = [];
  for (const [type, aliases] of Object.entries(profile?.itemTypeAliases ?? {})) for (const a of aliases ?? []) out.push([a, type]);
  return out;
}

/** The canonical value a label stands for, or undefined when it is not a known spelling. */
export function parseLabel<N extends VocabularyName>(name: N, text: string, profile?: JurisdictionProfile): VocabularyValue<N> | undefined {
  const key = `${name}:${profile?.id ?? ''}`;
  let map = cache.get(key);
  if (!map) {
    map = lookup(VOCABULARIES[name], name === 'itemType' ? itemTypeExtras(profile) : []);
    cache.set(key, map);
  }
  return map.get(normaliseLabel(text)) as VocabularyValue<N> | undefined;
}

export function labelOf<N extends VocabularyName>(name: N, value: VocabularyValue<N>, locale: Locale): string {
  const term = (VOCABULARIES[name] as Record<string, Term>)[value];
  return term ? term.label[locale] : value;
}

/** A data item type from any template's spelling, including a profile's own (松江 字符/日期/数字). */
export function parseItemType(text: string, profile?: JurisdictionProfile): DataItemType | undefined {
  return parseLabel('itemType', text, profile);
}

type Attr = 'share' | 'open';
/** Short forms seen in templates and regulations, beyond the profiles' full labels. */
const ATTR_EXTRAS: Record<Attr, [string, ShareType][]> = {
  share: [
    ['无条件', 'unconditional'], ['有条件', 'conditional'], ['受限', 'conditional'], ['按需', 'conditional'], ['普遍', 'unconditional'],
    ['不予', 'none'], ['不共享', 'none'], ['非共享', 'none'], ['无条件共享类', 'unconditional'], ['受限共享类', 'conditional'], ['不共享类', 'none'],
    ['普遍共享类', 'unconditional'], ['按需共享类', 'conditional'],
  ],
  // 1272's 是否向社会开放: 否 is none; 是 is unconditional unless the importer finds an 开放条件.
  open: [
    ['无条件', 'unconditional'], ['有条件', 'conditional'], ['受限', 'conditional'], ['按需', 'conditional'], ['禁止', 'none'],
    ['不予', 'none'], ['是', 'unconditional'], ['否', 'none'], ['不开放', 'none'],
  ],
};

function attrLookup(attr: Attr, profile?: JurisdictionProfile): Map<string, string> {
  const key = `${attr}:${profile?.id ?? ''}`;
  let map = cache.get(key);
  if (map) return map;
  map = new Map();
  const add = (labels: Record<string, { 'zh-CN': string; en: string }>) => {
    for (const [v, l] of Object.entries(labels)) for (const s of [v, l['zh-CN'], l.en]) map?.set(normaliseLabel(s), v);
  };
  for (const [s, v] of ATTR_EXTRAS[attr]) map.set(normaliseLabel(s), v);
  for (const p of Object.values(PROFILES)) add(attr === 'share' ? p.shareTypeLabels : p.openTypeLabels);
  // The workspace's own wording wins where two places use one word differently.
  if (profile) add(attr === 'share' ? profile.shareTypeLabels : profile.openTypeLabels);
  cache.set(key, map);
  return map;
}

export function parseShareType(text: string, profile?: JurisdictionProfile): ShareType | undefined {
  return attrLookup('share', profile).get(normaliseLabel(text)) as ShareType | undefined;
}

export function parseOpenType(text: string, profile?: JurisdictionProfile): OpenType | undefined {
  return attrLookup('open', profile).get(normaliseLabel(text)) as OpenType | undefined;
}

export function shareTypeLabel(value: ShareType, profile: JurisdictionProfile, locale: Locale): string {
  return profile.shareTypeLabels[value][locale];
}

export function openTypeLabel(value: OpenType, profile: JurisdictionProfile, locale: Locale): string {
  return profile.openTypeLabels[value][locale];
}
