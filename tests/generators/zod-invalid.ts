/**
 * Invalid payloads for a zod schema, as fast-check arbitraries: a payload shaped after the schema
 * (its required fields present, from the schema's own shape) with one or more of its fields
 * broken — a wrong type, a missing required field, extra nesting, a huge or untrimmed text, a
 * value structured cloning can carry but JSON cannot (BigInt, Date, Map, a cycle) — or a root that
 * is not what the schema wants. Only payloads the schema refuses are kept.
 */
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type?: string;
  shape?: Record<string, Node>;
  innerType?: Node;
  in?: Node;
  element?: Node;
  options?: readonly Node[];
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  checks?: readonly Node[];
  check?: string;
  maximum?: number;
  minimum?: number;
}
interface Node {
  _zod: { def: Def; optin?: string };
}

const def = (s: Node): Def => s._zod.def;

/** The schema under optional, nullable, default, readonly and a pipe's input. */
function unwrap(s: Node): Node {
  for (let i = 0; i < 10; i++) {
    const d = def(s);
    if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly' || d.type === 'prefault' || d.type === 'catch') && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  return s;
}

const maxLength = (s: Node): number | undefined => {
  for (const c of def(unwrap(s)).checks ?? []) if (def(c).check === 'max_length') return def(c).maximum;
  return undefined;
};

/** A value of the schema's type, valid as far as a short guess goes (checks and refinements may still refuse it). */
function plausible(s: Node, depth = 0): unknown {
  const u = unwrap(s);
  const d = def(u);
  switch (d.type) {
    case 'string':
      return 'x';
    case 'number':
      return 1;
    case 'int':
    case 'bigint':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(d.entries ?? {})[0];
    case 'literal':
      return d.values?.[0];
    case 'array':
      return [];
    case 'record':
      return {};
    case 'union':
      return d.options?.[0] ? plausible(d.options[0], depth + 1) : undefined;
    case 'object': {
      if (depth > 4) return {};
      const out: Record<string, unknown> = {};
      for (const [k, f] of Object.entries(d.shape ?? {})) if (f._zod.optin === undefined) out[k] = plausible(f, depth + 1);
      return out;
    }
    default:
      return undefined;
  }
}

/** Every field path of an object schema, nested objects, array elements and union members included. */
function paths(s: Node, prefix: (string | number)[] = [], depth = 0, out: { path: (string | number)[]; schema: Node }[] = []) {
  if (depth > 4) return out;
  const d = def(unwrap(s));
  if (d.type === 'object') {
    for (const [k, f] of Object.entries(d.shape ?? {})) {
      out.push({ path: [...prefix, k], schema: f });
      paths(f, [...prefix, k], depth + 1, out);
    }
  } else if (d.type === 'array' && d.element) {
    out.push({ path: [...prefix, 0], schema: d.element });
    paths(d.element, [...prefix, 0], depth + 1, out);
  } else if (d.type === 'union') {
    for (const o of d.options ?? []) paths(o, prefix, depth + 1, out);
  }
  return out;
}

function circular(): unknown {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
}

/** Values that are wrong for most fields, structured-clone-only ones included. */
const hostile = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, '', ' ', '\u0000', '../../etc/passwd', '__proto__', [], {}, [[[]]]),
  fc.constant(null).map(() => BigInt(7) as unknown),
  fc.constant(null).map(() => new Date(0) as unknown),
  fc.constant(null).map(() => new Map([['a', 1]]) as unknown),
  fc.constant(null).map(() => new Set([1]) as unknown),
  fc.constant(null).map(() => new Uint8Array(4) as unknown),
  fc.constant(null).map(circular),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.object({ maxDepth: 2 }),
);

/** A value of another type than the field's. */
function wrongType(s: Node): fc.Arbitrary<unknown> {
  const t = def(unwrap(s)).type;
  const others: fc.Arbitrary<unknown>[] = [hostile];
  if (t !== 'string') others.push(fc.string({ minLength: 1, maxLength: 30 }));
  if (t !== 'number') others.push(fc.integer());
  if (t !== 'boolean') others.push(fc.boolean());
  if (t !== 'object') others.push(fc.constant({ nested: { deeper: 'x' } }));
  if (t !== 'array') others.push(fc.array(fc.string(), { minLength: 1, maxLength: 3 }));
  return fc.oneof(...others);
}

/** A text past the field's limit (or a very long one), or one with blanks around it. */
function hugeText(s: Node): fc.Arbitrary<unknown> {
  const max = maxLength(s) ?? 10_000;
  return fc.constantFrom('名'.repeat(max + 1), 'x'.repeat(Math.max(max + 1, 200_000)), ` ${'名'.repeat(Math.min(max, 5))} `, '𠀀'.repeat(max + 1));
}

type Mutation = (payload: Record<string, unknown>) => void;

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown, remove = false): void {
  let cur: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = cur[k];
    if (next === null || typeof next !== 'object') cur[k] = typeof path[i + 1] === 'number' ? [] : {};
    cur = cur[k] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (remove) delete cur[last];
  else cur[last] = value;
}

function mutation(s: Node): fc.Arbitrary<Mutation> {
  const fields = paths(s);
  if (fields.length === 0) return fc.constant(() => {});
  return fc.integer({ min: 0, max: fields.length - 1 }).chain((i) => {
    const { path, schema } = fields[i]!;
    const get = (root: Record<string, unknown>) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), root);
    return fc.oneof(
      wrongType(schema).map((v): Mutation => (p) => setAt(p, path, v)),
      fc.constant<Mutation>((p) => setAt(p, path, undefined, true)),
      fc.constant<Mutation>((p) => setAt(p, path, { value: get(p) ?? plausible(schema) })),
      fc.constant<Mutation>((p) => setAt(p, path, [get(p) ?? plausible(schema)])),
      hugeText(schema).map((v): Mutation => (p) => setAt(p, path, v)),
      fc.constant<Mutation>((p) => setAt(p, path, null)),
    );
  });
}

/** Invalid payloads for `schema` (what `validate` refuses; by default, what the schema refuses). */
export function invalidPayloads(schema: z.ZodType, validate: (payload: unknown) => boolean = (p) => schema.safeParse(p).success): fc.Arbitrary<unknown> {
  const s = schema as unknown as Node;
  const base = () => structuredClone(plausible(s) ?? {}) as Record<string, unknown>;
  const shaped = fc.array(mutation(s), { minLength: 1, maxLength: 3 }).map((ms) => {
    const p = base();
    for (const m of ms) m(p);
    return p as unknown;
  });
  const roots = fc.oneof(
    hostile,
    fc.constant(null).map(() => [base()] as unknown),
    fc.constant(null).map(() => ({ ...base(), extra: { deep: [[['x']]] } }) as unknown),
    fc.constant(null).map(() => Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])) as unknown),
    fc.constant(null).map(() => {
      let deep: unknown = 'x';
      for (let i = 0; i < 5000; i++) deep = { d: deep };
      return deep;
    }),
  );
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: roots, weight: 1 }).filter((p) => !validate(p));
}
