import { CHANNELS, isChannel, type CoreChannel } from '@shared/ipc/contract';
import { AppError, isDiskFull, issuesFromZod, type Result } from '@shared/ipc/errors';
import type { Locale } from '@shared/i18n/messages';
import type { HandlerMap } from './context';
import type { Logger } from './types';

/**
 * Validates a message against the contract, runs its handler and returns an envelope: the
 * output, or a typed error with messages in `locale` — never a stack trace, never a throw.
 */
export function makeDispatch(
  handlers: () => HandlerMap,
  opts: { logger: Logger; locale: () => Locale; validateOutputs: boolean; before?: () => Promise<void> },
) {
  return async function dispatch(channel: string, input: unknown): Promise<Result<unknown>> {
    const locale = opts.locale();
    try {
      if (!isChannel(channel) || CHANNELS[channel].owner !== 'core') {
        throw new AppError('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 100) });
      }
      const def = CHANNELS[channel];
      // reportInput: issuesFromZod tells a missing field (required) from one of the wrong type.
      const parsed = def.input.safeParse(input ?? {}, { reportInput: true });
      if (!parsed.success) throw new AppError('VALIDATION', {}, issuesFromZod(parsed.error));
      await opts.before?.();
      const handler = handlers()[channel as CoreChannel] as (i: unknown) => Promise<unknown>;
      const output = await handler(parsed.data);
      if (opts.validateOutputs) {
        const checked = def.output.safeParse(output);
        if (!checked.success) {
          opts.logger.error('handler output does not match the contract', { channel, issues: checked.error.issues });
          throw new AppError('INTERNAL');
        }
      }
      return { ok: true, value: output };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toData(locale) };
      // The officer can act on a full disk (SQLite rolled the write back): say so, not INTERNAL.
      if (isDiskFull(err)) {
        opts.logger.warn('disk full', { channel, error: err instanceof Error ? err.message : String(err) });
        return { ok: false, error: new AppError('DISK_FULL').toData(locale) };
      }
      opts.logger.error('unexpected error', { channel, error: err instanceof Error ? err.stack : String(err) });
      return { ok: false, error: new AppError('INTERNAL').toData(locale) };
    }
  };
}
