import type { z } from 'zod';
import { issuesFromZod } from '@shared/ipc/errors';

/** A field problem as the renderer keeps it: dotted path → i18n key in the `messages` namespace. */
export interface FieldIssue {
  path: string;
  code: string;
}

export type IssueMap = ReadonlyMap<string, string>;

/** The first issue of each field wins: it is the one the officer should fix first. */
export function toIssueMap(issues: readonly FieldIssue[]): IssueMap {
  const map = new Map<string, string>();
  for (const i of issues) if (!map.has(i.path)) map.set(i.path, i.code);
  return map;
}

/** Runs a shared schema on the form's values and returns its issues with the codes the core would use. */
export function schemaIssues(schema: z.ZodType, values: unknown): FieldIssue[] {
  const parsed = schema.safeParse(values);
  return parsed.success ? [] : issuesFromZod(parsed.error);
}

/** Core issues refer to the channel input (`entry.items.0.name`); the form's paths start below `prefix`. */
export function stripPrefix(issues: readonly FieldIssue[], prefix: string): FieldIssue[] {
  const head = `${prefix}.`;
  return issues.map((i) => (i.path.startsWith(head) ? { ...i, path: i.path.slice(head.length) } : i));
}

export function pathOf(name: readonly (string | number)[]): string {
  return name.join('.');
}
