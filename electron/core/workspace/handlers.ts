import type { WorkspaceStatus } from '@shared/ipc/channels/workspace';
import { AppError } from '@shared/ipc/errors';
import { checkUscc, normaliseCode } from '@shared/ids/uscc';
import type { CoreContext, HandlerMap } from '../context';

type WorkspaceChannel = 'workspace.status' | 'workspace.init' | 'workspace.open';

export function workspaceHandlers(
  ctx: CoreContext,
  status: () => WorkspaceStatus,
): HandlerMap<WorkspaceChannel> {
  return {
    'workspace.status': async () => status(),

    'workspace.init': async (input) => {
      const ws = ctx.workspace();
      if (ws.info) throw new AppError('WORKSPACE_ALREADY_INITIALISED');
      const code = normaliseCode(input.departmentCode);
      const problem = checkUscc(code);
      if (problem) {
        throw new AppError('VALIDATION', {}, [
          { path: 'departmentCode', code: problem === 'length' ? 'validation.usccLength' : 'validation.uscc' },
        ]);
      }
      const now = ws.now();
      await ctx.write(async (tx, audit) => {
        await tx.run(
          'INSERT INTO workspace (id, profile_id, department_name, department_code, created_at) VALUES (1, ?, ?, ?, ?)',
          [input.profileId, input.departmentName, code, now],
        );
        await audit('workspace.init', 'workspace', code, `${input.departmentName} (${input.profileId})`);
      });
      await ws.reload();
      ctx.events.emit('workspace.status', { state: 'ready' });
      return ws.requireInfo();
    },

    'workspace.open': async ({ dir }) => {
      await ctx.switchWorkspace(dir);
      return status();
    },
  };
}
