/**
 * A unified social credit code (统一社会信用代码) spaced for reading along its own parts:
 * registration authority and type (2), administrative division (6), organisation code (9), check
 * character (1): `12 320100 671322000 Q`. Copying takes the code without spaces (`usccCopy`).
 */
export function formatUscc(value: string | undefined | null): string {
  if (!value) return '';
  const code = value.replace(/\s/g, '');
  if (code.length !== 18) return value;
  return `${code.slice(0, 2)} ${code.slice(2, 8)} ${code.slice(8, 17)} ${code.slice(17)}`;
}

/** The code as it is stored and typed into other systems: no spaces. */
export function usccCopy(value: string): string {
  return value.replace(/\s/g, '');
}
