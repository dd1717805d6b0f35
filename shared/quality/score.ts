import type { QualityIssue } from './types';

/**
 * Quality score, 0–100. Per entry: 100 − 20 per error − 5 per warning, floored at 0 — five errors
 * make an entry worthless to a reviewer, twenty warnings too. Per catalogue: the mean of its
 * entries' scores, rounded (100 for an empty catalogue: nothing is wrong with it).
 */
export const ERROR_PENALTY = 20;
export const WARNING_PENALTY = 5;

export function entryScore(issues: readonly QualityIssue[]): number {
  let score = 100;
  for (const i of issues) score -= i.severity === 'error' ? ERROR_PENALTY : WARNING_PENALTY;
  return Math.max(0, score);
}

export function catalogueScore(entryScores: readonly number[]): number {
  if (entryScores.length === 0) return 100;
  return Math.round(entryScores.reduce((a, b) => a + b, 0) / entryScores.length);
}

export function hasErrors(issues: readonly QualityIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** The i18n key of a finding's message: checks live under catalogue.quality, schema rules keep theirs. */
export function issueMessageKey(issue: Pick<QualityIssue, 'code'>): string {
  return issue.code.includes('.') ? issue.code : `catalogue.quality.${issue.code}`;
}
