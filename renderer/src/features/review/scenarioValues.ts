import type { z } from 'zod';
import { scenarioInputSchema } from '@shared/protocol/authorisations';
import { schemaIssues, type FieldIssue } from '../../form/issues';

export interface ScenarioFormValues {
  name: string;
  basis: string;
  resources: { entryId?: string; items: string[] }[];
  departments: string[];
  /** `YYYY-MM-DD` as the date field gives it; empty when not chosen. */
  validFrom: string;
  validUntil: string;
}

export const EMPTY_SCENARIO: ScenarioFormValues = { name: '', basis: '', resources: [{ items: [] }], departments: [], validFrom: '', validUntil: '' };

export function toScenarioInput(v: ScenarioFormValues): z.input<typeof scenarioInputSchema> {
  return {
    name: (v.name ?? '').trim(),
    basis: (v.basis ?? '').trim(),
    resources: (v.resources ?? []).map((r) => ({ entryId: r?.entryId as string, items: r?.items ?? [] })),
    departments: (v.departments ?? []).map((d) => d.trim().toUpperCase()),
    validFrom: v.validFrom || (undefined as unknown as string),
    validUntil: v.validUntil || (undefined as unknown as string),
  };
}

/**
 * The form's problems by the rule the platform applies (`scenarioInputSchema`), each at a field
 * the officer sees: a department's or an item's problem at its list, a malformed credit code said
 * as one.
 */
export function scenarioIssues(v: ScenarioFormValues): FieldIssue[] {
  const input = toScenarioInput(v);
  const seen = new Set<string>();
  // A code can break several rules at once (its form and its check digit): the first says it.
  const first = schemaIssues(scenarioInputSchema, input).filter((i) => !seen.has(i.path) && !!seen.add(i.path));
  return first.map((i) => {
    const dept = /^departments\.(\d+)$/.exec(i.path);
    if (dept) {
      const code = input.departments[Number(dept[1])] ?? '';
      return { path: 'departments', code: i.code === 'validation.invalid' ? (code.length === 18 ? 'validation.uscc' : 'validation.usccLength') : i.code };
    }
    const items = /^(resources\.\d+\.items)\.\d+$/.exec(i.path);
    if (items) return { path: items[1]!, code: i.code };
    return i;
  });
}
