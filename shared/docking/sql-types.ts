import type { DataItemType } from '../domain/enums';

/**
 * SQL column types of MySQL, PostgreSQL, Oracle and 达梦 (DM, Oracle-like) mapped to the 11
 * national item types (字符型C … 浮点型F). Lengths are kept as written (`18,2` for numbers); types with
 * a fixed size get the digits or characters they hold, so an item never lacks a length needlessly.
 */
const MAP: Record<string, DataItemType> = {};
const put = (type: DataItemType, ...names: string[]) => names.forEach((n) => (MAP[n] = type));
put('C', 'varchar', 'varchar2', 'nvarchar', 'nvarchar2', 'char', 'nchar', 'character', 'character varying', 'char varying', 'national char', 'national character', 'national character varying', 'string', 'uuid', 'enum', 'set', 'bpchar', 'citext', 'rowid', 'urowid', 'inet', 'cidr');
put('M', 'text', 'tinytext', 'mediumtext', 'longtext', 'clob', 'nclob', 'long', 'long varchar', 'json', 'jsonb', 'xml', 'xmltype', 'ntext');
put('N', 'number', 'numeric', 'decimal', 'dec', 'year');
put('I', 'int', 'integer', 'bigint', 'smallint', 'tinyint', 'mediumint', 'int2', 'int4', 'int8', 'serial', 'bigserial', 'smallserial', 'pls_integer', 'byte');
put('F', 'float', 'real', 'float4', 'binary_float');
put('B', 'double', 'double precision', 'float8', 'binary_double');
put('Y', 'money', 'smallmoney');
put('D', 'date');
put('T', 'datetime', 'datetime2', 'smalldatetime', 'timestamp', 'timestamptz', 'time', 'timetz', 'interval');
put('L', 'boolean', 'bool', 'bit');
put('G', 'blob', 'tinyblob', 'mediumblob', 'longblob', 'bytea', 'binary', 'varbinary', 'raw', 'long raw', 'image', 'bfile', 'geometry', 'point');

/** Storage digits of types written without a length (integer widths, YYYYMMDD, YYYYMMDDhhmmss). */
const IMPLIED_LENGTH: Partial<Record<string, string>> = {
  tinyint: '3', smallint: '5', int2: '5', mediumint: '8', int: '10', integer: '10', int4: '10', serial: '10',
  bigint: '19', int8: '19', bigserial: '19', smallserial: '5', date: '8', datetime: '14', timestamp: '14', timestamptz: '14',
  boolean: '1', bool: '1', bit: '1', year: '4',
};

export interface MappedType {
  type: DataItemType;
  length?: string;
  known: boolean;
}

/** A length the model accepts (`20`, `18,2`): digits only, 5 before and 2 after the comma at most. */
function cleanLength(args: string | undefined): string | undefined {
  if (!args) return undefined;
  const parts = args.split(',').map((p) => p.trim().replace(/\s+(byte|char)$/i, ''));
  const [p, s] = parts;
  if (!p || !/^\d{1,5}$/.test(p)) return undefined;
  if (s === undefined) return p;
  return /^\d{1,2}$/.test(s) ? `${p},${s}` : p;
}

/** Maps a type name (any case, spaces folded) and its parenthesised arguments. Unknown types read as C. */
export function mapSqlType(rawName: string, args?: string): MappedType {
  const name = rawName.toLowerCase().replace(/\s+/g, ' ').replace(/ unsigned$| zerofill$/g, '').trim();
  const base = name.replace(/ with(out)? time zone$/, '');
  let type = MAP[base];
  const known = type !== undefined;
  type ??= 'C';
  // MySQL's tinyint(1) is its boolean.
  if (base === 'tinyint' && args?.trim() === '1') return { type: 'L', length: '1', known };
  // For time types the argument is fractional-second precision, not a length.
  const timeLike = type === 'T' || type === 'D';
  const length = (timeLike ? undefined : cleanLength(args)) ?? IMPLIED_LENGTH[base];
  return length ? { type, length, known } : { type, known };
}
