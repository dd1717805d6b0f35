import type { Locale } from '@shared/i18n/messages';
import type { AppErrorData } from '@shared/ipc/errors';
import type { Core } from '../core/index';

/** Exit codes of every command (issue 2): ok, usage error, validation error, other failure. */
export const EXIT = { ok: 0, usage: 1, validation: 2, failure: 3 } as const;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CommandContext {
  args: string[];
  flags: Record<string, string | boolean>;
  json: boolean;
  locale: Locale;
  io: CliIo;
  /** Opens the workspace named by --workspace (required for commands that touch one). */
  core(): Promise<Core>;
}

export interface Command {
  /** `entries list`, `init`…: the words that select the command. */
  name: string;
  summary: string;
  usage: string;
  /** Flags that take a value; every other `--flag` is boolean. */
  valueFlags?: string[];
  needsWorkspace: boolean;
  run(ctx: CommandContext): Promise<number>;
}

/** Thrown for a misused command: printed with the command's usage, exit 1. */
export class UsageError extends Error {}

/** A typed error from the core, printed as JSON (`--json`) or text, with the exit code it maps to. */
export function reportError(ctx: Pick<CommandContext, 'json' | 'io'>, error: AppErrorData): number {
  const validation = error.code === 'VALIDATION';
  if (ctx.json) {
    const body = validation
      ? { errors: (error.details?.issues ?? []).map((i) => ({ path: i.path, code: i.code, message: i.message })) }
      : { error };
    ctx.io.out(JSON.stringify(body));
  } else {
    ctx.io.err(`${error.code}: ${error.message}`);
    for (const i of error.details?.issues ?? []) ctx.io.err(`  ${i.path}: ${i.message} (${i.code})`);
  }
  return validation ? EXIT.validation : EXIT.failure;
}
