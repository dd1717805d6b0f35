import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AccountView, SyncRunResult } from '@shared/ipc/channels/sync';
import { createCore, type Core } from '../../core/index';
import { fileKeyStore } from '../../core/sync/platform-client/file-key-store';
import type { Command, CommandContext } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

/** The CLI keeps the platform token here, readable only by its owner (no safeStorage outside Electron). */
export const CLI_TOKEN_FILE = 'cli-token.json';

/**
 * Sync commands open their own core: the same one `ctx.core()` gives, plus the file-backed key
 * store and no automatic runs (a command runs sync exactly once).
 */
export async function withCore(ctx: CommandContext, fn: (core: Core) => Promise<number>): Promise<number> {
  const dir = resolve(String(ctx.flags.workspace));
  const core = createCore({ workspaceDir: dir, locale: ctx.locale, actor: 'cli', keyStore: fileKeyStore(join(dir, CLI_TOKEN_FILE)), sync: { auto: false } });
  try {
    const status = await core.ready;
    if (status.state === 'unavailable') return reportError(ctx, status.error);
    if (status.state === 'uninitialised') {
      ctx.io.err('WORKSPACE_NOT_INITIALISED: workspace is not set up: run init first');
      return EXIT.failure;
    }
    return await fn(core);
  } finally {
    await core.close();
  }
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

export const loginCommand: Command = {
  name: 'login',
  summary: `Sign in to the platform; the token is kept in WORKSPACE/${CLI_TOKEN_FILE} (mode 0600)`,
  usage: 'login [--platform URL] --user U --password-file F',
  valueFlags: ['platform', 'user', 'password-file'],
  needsWorkspace: true,
  async run(ctx) {
    const user = str(ctx.flags.user);
    const file = str(ctx.flags['password-file']);
    if (!user) throw new UsageError('--user U is required');
    if (!file) throw new UsageError('--password-file F is required (the password is never taken on the command line)');
    let password: string;
    try {
      password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      throw new UsageError(`cannot read --password-file: ${(err as Error).message}`);
    }
    const platformUrl = str(ctx.flags.platform);
    return withCore(ctx, async (core) => {
      const r = await core.dispatch('sync.signIn', { user, password, ...(platformUrl ? { platformUrl } : {}) });
      if (!r.ok) return reportError(ctx, r.error);
      const a = r.value as AccountView;
      if (ctx.json) ctx.io.out(JSON.stringify({ account: a }));
      else ctx.io.out(`signed in as ${a.user} (${a.role}, ${a.departmentName}) at ${a.platformUrl} until ${a.expiresAt}`);
      return EXIT.ok;
    });
  },
};

export const logoutCommand: Command = {
  name: 'logout',
  summary: 'Sign out of the platform and delete the stored token',
  usage: 'logout',
  needsWorkspace: true,
  async run(ctx) {
    return withCore(ctx, async (core) => {
      const r = await core.dispatch('sync.signOut', {});
      if (!r.ok) return reportError(ctx, r.error);
      if (!ctx.json) ctx.io.out('signed out');
      else ctx.io.out('{}');
      return EXIT.ok;
    });
  },
};

export const syncCommand: Command = {
  name: 'sync',
  summary: 'Push the outbox and pull the change feed once; prints {"pushed","accepted","rejected","conflicts","pulled","failed"} (exit 3 when failed)',
  usage: 'sync [--platform URL]',
  valueFlags: ['platform'],
  needsWorkspace: true,
  async run(ctx) {
    const platform = str(ctx.flags.platform);
    return withCore(ctx, async (core) => {
      if (platform) {
        const acc = await core.dispatch('sync.account', {});
        const current = acc.ok ? (acc.value as { account?: AccountView }).account?.platformUrl : undefined;
        if (current && current !== platform) throw new UsageError(`signed in to ${current}: run login --platform ${platform} first`);
      }
      const r = await core.dispatch('sync.run', {});
      if (!r.ok) return reportError(ctx, r.error);
      const { pushed, accepted, rejected, conflicts, pulled, failed, error } = r.value as SyncRunResult;
      ctx.io.out(JSON.stringify({ pushed, accepted, rejected, conflicts, pulled, failed }));
      if (error) ctx.io.err(`${error.code}: ${error.message}`);
      return failed ? EXIT.failure : EXIT.ok;
    });
  },
};

export const outboxListCommand: Command = {
  name: 'outbox list',
  summary: 'List the operations waiting for the platform, oldest first',
  usage: 'outbox list [--limit N]',
  valueFlags: ['limit'],
  needsWorkspace: true,
  async run(ctx) {
    const limit = ctx.flags.limit === undefined ? 100 : Number(ctx.flags.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
    return withCore(ctx, async (core) => {
      const r = await core.dispatch('outbox.list', { limit });
      if (!r.ok) return reportError(ctx, r.error);
      const ops = (r.value as { ops: { seq: number; opId: string; kind: string; entityId: string; baseRevision: number; createdAt: string }[] }).ops;
      if (ctx.json) ctx.io.out(JSON.stringify({ ops: ops.map(({ seq, opId, kind, entityId, baseRevision, createdAt }) => ({ seq, opId, kind, entityId, baseRevision, createdAt })) }));
      else {
        for (const o of ops) ctx.io.out(`${o.seq}\t${o.kind}\t${o.entityId}\tr${o.baseRevision}\t${o.createdAt}\t${o.opId}`);
        ctx.io.out(`(${ops.length} waiting)`);
      }
      return EXIT.ok;
    });
  },
};
