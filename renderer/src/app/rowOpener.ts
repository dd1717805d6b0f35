import type { HTMLAttributes, KeyboardEvent } from 'react';

/**
 * Props of a table row (or list item) that opens a drawer: pressed with the mouse, or with Enter
 * or Space once it has focus, so the row is in the Tab order like any other control. When the
 * drawer closes, focus returns to the row (overlayFocus.ts).
 */
export function rowOpener(open: () => void): HTMLAttributes<HTMLElement> {
  return {
    onClick: open,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      // Keys pressed on a control inside the row are that control's.
      if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      open();
    },
    tabIndex: 0,
  };
}
