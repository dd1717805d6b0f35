/**
 * The fast entry check of the import and of the pull: whether zod would return a value unchanged
 * (every text already trimmed and within its limit, codes from their lists, nothing it would drop,
 * fill in or transform), so the caller can skip zod. A negative answer only means "let zod decide":
 * every refusal, and every value zod would change, goes through zod, so issues and their paths are
 * zod's own.
 *
 * The field tables are derived from the zod schemas once, at module load, by walking their shapes:
 * string checks (trim, lengths, patterns), enums, numbers and their bounds, optional, nullable and
 * defaulted fields, transforms, nested objects and arrays. A schema change therefore changes the
 * check with it; what the walk does not understand becomes "opaque" (always zod's turn), and the
 * tests require no field of the entry schemas to be opaque.
 *
 * Two readings of one table: `canonicalCopy` builds zod's output (new objects and arrays, defaults
 * filled in) for the import; `isCanonical` only answers yes or no, allocating nothing, for the pull,
 * which keeps the parsed JSON as it is.
 */
import type { z } from 'zod';
import { dataItemSchema, entryInputSchema, entryRules, type EntryValues } from './entry';
import { sharedEntrySchema } from './shared-entry';

/** The parts of zod 4's schema and check objects the walk reads. */
interface ZodPayload {
  value: unknown;
  issues: unknown[];
  addIssue?: (issue: unknown) => void;
}
interface ZodDef {
  type?: string;
  check?: string;
  checks?: readonly ZodNode[];
  innerType?: ZodNode;
  in?: ZodNode;
  out?: ZodNode;
  element?: ZodNode;
  shape?: Record<string, ZodNode>;
  transform?: (value: unknown, payload: ZodPayload) => unknown;
  tx?: (value: unknown) => unknown;
  when?: (payload: ZodPayload) => boolean;
  maximum?: number;
  minimum?: number;
  length?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  defaultValue?: unknown;
}
interface ZodNode {
  _zod: {
    def: ZodDef;
    optin?: 'optional' | 'defaulted';
    optout?: 'optional';
    values?: ReadonlySet<unknown>;
    check?: (payload: ZodPayload) => unknown;
  };
}

type Test = (v: unknown) => boolean;
/** Marks a value zod might refuse or change. */
const NO = Symbol('zod decides');
type Copy = (v: unknown) => unknown;

/** How a field reads an absent key or an `undefined` value: zod refuses it, leaves it as it is, or fills in a default. */
type Absent = 'required' | 'optional' | 'default';

export interface Field {
  readonly key: string;
  readonly absent: Absent;
  /** A fresh default (`absent: 'default'`). */
  readonly fill: () => unknown;
  /** Whether zod returns a defined value as it is. */
  readonly is: Test;
  /** zod's output for a defined value (new objects and arrays), or NO. */
  readonly copy: Copy;
  /** What the field is, for tests and for reading: e.g. `string overwrite ≤100 ≥1`. */
  readonly describe: string;
  /** Neither an object nor an array: zod's output is the value itself. */
  readonly plain: boolean;
}
export interface Table {
  readonly fields: readonly Field[];
}

interface Compiled {
  is: Test;
  copy: Copy;
  describe: string;
  /** An object or an array: its output is a new value, not the input. */
  composite?: boolean;
}

const OPAQUE = (why: string): Compiled => ({ is: () => false, copy: () => NO, describe: `opaque(${why})` });

/**
 * One reused zod payload for checks and transforms run as zod runs them. Nothing allocates unless
 * a check refuses (then zod pushes an issue, and the value goes to zod anyway).
 */
const probe: ZodPayload = { value: undefined, issues: [] };
probe.addIssue = (issue) => void probe.issues.push(issue);

/** A check run by zod's own code: passes when it adds no issue and changes nothing. */
function viaZod(check: ZodNode): Test {
  const run = check._zod.check;
  const when = check._zod.def.when;
  if (!run) return () => false;
  return (v) => {
    probe.value = v;
    if (probe.issues.length !== 0) probe.issues.length = 0;
    try {
      if (when && !when(probe)) return true;
      const r = run(probe);
      return !(r instanceof Promise) && probe.issues.length === 0 && Object.is(probe.value, v);
    } catch {
      return false;
    }
  };
}

/** A check that zod runs only when its `when` says so (lengths: when the value has one). */
function applies(when: ZodDef['when'], test: Test): Test {
  if (!when) return test;
  return (v) => {
    probe.value = v;
    return !when(probe) || test(v);
  };
}

