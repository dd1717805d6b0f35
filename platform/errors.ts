import type { z } from 'zod';
import type { ProtocolErrorCode, RejectCode } from '@shared/protocol/index';

export type Issue = { path: string; code: string; params?: Record<string, unknown> };

/** A typed failure of a request: becomes `{ error: { code, message, issues?, params? } }`. */
export class HttpError extends Error {
  constructor(
    readonly code: ProtocolErrorCode,
    readonly params: Record<string, string | number | boolean> = {},
    readonly issues: Issue[] = [],
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

/** A refusal of one pushed operation: answered `rejected`, and the batch goes on. */
export class OpRejection extends Error {
  constructor(
    readonly code: RejectCode,
    readonly params: Record<string, string | number> = {},
    readonly issues: Issue[] = [],
  ) {
    super(code);
    this.name = 'OpRejection';
  }
}

/** zod issues as field issues whose codes are message keys (`validation.*`, `protocol.validation.*`). */
export function issuesOf(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  return error.issues.map((i) => {
    const path = [...prefix, ...i.path].map(String).join('.');
    if (i.message.startsWith('validation.') || i.message.startsWith('protocol.')) return { path, code: i.message };
    if (i.code === 'invalid_type' && i.input === undefined) return { path, code: 'validation.required' };
    if (i.code === 'unrecognized_keys') return { path: [path, ...i.keys].filter(Boolean).join('.'), code: 'validation.unknownField' };
    if (i.code === 'too_big') return { path, code: i.origin === 'array' ? 'validation.tooMany' : 'validation.tooLong' };
    if (i.code === 'invalid_value') return { path, code: 'validation.enum' };
    return { path, code: 'validation.invalid' };
  });
}

/** Parses with `schema` or throws a 400 VALIDATION listing every problem. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown, prefix: string[] = []): z.output<S> {
  // reportInput: so a field of the wrong type is not reported as missing (zod 4 omits it otherwise).
  const r = schema.safeParse(input, { reportInput: true });
  if (!r.success) throw new HttpError('VALIDATION', {}, issuesOf(r.error, prefix));
  return r.data;
}
