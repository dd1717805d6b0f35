import type { QualityIssueView } from '@shared/ipc/channels/catalogue';

/** Quality findings about data items that the items step shows as advice while the officer compiles. */
const ITEM_ADVICE = ['sensitiveItem', 'sensitiveExposed', 'desensitisationMissing', 'alreadyProvided', 'alreadyProvidedMore'];
/** Findings the sensitive-item suggestion (有条件共享 + a desensitisation note) settles. */
const SENSITIVE = ['sensitiveItem', 'sensitiveExposed', 'desensitisationMissing'];

export interface ItemAdvice {
  index: number;
  issues: QualityIssueView[];
  /** The item looks sensitive and the suggestion would settle it. */
  sensitive: boolean;
}

/** Item advice by item position, in item order; one row per item however many findings it has. */
export function itemAdvice(issues: readonly QualityIssueView[]): ItemAdvice[] {
  const byIndex = new Map<number, ItemAdvice>();
  for (const issue of issues) {
    const m = /^items\.(\d+)\./.exec(issue.path);
    if (!m || !ITEM_ADVICE.includes(issue.code)) continue;
    const index = Number(m[1]);
    const row = byIndex.get(index) ?? { index, issues: [], sensitive: false };
    row.issues.push(issue);
    if (SENSITIVE.includes(issue.code)) row.sensitive = true;
    byIndex.set(index, row);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Stand-ins for fields the officer has not reached yet; none of them raises an item finding by itself. */
const STAND_INS = { name: '-', provider: '-', summary: '-', formatClass: 'selfDescribing', formatType: '-', shareType: 'conditional', shareCondition: '-', openType: 'none', updateCycle: 'other' };
const LENGTH = /^\d{1,5}(,\d{1,2})?$/;

/**
 * The draft as the item checks need it while the officer is still on the items step: the core
 * checks items only on an entry that parses, so fields of later steps get neutral stand-ins and
 * half-typed items are made parseable — at the same positions, so findings point at the right rows.
 */
export function adviceDraft(values: Record<string, unknown>): Record<string, unknown> {
  const draft: Record<string, unknown> = { ...values };
  for (const [k, v] of Object.entries(STAND_INS)) if (draft[k] === undefined || draft[k] === null || draft[k] === '') draft[k] = v;
  // A format without required lengths or method types: half-typed items and unset methods must not fail the parse.
  draft.formatClass = 'selfDescribing';
  draft.formatType = '-';
  delete draft.shareMethodType;
  const items = Array.isArray(values.items) ? (values.items as (Record<string, unknown> | undefined)[]) : [];
  draft.items = items.map((item) => {
    const i = { ...(item ?? {}) };
    if (!i.name) i.name = '-';
    if (!i.type) i.type = 'C';
    if (typeof i.length !== 'string' || !LENGTH.test(i.length.trim())) delete i.length;
    if (i.shareType && i.shareType !== 'unconditional' && !i.shareCondition) i.shareCondition = '-';
    return i;
  });
  // Only the items matter here: rules about the entry's own fields stay out of the way.
  delete draft.providerCode;
  delete draft.code;
  delete draft.classification;
  return draft;
}