/** A check zod would apply to a value of the leaf's type; the common kinds are read, the rest run by zod. */
function checkTest(check: ZodNode, leaf: 'string' | 'number' | 'other'): { test: Test; describe: string } {
  const d = check._zod.def;
  const zod = viaZod(check);
  switch (d.check) {
    case 'overwrite': {
      const tx = d.tx;
      if (!tx) break;
      // zod returns tx(v): the value is unchanged when it is a fixed point (a trimmed text for trim).
      return { test: (v) => Object.is(tx(v), v), describe: 'overwrite' };
    }
    case 'max_length': {
      const max = d.maximum ?? 0;
      // A text is measured in code points: one that fits in UTF-16 units fits; otherwise zod counts.
      if (leaf === 'string') return { test: applies(d.when, (v) => (v as string).length <= max || zod(v)), describe: `≤${max}` };
      break;
    }
    case 'min_length': {
      const min = d.minimum ?? 0;
      // n units hold at least ⌈n/2⌉ code points.
      if (leaf === 'string') return { test: applies(d.when, (v) => (v as string).length >= 2 * min - 1 || zod(v)), describe: `≥${min}` };
      break;
    }
    case 'string_format':
      if (d.format === 'regex' && d.pattern && leaf === 'string') {
        const re = d.pattern;
        return {
          test: (v) => {
            re.lastIndex = 0;
            return re.test(v as string);
          },
          describe: `/${re.source}/`,
        };
      }
      break;
    case 'greater_than':
      if (leaf === 'number' && typeof d.value === 'number') {
        const bound = d.value;
        return d.inclusive ? { test: (v) => (v as number) >= bound, describe: `≥${bound}` } : { test: (v) => (v as number) > bound, describe: `>${bound}` };
      }
      break;
    case 'less_than':
      if (leaf === 'number' && typeof d.value === 'number') {
        const bound = d.value;
        return d.inclusive ? { test: (v) => (v as number) <= bound, describe: `≤${bound}` } : { test: (v) => (v as number) < bound, describe: `<${bound}` };
      }
      break;
    case 'number_format':
      if (leaf === 'number' && d.format === 'safeint') return { test: (v) => Number.isSafeInteger(v), describe: 'int' };
      break;
  }
  return { test: zod, describe: `zod:${d.check ?? '?'}` };
}

/** A value zod returns as it is when its type test and every check pass. */
/** Whether a length check's `when` is zod's default (anything with a length), which every string meets. */
function onEveryString(when: ZodDef['when']): boolean {
  if (!when) return true;
  const on = (value: unknown) => when({ value, issues: [] });
  return on('x') && on('') && !on(5) && !on(null);
}

/**
 * The usual text field — at most one each of an overwrite (trim), a maximum and a minimum length
 * and a pattern — as one function: the pull runs it on some fifty texts of every entry.
 */
function textLeaf(schema: ZodNode): Compiled | undefined {
  let tx: ((v: unknown) => unknown) | undefined;
  let max = Number.POSITIVE_INFINITY;
  let min = 0;
  let re: RegExp | undefined;
  let zodMax: Test = () => false;
  let zodMin: Test = () => false;
  const parts = ['string'];
  for (const c of schema._zod.def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'overwrite' && d.tx && !tx) {
      tx = d.tx;
      parts.push('overwrite');
    } else if (d.check === 'max_length' && d.maximum !== undefined && max === Number.POSITIVE_INFINITY && onEveryString(d.when)) {
      max = d.maximum;
      zodMax = viaZod(c);
      parts.push(`≤${max}`);
    } else if (d.check === 'min_length' && d.minimum !== undefined && min === 0 && onEveryString(d.when)) {
      min = d.minimum;
      zodMin = viaZod(c);
      parts.push(`≥${min}`);
    } else if (d.check === 'string_format' && d.format === 'regex' && d.pattern && !re) {
      re = d.pattern;
      parts.push(`/${re.source}/`);
    } else return undefined;
  }
  return { ...textTest(tx, max, min, re, zodMax, zodMin), describe: parts.join(' ') };
}

function textTest(tx: ((v: unknown) => unknown) | undefined, max: number, min: number, re: RegExp | undefined, zodMax: Test, zodMin: Test): { is: Test; copy: Copy } {
  // Lengths are in code points: n units fit a maximum of n, and hold at least ⌈n/2⌉; in between zod counts.
  const minUnits = 2 * min - 1;
  const is: Test = (v) => {
    if (typeof v !== 'string') return false;
    if (tx !== undefined && !Object.is(tx(v), v)) return false;
    if (v.length > max && !zodMax(v)) return false;
    if (v.length < minUnits && !zodMin(v)) return false;
    if (re !== undefined) {
      re.lastIndex = 0;
      return re.test(v);
    }
    return true;
  };
  return { is, copy: (v) => (is(v) ? v : NO) };
}

