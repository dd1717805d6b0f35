/**
 * The comparison key of a name: NFKC (full-width → half-width, compatibility forms folded), lower
 * case, with every punctuation mark, symbol and space removed — so 人口基础信息、人口 基础信息 and
 * 人口基础信息（） are one name, as platform reviewers count them (the 1272 guideline: a name is unique per provider, not made distinct by punctuation or spaces).
 */
export function nameKey(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}
