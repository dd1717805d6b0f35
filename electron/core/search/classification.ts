/**
 * The classification of an entry as search keeps it: the full code (类+项+目+细目) in the shared
 * cache, and the 类+项 level as the facet (人口, 法人单位…): finer levels are the department's
 * own and would split the counts into ones.
 */
interface ClassificationParts {
  category: string;
  item?: string | undefined;
  section?: string | undefined;
  detail?: string | undefined;
}

export function classificationText(e: { classification?: ClassificationParts | undefined }): string | undefined {
  const c = e.classification;
  return c ? `${c.category}${c.item ?? ''}${c.section ?? ''}${c.detail ?? ''}` : undefined;
}

export function classificationFacet(e: { classification?: ClassificationParts | undefined }): string | undefined {
  const c = e.classification;
  return c ? `${c.category}${c.item ?? ''}` : undefined;
}