function leaf(schema: ZodNode, kind: 'string' | 'number' | 'other', typeTest: Test, name: string): Compiled {
  if (kind === 'string') {
    const text = textLeaf(schema);
    if (text) return text;
  }
  const checks = (schema._zod.def.checks ?? []).map((c) => checkTest(c, kind));
  const tests = checks.map((c) => c.test);
  const n = tests.length;
  const is: Test = (v) => {
    if (!typeTest(v)) return false;
    for (let i = 0; i < n; i++) if (!tests[i]!(v)) return false;
    return true;
  };
  return { is, copy: (v) => (is(v) ? v : NO), describe: [name, ...checks.map((c) => c.describe)].join(' ') };
}

function compile(schema: ZodNode): Compiled {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      // A string format (email, uuid…) is a check of its own on the schema.
      if (def.format) return OPAQUE(`string format ${def.format}`);
      return leaf(schema, 'string', (v) => typeof v === 'string', 'string');
    case 'number':
      if (def.format) return OPAQUE(`number format ${def.format}`);
      return leaf(schema, 'number', (v) => typeof v === 'number' && Number.isFinite(v), 'number');
    case 'boolean':
      return leaf(schema, 'other', (v) => typeof v === 'boolean', 'boolean');
    case 'null':
      return leaf(schema, 'other', (v) => v === null, 'null');
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      if (!values) return OPAQUE(def.type);
      return leaf(schema, 'other', (v) => values.has(v), `${def.type}(${values.size})`);
    }
    case 'optional':
    case 'default':
      // The absent and undefined cases are the field's (see `absence`); a defined value is the inner type's.
      return def.innerType && !def.checks?.length ? compile(def.innerType) : OPAQUE(def.type);
    case 'nullable': {
      if (!def.innerType || def.checks?.length) return OPAQUE('nullable');
      const inner = compile(def.innerType);
      return { is: (v) => v === null || inner.is(v), copy: (v) => (v === null ? null : inner.copy(v)), describe: `${inner.describe} | null`, composite: inner.composite };
    }
    case 'pipe':
      return pipe(def);
    case 'object':
      if (def.checks?.length) return OPAQUE('refined object');
      return object(deriveTable(schema as unknown as z.ZodObject));
    case 'array':
      return array(def);
    default:
      return OPAQUE(def.type ?? '?');
  }
}

/** `a.pipe(b)` or `a.transform(fn)`: unchanged when `a` keeps the value and the transform (or `b`) returns it as it is. */
function pipe(def: ZodDef): Compiled {
  const from = def.in;
  const to = def.out;
  if (!from || !to) return OPAQUE('pipe');
  const first = compile(from);
  if (first.composite) return OPAQUE('pipe of an object or array');
  let second: Test;
  let describe: string;
  const fn = to._zod.def.transform;
  if (to._zod.def.type === 'transform' && fn) {
    second = (v) => {
      probe.value = v;
      if (probe.issues.length !== 0) probe.issues.length = 0;
      try {
        return Object.is(fn(v, probe), v) && probe.issues.length === 0;
      } catch {
        return false;
      }
    };
    describe = 'transform';
  } else {
    const next = compile(to);
    if (next.composite) return OPAQUE('pipe into an object or array');
    second = next.is;
    describe = next.describe;
  }
  const is: Test = (v) => first.is(v) && second(v);
  return { is, copy: (v) => (is(v) ? v : NO), describe: `${first.describe} → ${describe}` };
}

function array(def: ZodDef): Compiled {
  if (!def.element) return OPAQUE('array');
  const element = compile(def.element);
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'max_length' && d.maximum !== undefined) max = Math.min(max, d.maximum);
    else if (d.check === 'min_length' && d.minimum !== undefined) min = Math.max(min, d.minimum);
    else if (d.check === 'length_equals' && d.length !== undefined) [min, max] = [Math.max(min, d.length), Math.min(max, d.length)];
    else return OPAQUE(`array check ${d.check ?? '?'}`);
  }
  const each = element.is;
  // A hole or an undefined element is zod's to judge.
  const is: Test = (v) => {
    if (!Array.isArray(v) || v.length > max || v.length < min) return false;
    for (let i = 0; i < v.length; i++) {
      const e: unknown = v[i];
      if (e === undefined || !each(e)) return false;
    }
    return true;
  };
  const copy: Copy = (v) => {
    if (!Array.isArray(v) || v.length > max || v.length < min) return NO;
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const e: unknown = v[i];
      const r = e === undefined ? NO : element.copy(e);
      if (r === NO) return NO;
      out.push(r);
    }
    return out;
  };
  return { is, copy, describe: `array(${min}..${max}) of ${element.describe}`, composite: true };
}

function object(table: Table): Compiled {
  return {
    is: (v) => isCanonical(table, v),
    copy: (v) => canonicalCopy(table, v) ?? NO,
    describe: `object{ ${table.fields.map((f) => `${f.key}: ${f.describe}`).join('; ')} }`,
    composite: true,
  };
}

