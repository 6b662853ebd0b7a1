/**
 * Keyboard focus around the pane's dialogs: the safe choice has the focus when a dialog
 * opens, and when it closes the focus goes back to the control that opened it (or, when
 * that control has gone — a renamed or deleted scenario — to the nearest one that stands
 * for it), never to the page body.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Focuses `target` once the dialog has opened. Fluent's Dialog focuses its first focusable
 * element in its own effect; this effect belongs to the component that renders the Dialog,
 * so it runs after it (React runs a parent's effects after its children's).
 */
export function useInitialFocus(target: RefObject<HTMLElement | null>, when = true): void {
  useEffect(() => {
    if (when) target.current?.focus();
  }, [target, when]);
}

export interface FocusReturn {
  /** Call when a dialog opens: remembers the focused control. */
  readonly remember: () => void;
  /** Where to go if that control is gone when the dialog closes (evaluated then). */
  readonly setFallback: (find: () => HTMLElement | null | undefined) => void;
}

function focusable(el: Element | null | undefined): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && !el.hasAttribute('disabled') && el.getAttribute('aria-disabled') !== 'true';
}

/**
 * Returns focus when `open` turns false and the pane is no longer busy (its buttons are
 * disabled while an action runs). `root` gives a last resort inside the pane.
 */
export function useFocusReturn(open: boolean, busy: boolean, root: RefObject<HTMLElement | null>): FocusReturn {
  const opener = useRef<Element | null>(null);
  const fallback = useRef<(() => HTMLElement | null | undefined) | undefined>(undefined);
  const pending = useRef(false);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) wasOpen.current = true;
    if (open || busy || !pending.current) return;
    const doc = root.current?.ownerDocument;
    const lost = doc !== undefined && (doc.activeElement === null || doc.activeElement === doc.body);
    // No dialog opened (yet): step in only if the focus was lost (the control went away).
    if (!wasOpen.current && !lost) return;
    const candidates = [opener.current, fallback.current?.(), root.current?.querySelector('h2')];
    const target = candidates.find(focusable);
    if (target) {
      if (target.tagName === 'H2' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
    if (wasOpen.current) {
      pending.current = false;
      wasOpen.current = false;
      opener.current = null;
      fallback.current = undefined;
    }
  }, [open, busy, root]);

  const remember = useCallback(() => {
    opener.current = root.current?.ownerDocument.activeElement ?? null;
    fallback.current = undefined;
    pending.current = true;
    wasOpen.current = false;
  }, [root]);
  const setFallback = useCallback((find: () => HTMLElement | null | undefined) => {
    fallback.current = find;
  }, []);
  return { remember, setFallback };
}
