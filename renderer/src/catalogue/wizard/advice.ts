import type { QualityIssueView } from '@shared/ipc/channels/catalogue';

/** Quality findings about data items that the items step shows as advice while the officer compiles. */
const ITEM_ADVICE = ['sensitiveItem', 'sensitiveExposed', 'desensitisationMissing', 'alreadyProvided'];
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
