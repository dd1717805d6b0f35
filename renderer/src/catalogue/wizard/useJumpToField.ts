import { useEffect, useState } from 'react';

/** Candidate elements for a path, most precise first: `items.2.sensitive` falls back to `items.2.name`, then `items`. */
function fieldElement(root: HTMLElement, path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = root.querySelector<HTMLElement>(`[data-field="${parts.slice(0, n).join('.')}"]`);
    if (el) return el;
    if (n === 3 && parts[0] === 'items') {
      const row = root.querySelector<HTMLElement>(`[data-field="items.${parts[1]}.name"]`);
      if (row) return row;
    }
  }
  return null;
}

/**
 * Brings a field into view and focus once its step has rendered; the field flashes briefly so the
 * officer sees where a review link led.
 */
export function useJumpToField(root: () => HTMLElement | null, renderedStep: string) {
  const [target, setTarget] = useState<string>();
  useEffect(() => {
    if (!target) return;
    const frame = requestAnimationFrame(() => {
      const el = root() ? fieldElement(root()!, target) : null;
      setTarget(undefined);
      if (!el) return;
      el.scrollIntoView({ block: 'center' });
      el.querySelector<HTMLElement>('input, textarea, .ant-select-selector, .ant-cascader-selector')?.focus();
      el.classList.add('field-flash');
      setTimeout(() => el.classList.remove('field-flash'), 1600);
    });
    return () => cancelAnimationFrame(frame);
  }, [target, renderedStep, root]);
  return setTarget;
}
