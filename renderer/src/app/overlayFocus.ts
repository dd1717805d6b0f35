/**
 * Focus for every drawer and dialog of the app, in one place rather than in each screen: when one
 * opens, focus moves into it (to the first field of its form, when it has one); when it closes,
 * focus returns to the control that opened it, so the drawer beneath (nested drawers) has focus
 * again and Escape closes it in turn. Drawers opened from a table row return to that row.
 */
const OVERLAY = '.ant-drawer.ant-drawer-open, .ant-modal-wrap';
const FIELD =
  'input:not([type="hidden"]):not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly]), .ant-select:not(.ant-select-disabled) input';

/** Controls focus may rest on other than fields; the close buttons are where antd starts, not a choice. */
const CONTROL = 'button:not(.ant-drawer-close):not(.ant-modal-close), [role="switch"], [role="checkbox"], a[href]';

interface Open {
  el: HTMLElement;
  opener: HTMLElement | undefined;
}

function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

function openOverlays(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(OVERLAY)].filter((el) => (el.classList.contains('ant-modal-wrap') ? el.style.display !== 'none' && visible(el) : true));
}

/** Where focus goes inside a newly opened overlay: its form's first field, else its panel. */
function focusInside(el: HTMLElement): void {
  // Already on a control inside (a field, or the switch a finding's link landed on): leave it there.
  const active = document.activeElement;
  if (active && el.contains(active) && (active.matches(FIELD) || active.matches(CONTROL))) return;
  const form = el.querySelector('form');
  const field = form ? [...form.querySelectorAll<HTMLElement>(FIELD)].find(visible) : undefined;
  if (field) field.focus();
  else {
    // No field: the panel itself, so Escape and Tab work from inside it.
    focusPanel(el);
  }
}

function focusPanel(el: HTMLElement): void {
  const panel = el.querySelector<HTMLElement>('.ant-drawer-section, .ant-drawer-content, .ant-modal-section, .ant-modal-content');
  if (!panel || panel.contains(document.activeElement)) return;
  if (!panel.hasAttribute('tabindex')) panel.setAttribute('tabindex', '-1');
  panel.focus({ preventScroll: true });
}

/** A table row re-rendered while its drawer was open: the same row by its key. */
function again(opener: HTMLElement | undefined): HTMLElement | undefined {
  const key = opener?.closest('[data-row-key]')?.getAttribute('data-row-key');
  return key ? (document.querySelector<HTMLElement>(`tr[data-row-key="${CSS.escape(key)}"]`) ?? undefined) : undefined;
}

export function startOverlayFocus(root: Document = document): () => void {
  const stack: Open[] = [];
  let lastFocus: HTMLElement | undefined;
  let lastPointer: { el: HTMLElement; at: number } | undefined;

  const onFocus = (e: FocusEvent) => {
    const t = e.target as HTMLElement;
    if (t && t !== root.body && !openOverlays().some((o) => o.contains(t) && !stack.some((s) => s.el === o))) lastFocus = t;
  };
  const onPointer = (e: PointerEvent) => {
    const t = (e.target as HTMLElement | null)?.closest<HTMLElement>('button, a, [role="button"], [tabindex], tr');
    // Remember the row rather than a cell's part (a name drawn as a link without an address cannot
    // take focus): a row is what reopens the same thing.
    if (t && t.tagName !== 'TR' && t.closest('tr[data-row-key]') && !t.matches('button, a[href]')) {
      lastPointer = { el: t.closest<HTMLElement>('tr[data-row-key]')!, at: Date.now() };
      return;
    }
    if (t) lastPointer = { el: t, at: Date.now() };
  };

  const sync = () => {
    const open = openOverlays();
    // Closed: give focus back to what opened it, or to the overlay beneath.
    for (let i = stack.length - 1; i >= 0; i--) {
      const s = stack[i]!;
      if (open.includes(s.el) && s.el.isConnected) continue;
      stack.splice(i, 1);
      if (i !== stack.length) continue;
      const back = (s.opener?.isConnected ? s.opener : again(s.opener)) ?? stack.at(-1)?.el;
      if (back?.matches(OVERLAY)) {
        // The overlay beneath (its opener was inside it and is gone, say a button the action removed):
        // its panel, so Escape closes it in turn.
        focusPanel(back);
      } else if (back) {
        if (back.tagName === 'TR' && !back.hasAttribute('tabindex')) back.setAttribute('tabindex', '-1');
        back.focus({ preventScroll: true });
      }
    }
    // Opened: remember the opener (the control pressed just now, else the last focused one) and move in.
    for (const el of open) {
      if (stack.some((s) => s.el === el)) continue;
      const pressed = lastPointer && Date.now() - lastPointer.at < 5000 && !el.contains(lastPointer.el) ? lastPointer.el : undefined;
      stack.push({ el, opener: pressed ?? (lastFocus && !el.contains(lastFocus) ? lastFocus : undefined) });
      // After the open animation has mounted the form.
      setTimeout(() => focusInside(el), 120);
    }
  };

  // Many class changes per frame (animations, virtual tables): look once per frame.
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      sync();
    });
  });
  observer.observe(root.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'style'] });
  root.addEventListener('focusin', onFocus, true);
  root.addEventListener('pointerdown', onPointer, true);
  return () => {
    observer.disconnect();
    root.removeEventListener('focusin', onFocus, true);
    root.removeEventListener('pointerdown', onPointer, true);
  };
}
