import type { Command } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';
import { PROFILE_IDS } from '@shared/profiles/types';

export const initCommand: Command = {
  name: 'init',
  summary: 'Set up a new workspace for a department',
  usage: `init --profile <${PROFILE_IDS.join('|')}> --department-name NAME --department-code USCC`,
  valueFlags: ['profile', 'department-name', 'department-code'],
  needsWorkspace: true,
  async run(ctx) {
    const { profile, 'department-name': name, 'department-code': code } = ctx.flags;
    if (typeof profile !== 'string' || typeof name !== 'string' || typeof code !== 'string') {
      throw new UsageError('--profile, --department-name and --department-code are required');
    }
    const core = await ctx.core();
    const r = await core.dispatch('workspace.init', { profileId: profile, departmentName: name, departmentCode: code });
    if (!r.ok) return reportError(ctx, r.error);
    ctx.io.out(ctx.json ? JSON.stringify(r.value) : `workspace ready: ${name} (${profile})`);
    return EXIT.ok;
  },
};
