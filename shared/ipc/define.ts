import type { z } from 'zod';

export type Owner = 'core' | 'shell';

/** One request/response channel: who answers it, and the schemas of its input and output. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, W extends Owner = Owner> {
  /** `core` channels are answered by the core's dispatch; `shell` ones by the Electron main process. */
  owner: W;
  input: I;
  output: O;
}

export function channel<W extends Owner, I extends z.ZodType, O extends z.ZodType>(owner: W, input: I, output: O): ChannelDef<I, O, W> {
  return { owner, input, output };
}
