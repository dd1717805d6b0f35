import type { z } from 'zod';
import { entryInputSchema, entryRules } from '@shared/domain/entry';
import { FORMAT_CLASSES, type FormatClass } from '@shared/domain/enums';
import { schemaIssues, type FieldIssue } from '../../form/issues';
import type { EntryFormValues } from './entryValues';

type RuleInput = Parameters<typeof entryRules>[0];

/** Issues of rules that need a known format class; without one, "format class required" says it all. */
const dependsOnFormat = (path: string) => path === 'formatType' || path === 'shareMethodType' || path.startsWith('items');
/** The share condition (or legal basis) is asked for once a share type says which; before that, "share type required" says it all. */
const dependsOnShareType = (path: string) => path === 'shareCondition';

/**
 * zod skips an object's refinements while any field is invalid, so on a half-filled form the
 * cross-field rules (condition required, linked format type…) would stay silent until the very
 * end. Run them on their own, on what the officer has typed so far.
 */
function ruleIssues(values: EntryFormValues): FieldIssue[] {
  const found: FieldIssue[] = [];
  const ctx = {
    addIssue: (issue: { path?: PropertyKey[]; message?: string }) =>
      found.push({ path: (issue.path ?? []).map(String).join('.'), code: issue.message ?? 'validation.invalid' }),
  } as unknown as z.RefinementCtx;
  const known = (FORMAT_CLASSES as readonly unknown[]).includes(values.formatClass);
  const input = {
    ...values,
    kind: values.kind ?? 'data',
    formatClass: known ? (values.formatClass as FormatClass) : 'selfDescribing',
    items: Array.isArray(values.items) ? values.items.map((i) => i ?? {}) : [],
  } as RuleInput;
  entryRules(input, ctx);
  const shareChosen = values.shareType !== undefined && values.shareType !== null;
  return found.filter((i) => (known || !dependsOnFormat(i.path)) && (shareChosen || !dependsOnShareType(i.path)));
}

/** Every problem of the entry form as the officer types: field rules first, then cross-field rules. */
export function entryIssues(values: EntryFormValues): FieldIssue[] {
  const issues = schemaIssues(entryInputSchema, values);
  const seen = new Set(issues.map((i) => `${i.path}\u0000${i.code}`));
  for (const i of ruleIssues(values)) if (!seen.has(`${i.path}\u0000${i.code}`)) issues.push(i);
  return issues;
}
