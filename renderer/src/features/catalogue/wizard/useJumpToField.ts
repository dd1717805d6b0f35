import { useCallback, useEffect, useState } from 'react';

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
  // An object, so that looking again for the same path runs the effect again.
  const [jump, setJump] = useState<{ path: string }>();
  useEffect(() => {
    if (!jump) return;
    const target = jump.path;
    const frame = requestAnimationFrame(() => {
      const el = root() ? fieldElement(root()!, target) : null;
      // An item's own attributes sit in its folded row: unfold it and look again once it rendered.
      const fold = el && el.dataset.field !== target ? el.closest('tr')?.querySelector<HTMLElement>('.item-overrides-toggle[aria-expanded="false"]') : null;
      // An optional extension sits in a wizard step's folded "more" panel: unfold that likewise.
      const folded = fold ?? el?.closest('.ant-collapse-item:not(.ant-collapse-item-active)')?.querySelector<HTMLElement>('.ant-collapse-header');
      if (folded) {
        folded.click();
        setJump({ path: target });
        return;
      }
      setJump(undefined);
      if (!el) return;
      el.scrollIntoView({ block: 'center' });
      el.querySelector<HTMLElement>('input, textarea, [role="switch"], .ant-select-selector, .ant-cascader-selector')?.focus();
      el.classList.add('field-flash');
      setTimeout(() => el.classList.remove('field-flash'), 1600);
    });
    return () => cancelAnimationFrame(frame);
  }, [jump, renderedStep, root]);
  return useCallback((path: string | undefined) => setJump(path ? { path } : undefined), []);
}