/** What zod makes of an absent key or an `undefined` value, read from the schema's own optin and default. */
function absence(schema: ZodNode): { absent: Absent; fill: () => unknown } {
  const none = () => undefined;
  const { optin } = schema._zod;
  const def = schema._zod.def;
  const parsed = (schema as unknown as z.ZodType).safeParse(undefined);
  if (!parsed.success) return { absent: 'required', fill: none };
  if (parsed.data === undefined && optin === 'optional') return { absent: 'optional', fill: none };
  // A default: zod substitutes it (a fresh copy each time) for an absent key and for `undefined`.
  if (parsed.data !== undefined && optin === 'defaulted' && def.type === 'default') return { absent: 'default', fill: () => def.defaultValue };
  // Any other case (a prefault, a transform inventing a value…) is zod's to handle.
  return { absent: 'required', fill: none };
}

/** The field table of an object schema, in the schema's key order (the order of zod's output). */
export function deriveTable(schema: z.ZodObject): Table {
  const shape = (schema as unknown as ZodNode)._zod.def.shape ?? {};
  const fields = Object.keys(shape).map((key): Field => {
    const field = shape[key]!;
    const compiled = compile(field);
    const { is, copy, describe } = compiled;
    const { absent, fill } = absence(field);
    const plain = !compiled.composite;
    return { key, absent, fill, is, copy, plain, describe: absent === 'required' ? describe : `${describe} (${absent})` };
  });
  return { fields };
}

/** The fields the walk could not read (always left to zod), with their paths; empty for a fully derived table. */
export function opaqueFields(table: Table): string[] {
  return table.fields.filter((f) => f.describe.includes('opaque(')).map((f) => `${f.key}: ${f.describe}`);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Whether zod would return `value` exactly as it is (an `undefined` key of an optional field
 * included). Allocates nothing: the pull checks every shared entry of every page with it.
 */
export function isCanonical(table: Table, value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const fields = table.fields;
  let known = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    // Object.prototype has none of these keys: a defined value is an own one.
    const v = value[f.key];
    if (v === undefined) {
      if (f.absent !== 'optional') return false;
      if (Object.hasOwn(value, f.key)) known++;
      continue;
    }
    known++;
    if (!f.is(v)) return false;
  }
  // zod drops unknown keys (`__proto__` from JSON would be one): leave them to it. A plain
  // object's for…in lists its own enumerable keys, without building an array.
  let own = 0;
  for (const _ in value) own++;
  return own === known;
}

/**
 * zod's output for `value` when zod would take every value as it is, defaults filled in (a key is
 * in the output when it is in the input, `undefined` included, or has a default); otherwise
 * `undefined`. Objects and arrays of the output are new, as zod's are.
 */
export function canonicalCopy(table: Table, value: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  let known = 0;
  const fields = table.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = value[f.key];
    if (v === undefined) {
      const present = Object.hasOwn(value, f.key);
      if (present) known++;
      if (f.absent === 'default') out[f.key] = f.fill();
      else if (f.absent === 'required') return undefined;
      else if (present) out[f.key] = undefined;
      continue;
    }
    known++;
    if (f.plain) {
      if (!f.is(v)) return undefined;
      out[f.key] = v;
      continue;
    }
    const r = f.copy(v);
    if (r === NO) return undefined;
    out[f.key] = r;
  }
  return Object.keys(value).length === known ? out : undefined;
}

const ENTRY_INPUT = deriveTable(entryInputSchema);
const SHARED_ENTRY = deriveTable(sharedEntrySchema);
const ITEM = deriveTable(dataItemSchema);

/** The derived tables, for the tests. */
export const TABLES = { entryInput: ENTRY_INPUT, sharedEntry: SHARED_ENTRY, item: ITEM } as const;

/**
 * `entryInputSchema.parse(input)` when zod would accept `input` without changing a value;
 * otherwise `undefined` (run zod). The schema's one refinement, the cross-field rules, is run here
 * as zod runs it on its output (a test holds the schema to that one refinement).
 */
export function canonicalEntryValues(input: unknown): EntryValues | undefined {
  const out = canonicalCopy(ENTRY_INPUT, input);
  if (out === undefined) return undefined;
  // Any issue, or a rule this context cannot serve, is zod's to report.
  let refused = false;
  const ctx = { addIssue: () => void (refused = true) } as unknown as z.RefinementCtx;
  try {
    entryRules(out as Parameters<typeof entryRules>[0], ctx);
  } catch {
    return undefined;
  }
  return refused ? undefined : (out as EntryValues);
}

/** Whether `sharedEntrySchema` would return a pulled shared entry exactly as it is (it has no refinement). */
export function isCanonicalSharedEntry(entry: unknown): boolean {
  return isCanonical(SHARED_ENTRY, entry);
}

/** Whether `dataItemSchema` would return a data item exactly as it is. */
export function isCanonicalItem(item: unknown): boolean {
  return isCanonical(ITEM, item);
}
