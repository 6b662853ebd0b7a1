/**
 * A counter that changes whenever the HyperFormula instance (or an extra source such as
 * a number-format store) reports a change, so components re-render after any edit,
 * whoever made it (the grid, the task pane's adapter, a respill).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { HyperFormula } from 'hyperformula';

const HF_EVENTS = [
  'valuesUpdated',
  'sheetAdded',
  'sheetRemoved',
  'sheetRenamed',
  'namedExpressionAdded',
  'namedExpressionRemoved',
  'evaluationResumed',
] as const;

export type Subscribe = (listener: () => void) => () => void;

const versions = new WeakMap<HyperFormula, { value: number }>();

function counter(hf: HyperFormula): { value: number } {
  let c = versions.get(hf);
  if (!c) {
    c = { value: 0 };
    versions.set(hf, c);
  }
  return c;
}

export function useHfVersion(hf: HyperFormula, extra?: Subscribe): number {
  const subscribe = useCallback(
    (listener: () => void) => {
      const c = counter(hf);
      const bump = () => {
        c.value++;
        listener();
      };
      for (const event of HF_EVENTS) hf.on(event, bump);
      const stopExtra = extra?.(bump);
      return () => {
        for (const event of HF_EVENTS) hf.off(event, bump);
        stopExtra?.();
      };
    },
    [hf, extra],
  );
  return useSyncExternalStore(subscribe, () => counter(hf).value);
}
