/**
 * Identifier checksums: 统一社会信用代码 (GB 32100-2015), 组织机构代码 (GB 11714)
 * and 居民身份证号码 (GB 11643-1999). Pure functions, no I/O.
 */

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type UsccProblem = 'length' | 'alphabet' | 'checksum';

/** Upper-cases and strips spaces and full-width characters, as officers paste codes from documents. */
export function normaliseCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .toUpperCase();
}

export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return undefined;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Returns undefined when the code is a valid 统一社会信用代码, else what is wrong with it. */
export function checkUscc(raw: string): UsccProblem | undefined {
  const code = normaliseCode(raw);
  if (code.length !== 18) return 'length';
  for (const c of code) if (!USCC_ALPHABET.includes(c)) return 'alphabet';
  return usccCheckChar(code.slice(0, 17)) === code.charAt(17) ? undefined : 'checksum';
}

export function isValidUscc(raw: string): boolean {
  return checkUscc(raw) === undefined;
}

/** GB 11714 check character of an 8-character organisation code body. */
export function orgCodeCheckChar(body: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body.charAt(i);
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A=10 … Z=35
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** The organisation code inside a USCC (positions 9–17) — a warning only: the USCC's own check decides. */
export function usccOrgCodeValid(raw: string): boolean {
  const code = normaliseCode(raw);
  if (code.length !== 18) return false;
  return orgCodeCheckChar(code.slice(8, 16)) === code.charAt(16);
}

export type ResidentIdProblem = 'length' | 'format' | 'birthDate' | 'checksum' | 'legacy15';

export function checkResidentId(raw: string, today: Date = new Date()): ResidentIdProblem | undefined {
  const id = normaliseCode(raw);
  if (/^\d{15}$/.test(id)) return 'legacy15';
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return 'birthDate';
  if (y < 1800 || birth.getTime() > today.getTime()) return 'birthDate';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id.charAt(i)) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK.charAt(sum % 11) === id.charAt(17) ? undefined : 'checksum';
}
