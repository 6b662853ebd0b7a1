/**
 * Insert, connected to the workbook: the catalogue from the function registry, Insert and
 * "Use cell" through the host, and the workbook's defined names — read when the pane opens
 * and again whenever the focus comes into the form, so a name added since (by Set up, or a
 * colleague) is read as a reference, not quoted as text.
 */
import { useCallback, useEffect, useState, type FocusEvent } from 'react';
import { REGISTRY } from '../../functions/registry';
import type { CellHost } from '../cells';
import { InsertFunction } from './InsertFunction';

export interface InsertCellProps {
  readonly host: Pick<CellHost, 'insertFormula' | 'selectionAddress' | 'definedNames'>;
  readonly initialFunction?: string;
}

export function InsertCell({ host, initialFunction }: InsertCellProps) {
  const [names, setNames] = useState<readonly string[]>([]);
  const readNames = useCallback(() => {
    host.definedNames().then(setNames, (e: unknown) => console.warn('The defined names could not be read:', e));
  }, [host]);
  useEffect(readNames, [readNames]);

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) readNames();
  };
  return (
    <div onFocus={onFocus}>
      <InsertFunction
        catalogue={REGISTRY}
        names={names}
        onInsert={(formula) => host.insertFormula(formula)}
        onPickCell={() => host.selectionAddress()}
        initialFunction={initialFunction}
      />
    </div>
  );
}
