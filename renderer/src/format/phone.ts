/**
 * A telephone number as people write it in China: a mobile in 3-4-4 groups (`138 1234 5678`), a
 * fixed line with its area code set off by a hyphen (`0379-65123456`, `010-12345678`). Anything
 * else (an extension, a foreign number) is shown as typed.
 */
export function formatPhone(value: string | undefined | null): string {
  if (!value) return '';
  const typed = value.trim();
  const digits = typed.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return typed;
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^0\d{9,11}$/.test(digits)) {
    // Beijing, Tianjin and the 02x cities have three-digit area codes; the rest four.
    const area = /^0(10|2\d)/.test(digits) ? 3 : 4;
    return `${digits.slice(0, area)}-${digits.slice(area)}`;
  }
  return typed;
}
