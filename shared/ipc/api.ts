import type { Channel, EventName, EventPayload, Input, Output } from './contract';
import type { Result } from './errors';

/**
 * What the preload exposes as `window.api` (and what the e2e harness provides in its place):
 * one typed function per contract channel and one subscription per event — nothing generic.
 */
export interface WindowApi {
  call: { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };
  on: { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void };
}
