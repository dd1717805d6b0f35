/**
 * The length limit of each string field of an object schema's shape, read from the schema itself
 * through `.optional()`, `.default()` (unwrap) and `.transform()` (a pipe's input). Tests use it to
 * hold hand-written fast checks to the schema's own limits.
 */
interface Wrapped {
  unwrap?: () => unknown;
  in?: unknown;
  maxLength?: number | null;
}

export function textLimits(shape: Record<string, unknown>): (readonly [key: string, max: number])[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    let inner = schema as Wrapped;
    for (let depth = 0; depth < 5 && inner.maxLength === undefined; depth++) {
      if (typeof inner.unwrap === 'function') inner = inner.unwrap() as Wrapped;
      else if (inner.in) inner = inner.in as Wrapped;
      else break;
    }
    return typeof inner.maxLength === 'number' ? [[key, inner.maxLength] as const] : [];
  });
}
