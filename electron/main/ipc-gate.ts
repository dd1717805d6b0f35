import type { Locale } from '@shared/i18n/messages';
import { CHANNELS, isChannel, type Output, type ParsedInput, type ShellChannel } from '@shared/ipc/contract';
import { AppError, issuesFromZod, type Result } from '@shared/ipc/errors';

export type ShellHandlers = { [C in ShellChannel]: (input: ParsedInput<C>) => Promise<Output<C>> };

export interface GateDeps<S> {
  /** Whether the sender is the main frame of the app's own window on the app's own origin. */
  trusted(sender: S): boolean;
  /** Relays a core channel to the core host. */
  core(channel: string, input: unknown): Promise<Result<unknown>>;
  shell: ShellHandlers;
  locale(): Locale;
  log?(message: string, data: Record<string, unknown>): void;
}

/**
 * The one function behind every `ipcMain.handle`: refuses untrusted senders with
 * FORBIDDEN_SENDER, relays core channels to the host, and answers shell channels here after
 * validating their input with the contract. Always resolves with a `Result` envelope.
 */
export function makeIpcGate<S>(deps: GateDeps<S>) {
  return async function gate(sender: S, channel: string, input: unknown): Promise<Result<unknown>> {
    const locale = deps.locale();
    try {
      if (!deps.trusted(sender)) {
        deps.log?.('IPC message refused: untrusted sender', { channel: String(channel).slice(0, 100) });
        throw new AppError('FORBIDDEN_SENDER');
      }
      if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 100) });
      const def = CHANNELS[channel];
      if (def.owner === 'core') return await deps.core(channel, input);
      const parsed = def.input.safeParse(input ?? {});
      if (!parsed.success) throw new AppError('VALIDATION', {}, issuesFromZod(parsed.error));
      const handler = deps.shell[channel as ShellChannel] as (i: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toData(locale) };
      deps.log?.('shell channel failed', { channel, error: err instanceof Error ? err.message : String(err) });
      return { ok: false, error: new AppError('INTERNAL').toData(locale) };
    }
  };
}
