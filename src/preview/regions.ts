/**
 * F6 / Shift+F6 move the focus between the page's areas (formula bar, grid, sheet tabs,
 * task pane), as in Excel, so the grid (where Tab moves between cells) never traps a
 * keyboard user. Areas are elements marked `data-region`.
 */
import { useEffect } from 'react';

const FOCUSABLE = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"]), a[href]';

function firstFocusable(region: HTMLElement): HTMLElement | null {
  if (region.tabIndex >= 0 && region.matches('[tabindex]')) return region;
  const selected = region.querySelector<HTMLElement>('[aria-selected="true"][role="tab"]');
  if (selected) return selected;
  return region.querySelector<HTMLElement>(FOCUSABLE);
}

export function focusNextRegion(backwards: boolean, root: ParentNode = document): boolean {
  const regions = Array.from(root.querySelectorAll<HTMLElement>('[data-region]'));
  if (regions.length === 0) return false;
  const active = document.activeElement;
  const current = regions.findIndex((r) => active !== null && r.contains(active));
  for (let step = 1; step <= regions.length; step++) {
    const index = (current + (backwards ? -step : step) + regions.length * 2) % regions.length;
    const target = firstFocusable(regions[index]);
    if (target) {
      target.focus();
      return true;
    }
  }
  return false;
}

export function useF6Regions(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'F6') return;
      if (focusNextRegion(e.shiftKey)) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
