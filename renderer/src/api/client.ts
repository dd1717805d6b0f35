import type { Channel, Input, Output } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/errors';
import { ApiError } from './ApiError';

/** Calls one contract channel through `window.api` and unwraps the envelope: the output, or an ApiError. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const fn = window.api.call[channel] as (input: Input<C>) => Promise<Result<Output<C>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
