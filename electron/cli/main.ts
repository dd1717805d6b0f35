import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Locale } from '@shared/i18n/messages';
import { AppError, isDiskFull, type AppErrorData } from '@shared/ipc/errors';
import { createCore, type Core } from '../core/index';
import { COMMANDS } from './commands/index';
import { EXIT, UsageError, type CliIo, type Command, type CommandContext } from './framework';

const GLOBAL_VALUE_FLAGS = ['workspace', 'lang'];

interface Parsed {
  words: string[];
  flags: Record<string, string | boolean>;
}

/** Splits argv into words and flags; `--workspace` and `--json` may stand before or after the command. */
function parse(argv: string[], valueFlags: Set<string>): Parsed {
  const words: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[name] = a.slice(eq + 1);
      else if (valueFlags.has(name)) {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        flags[name] = v;
        i++;
      } else flags[name] = true;
    } else if (a === '-h') flags.help = true;
    else words.push(a);
  }
  return { words, flags };
}

function findCommand(words: string[]): { command?: Command; rest: string[] } {
  let best: Command | undefined;
  for (const c of COMMANDS) {
    const parts = c.name.split(' ');
    if (parts.every((p, i) => words[i] === p) && (!best || parts.length > best.name.split(' ').length)) best = c;
  }
  return { command: best, rest: best ? words.slice(best.name.split(' ').length) : words };
}

function help(): string {
  const lines = ['Usage: npm run --silent cli -- <command> [--workspace DIR] [--json]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(64)} ${c.summary}`);
  lines.push('', 'Exit codes: 0 ok, 1 usage error, 2 validation error, 3 other failure.');
  return lines.join('\n');
}

export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const allValueFlags = new Set([...GLOBAL_VALUE_FLAGS, ...COMMANDS.flatMap((c) => c.valueFlags ?? [])]);
  let core: Core | undefined;
  let command: Command | undefined;
  const notices = new Notices(io);
  let locale: Locale = 'zh-CN';
  try {
    const { words, flags } = parse(argv, allValueFlags);
    const found = findCommand(words);
    command = found.command;
    if (!command) {
      if (flags.help || words.length === 0) {
        io.out(help());
        return words.length === 0 && !flags.help ? EXIT.usage : EXIT.ok;
      }
      throw new UsageError(`unknown command: ${words.join(' ')}`);
    }
    if (flags.help) {
      io.out(`Usage: npm run --silent cli -- ${command.usage}${command.needsWorkspace ? ' --workspace DIR' : ''} [--json]\n${command.summary}`);
      return EXIT.ok;
    }
    const lang = typeof flags.lang === 'string' ? flags.lang : (env.LANG ?? '');
    locale = lang.startsWith('en') ? 'en' : 'zh-CN';
    const workspace = flags.workspace;
    if (command.needsWorkspace && typeof workspace !== 'string') throw new UsageError('--workspace DIR is required');
    const json = flags.json === true;
    const ctx: CommandContext = {
      args: found.rest,
      flags,
      json,
      locale,
      io: withNotices(io, notices, json),
      core: async () => {
        if (!core) {
          core = createCore({ workspaceDir: resolve(String(workspace)), locale, actor: safeUser() });
          // What opening did to the workspace (a restore from its backup): told on stderr at once,
          // and added to --json output, so a run on restored (older) data never looks like any other.
          core.on('workspace.notice', ({ error }) => notices.tell(error));
          const status = await core.ready;
          for (const n of status.notices ?? []) notices.tell(n);
          if (status.state === 'unavailable') throw new CoreUnavailable(status.error.code, status.error.message);
          if (status.state === 'uninitialised' && command?.name !== 'init') throw new CoreUnavailable('WORKSPACE_NOT_INITIALISED', 'workspace is not set up: run init first');
        }
        return core;
      },
    };
    return await command.run(ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`error: ${err.message}`);
      io.err(command ? `usage: ${command.usage}` : help());
      return EXIT.usage;
    }
    if (err instanceof CoreUnavailable) {
      if (argv.includes('--json')) io.out(JSON.stringify({ error: { code: err.code, message: err.message }, ...notices.field() }));
      else io.err(`${err.code}: ${err.message}`);
      return EXIT.failure;
    }
    // A write of the CLI's own (an export's file) that met a full disk: the typed error, as from the core.
    if (isDiskFull(err)) {
      const error = new AppError('DISK_FULL').toData(locale);
      if (argv.includes('--json')) io.out(JSON.stringify({ error, ...notices.field() }));
      else io.err(`${error.code}: ${error.message}`);
      return EXIT.failure;
    }
    io.err(`failed: ${(err as Error).message}`);
    return EXIT.failure;
  } finally {
    await core?.close().catch(() => {});
  }
}

/** The core's notices of this run, each printed once on stderr as it comes. */
class Notices {
  readonly seen: AppErrorData[] = [];
  constructor(private readonly io: CliIo) {}

  tell(notice: AppErrorData): void {
    if (this.seen.some((n) => n.code === notice.code && n.message === notice.message)) return;
    this.seen.push(notice);
    this.io.err(`${notice.code}: ${notice.message}`);
  }

  /** `{notices: [...]}` when there are any, for a JSON answer. */
  field(): { notices?: AppErrorData[] } {
    return this.seen.length ? { notices: [...this.seen] } : {};
  }
}

/** In --json mode, every JSON object the command prints carries the notices of the run. */
function withNotices(io: CliIo, notices: Notices, json: boolean): CliIo {
  if (!json) return io;
  return {
    err: (text) => io.err(text),
    out: (text) => {
      const extra = notices.field();
      if (!extra.notices) return io.out(text);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return io.out(text);
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) return io.out(text);
      io.out(JSON.stringify({ ...value, ...extra }));
    },
  };
}

class CoreUnavailable extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function safeUser(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}
