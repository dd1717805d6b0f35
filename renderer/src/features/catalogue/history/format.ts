/** A field value of a revision as text: empty shows as a dash, lists and objects compactly. */
export function formatValue(value: unknown, separator = ', '): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(separator);
  return JSON.stringify(value);
}

/**
 * The i18n key of a revision's action: `catalogue.setState:ready` → `setState.ready`,
 * `catalogue.restore:r3` → `restore`, `sync.submitted` → `submitted`.
 */
export function actionKey(action: string): { key: string; revision?: number } {
  const [what = '', arg] = action.split(':');
  const verb = what.split('.').pop() ?? what;
  if (verb === 'restore' && arg?.startsWith('r')) return { key: 'restore', revision: Number(arg.slice(1)) };
  return { key: arg && verb === 'setState' ? `setState.${arg}` : verb };
}
