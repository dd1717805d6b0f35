/**
 * Field-level differences between two revisions of an entry, for the history view: one row per
 * leaf that changed, with a dotted path (`items.2.length`), the value before and after.
 * Keys whose value is undefined count as absent, so optional fields left empty do not show.
 */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(a: unknown, b: unknown, path: string[], out: FieldChange[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, String(i)], out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) walk(a[k], b[k], [...path, k], out);
    return;
  }
  if (a === b || (a === undefined && b === undefined)) return;
  const change: FieldChange = { path: path.join('.') };
  if (a !== undefined) change.before = a;
  if (b !== undefined) change.after = b;
  out.push(change);
}

/** Differences from `a` to `b`, ignoring the given bookkeeping keys at the top level. */
export function diffEntries(a: object, b: object, ignore: readonly string[] = ['revision', 'updatedAt', 'createdAt']): FieldChange[] {
  const strip = (o: object) => Object.fromEntries(Object.entries(o).filter(([k]) => !ignore.includes(k)));
  const out: FieldChange[] = [];
  walk(strip(a), strip(b), [], out);
  return out;
}
