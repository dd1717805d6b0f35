import { checkSampleValue } from './samples';
import { mapSqlType } from './sql-types';
import { itemName, type DockedItem, type DockingProblem, type DockingResult } from './types';

/**
 * 松江 system docking (regulation 004 art. 9): data items from the `CREATE TABLE` script of a
 * system's database — MySQL, PostgreSQL, Oracle and 达梦 for the common types. Column comments
 * (inline `COMMENT '…'` or `COMMENT ON COLUMN t.c IS '…'`) become item names, the column name is
 * kept as the technical name, primary keys are flagged. A hand-written scanner rather than a SQL
 * grammar: dumps mix dialects and vendor options, and a line it cannot read is reported by number
 * while the rest is still read.
 */

/** Blanks comments out (keeping newlines, so offsets keep their line numbers), leaving strings intact. */
function stripComments(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    if (c === "'" || c === '"' || c === '`') {
      const end = closingQuote(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '-' && next === '-') {
      while (i < sql.length && sql[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '#' && (i === 0 || sql[i - 1] === '\n')) {
      while (i < sql.length && sql[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end < 0 ? sql.length : end + 2;
      out += sql.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the quote that closes the one at `start` (doubled quotes escape, as do backslashes in MySQL). */
function closingQuote(s: string, start: number): number {
  const q = s[start];
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === '\\' && q === "'") i += 2;
    else if (s[i] === q) {
      if (s[i + 1] === q) i += 2;
      else return i + 1;
    } else i++;
  }
  return s.length;
}

function unquoteString(s: string): string {
  return s.slice(1, -1).replace(/''/g, "'").replace(/\\'/g, "'");
}

/** `schema`.`t`, "S"."T", [t] or T → t (the last part, quotes removed). */
function identifier(raw: string): string {
  const parts = raw.split('.').map((p) => p.trim().replace(/^[`"[]|[`"\]]$/g, ''));
  return parts[parts.length - 1] ?? raw;
}

/** Line numbers by offset: binary search over line starts, so a large dump stays linear. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Splits a table body at top-level commas, with each part's offset. */
function splitDefinitions(body: string, base: number): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === "'" || c === '"' || c === '`') {
      i = closingQuote(body, i);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push({ text: body.slice(start, i), offset: base + start });
      start = i + 1;
    }
    i++;
  }
  parts.push({ text: body.slice(start), offset: base + start });
  return parts
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { text: p.text.trim(), offset: p.offset + lead };
    })
    .filter((p) => p.text !== '');
}

/** Index of the parenthesis closing the one at `open`, or -1. */
function matchingParen(s: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < s.length) {
    const c = s[i];
    if (c === "'" || c === '"' || c === '`') {
      i = closingQuote(s, i);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    i++;
  }
  return -1;
}

const CONSTRAINT = /^(constraint\b|primary\s+key\b|unique\b|key\b|index\b|foreign\s+key\b|check\b|fulltext\b|spatial\b|exclude\b|period\s+for\b|like\b)/i;
const PK_COLUMNS = /primary\s+key\s*(?:using\s+\w+\s*)?\(([^)]*)\)/i;
const IDENT = /^(`[^`]+`|"(?:[^"]|"")+"|\[[^\]]+\]|[\p{L}_][\p{L}\p{N}_$#]*)/u;
const TYPE = /^(double\s+precision|character\s+varying|char\s+varying|national\s+char(?:acter)?(?:\s+varying)?|long\s+raw|long\s+varchar|[a-z_][a-z0-9_]*)/i;
const TIME_ZONE = /^\s*with(?:out)?\s+(?:local\s+)?time\s+zone/i;

interface Column {
  item: DockedItem;
  line: number;
}

function parseColumn(def: string, table: string, line: number, problems: DockingProblem[]): Column | undefined {
  const id = IDENT.exec(def);
  if (!id) {
    problems.push({ line, code: 'unparsedLine', text: def.slice(0, 200) });
    return undefined;
  }
  const column = identifier(id[1] as string);
  let rest = def.slice(id[0].length).trimStart();
  const typeMatch = TYPE.exec(rest);
  if (!typeMatch) {
    problems.push({ line, code: 'unparsedLine', text: def.slice(0, 200) });
    return undefined;
  }
  let typeName = typeMatch[1] as string;
  rest = rest.slice(typeMatch[0].length);
  let args: string | undefined;
  const paren = /^\s*\(/.exec(rest);
  if (paren) {
    const close = matchingParen(rest, paren[0].length - 1);
    if (close > 0) {
      args = rest.slice(paren[0].length, close);
      rest = rest.slice(close + 1);
    }
  }
  const tz = TIME_ZONE.exec(rest);
  if (tz) {
    typeName += ' with time zone';
    rest = rest.slice(tz[0].length);
  }
  const mapped = mapSqlType(typeName, args);
  if (!mapped.known) problems.push({ line, code: 'unknownType', text: def.slice(0, 200), params: { type: typeName } });
  const comment = /\bcomment\s*(?:=\s*)?('(?:[^'\\]|''|\\.)*')/i.exec(rest);
  const item: DockedItem = {
    table,
    name: itemName(comment ? unquoteString(comment[1] as string) : undefined, column),
    nameEn: column,
    type: mapped.type,
    ...(mapped.length ? { length: mapped.length } : {}),
  };
  if (/\bprimary\s+key\b/i.test(rest)) item.isKey = true;
  return { item, line };
}

export function parseDdl(text: string): DockingResult {
  const problems: DockingProblem[] = [];
  const sql = stripComments(text.replace(/^\uFEFF/, ''));
  const lineAt = lineIndex(sql);
  const tables = new Map<string, Map<string, Column>>();
  const order: Column[] = [];
  const create = /\bcreate\s+(?:or\s+replace\s+)?(?:(?:global\s+|local\s+)?temp(?:orary)?\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[\p{L}\p{N}_$#]+)(?:\s*\.\s*(?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[\p{L}\p{N}_$#]+))*)\s*\(/giu;
  let m: RegExpExecArray | null;
  while ((m = create.exec(sql))) {
    const table = identifier((m[1] as string).replace(/\s+/g, ''));
    const open = m.index + m[0].length - 1;
    const close = matchingParen(sql, open);
    if (close < 0) {
      problems.push({ line: lineAt(m.index), code: 'unclosed', text: m[0].trim() });
      break;
    }
    const columns = new Map<string, Column>();
    const keys: string[] = [];
    for (const def of splitDefinitions(sql.slice(open + 1, close), open + 1)) {
      const line = lineAt(def.offset);
      if (CONSTRAINT.test(def.text)) {
        const pk = PK_COLUMNS.exec(def.text);
        if (pk) keys.push(...(pk[1] as string).split(',').map((c) => identifier(c.trim().split(/\s+/)[0] ?? '').toLowerCase()));
        continue;
      }
      const col = parseColumn(def.text, table, line, problems);
      if (col) {
        columns.set(col.item.nameEn.toLowerCase(), col);
        order.push(col);
      }
    }
    for (const k of keys) {
      const col = columns.get(k);
      if (col) col.item.isKey = true;
    }
    tables.set(table.toLowerCase(), columns);
    create.lastIndex = close + 1;
  }
  if (tables.size === 0) problems.push({ line: 1, code: text.trim() ? 'noTable' : 'emptyInput', text: '' });

  // PostgreSQL / Oracle / 达梦: COMMENT ON COLUMN [schema.]table.column IS '…';
  const commentOn = /\bcomment\s+on\s+column\s+([^\s]+)\s+is\s+('(?:[^']|'')*')/gi;
  while ((m = commentOn.exec(sql))) {
    const path = (m[1] as string).split('.');
    const column = identifier(path[path.length - 1] ?? '').toLowerCase();
    const table = identifier(path[path.length - 2] ?? '').toLowerCase();
    const col = tables.get(table)?.get(column);
    if (!col) {
      problems.push({ line: lineAt(m.index), code: 'unknownComment', text: m[0].slice(0, 200), params: { column: m[1] as string } });
      continue;
    }
    col.item.name = itemName(unquoteString(m[2] as string), col.item.nameEn);
  }
  checkInsertedValues(sql, tables, lineAt, problems);
  return { items: order.map((c) => c.item), problems };
}

const INSERT = /\binsert\s+into\s+((?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[\p{L}\p{N}_$#]+)(?:\s*\.\s*(?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[\p{L}\p{N}_$#]+))*)\s*(\([^)]*\))?\s*values\s*/giu;

/** The sample rows of a dump (`INSERT INTO t [(cols)] VALUES (…), (…)`) of the tables it creates: their values are checked. */
function checkInsertedValues(sql: string, tables: Map<string, Map<string, Column>>, lineAt: (offset: number) => number, problems: DockingProblem[]): void {
  let m: RegExpExecArray | null;
  while ((m = INSERT.exec(sql))) {
    const columns = tables.get(identifier((m[1] as string).replace(/\s+/g, '')).toLowerCase());
    if (!columns) continue;
    const named = m[2] ? (m[2] as string).slice(1, -1).split(',').map((c) => identifier(c.trim()).toLowerCase()) : [...columns.keys()];
    let at = m.index + m[0].length;
    // One tuple after another, separated by commas, up to the statement's end.
    while (sql[at] === '(') {
      const close = matchingParen(sql, at);
      if (close < 0) break;
      splitDefinitions(sql.slice(at + 1, close), at + 1).forEach((value, k) => {
        const col = columns.get(named[k] ?? '');
        if (!col) return;
        // A string literal, or a bare number (an identity number kept in a numeric column).
        const text = /^'/.test(value.text) ? unquoteString(value.text) : /^\d+$/.test(value.text) ? value.text : undefined;
        if (text !== undefined) checkSampleValue(col.item, text, lineAt(value.offset), problems);
      });
      at = close + 1;
      while (/\s/.test(sql[at] ?? '')) at++;
      if (sql[at] !== ',') break;
      at++;
      while (/\s/.test(sql[at] ?? '')) at++;
    }
    INSERT.lastIndex = Math.max(INSERT.lastIndex, at);
  }
}
