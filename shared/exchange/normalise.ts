/**
 * Cell text as officers type it: full-width letters and digits, full-width spaces, stray spaces
 * and line breaks. Free text is only trimmed (a name keeps its full-width brackets so that export →
 * import is exact); codes, lengths, dates and labels are folded to half-width.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  // Most cells have none: a test is cheaper than two replaces that copy the string.
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The comparison key of a header or a label: half-width, no spaces or required marks, lower case. */
export function labelKey(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s*＊]/g, '')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')')
    .replace(/：/g, ':')
    .toLowerCase();
}

/** Free text: trimmed, line breaks inside kept. */
export function cleanText(s: string): string {
  return s.trim();
}

const SPACE = /\s/;

/** Codes and technical names: half-width, no spaces at all. */
export function cleanAscii(s: string): string {
  const half = toHalfWidth(s);
  return SPACE.test(half) ? half.replace(/\s+/g, '') : half;
}

/** 数据长度 as typed: `18，2` becomes `18,2`; spaces dropped. */
export function cleanLength(s: string): string {
  const half = toHalfWidth(s);
  return SPACE.test(half) ? half.replace(/\s+/g, '') : half;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The day of a real Date: its parts need no second check, only the year range (a Date per cell is GC work). */
function isoOf(dt: Date): string | undefined {
  const y = dt.getUTCFullYear();
  if (y < 1900 || y > 2999) return undefined;
  return `${y}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

/** Excel stores dates as days since 1899-12-30 (the 1900 leap-year bug folded in). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 401768) return undefined;
  return isoOf(new Date(Math.round((Math.floor(serial) - 25569) * 86400000)));
}

/** A Date read from a cell: exceljs gives dates at UTC midnight. */
export function dateToIso(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return isoOf(d);
}

/**
 * Dates typed as text: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, or an Excel serial
 * typed as text. Returns undefined when it is not a real date.
 */
export function textToIsoDate(raw: string): string | undefined {
  const s = toHalfWidth(raw).trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return undefined;
}
