import { checkUscc } from '@shared/ids/uscc';
import { workspaceInitSchema, type WorkspaceInit } from '@shared/ipc/channels/workspace';
import { schemaIssues, type FieldIssue } from '../../form/issues';

export type SetupValues = Partial<WorkspaceInit>;

/** The core's rules for `workspace.init`, plus the GB 32100 check it applies, run as the officer types. */
export function setupIssues(values: SetupValues): FieldIssue[] {
  const issues = schemaIssues(workspaceInitSchema, values);
  const code = values.departmentCode?.trim();
  if (code && !issues.some((i) => i.path === 'departmentCode')) {
    const problem = checkUscc(code);
    if (problem) issues.push({ path: 'departmentCode', code: problem === 'length' ? 'validation.usccLength' : 'validation.uscc' });
  }
  return issues;
}
