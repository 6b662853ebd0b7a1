/**
 * The Explain panel's steps and result: the arithmetic step by step (grouped, e.g. by a
 * projection's year, the selected group first and open) and the result, a value or a table.
 */
import { type ReactElement, type ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from './table';
import { isError, type Explanation, type Matrix, type Scalar } from '../../engine';
import { EXPLAIN } from '../../explain/messages';
import { show, useStyles } from './styles';

/** Children as they are, or inside a closed native disclosure (keyboard-operable, no script). */
export function Collapsible({ collapsed, summary, open, children }: { collapsed: boolean; summary: string; open?: boolean; children: ReactNode }) {
  const styles = useStyles();
  if (!collapsed) return <>{children}</>;
  return (
    <details className={styles.details} open={open}>
      <summary className={styles.summary}>{summary}</summary>
      {children}
    </details>
  );
}

function StepRows({ steps, grouped }: { steps: Explanation['steps']; grouped: boolean }) {
  const styles = useStyles();
  const rows: ReactElement[] = [];
  let group: string | undefined;
  steps.forEach((s, i) => {
    if (s.group !== group) {
      group = s.group;
      if (group !== undefined && grouped) {
        rows.push(
          <TableRow key={`group-${i}`} className={styles.group}>
            <TableCell colSpan={3}>{group}</TableCell>
          </TableRow>,
        );
      }
    }
    rows.push(
      <TableRow key={i}>
        <TableCell>{s.label}</TableCell>
        <TableCell className={styles.expression}>{s.expression}</TableCell>
        <TableCell className={styles.number}>{show(s.value)}</TableCell>
      </TableRow>,
    );
  });
  return <>{rows}</>;
}

function StepTable({ label, steps, grouped }: { label: string; steps: Explanation['steps']; grouped: boolean }) {
  const styles = useStyles();
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Step</TableHeaderCell>
          <TableHeaderCell>Working</TableHeaderCell>
          <TableHeaderCell className={styles.value}>Value</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        <StepRows steps={steps} grouped={grouped} />
      </TableBody>
    </Table>
  );
}

export function Steps({ e, selectedGroup }: { e: Explanation; selectedGroup?: string }) {
  const groups = [...new Set(e.steps.map((s) => s.group))];
  if (groups.every((g) => g === undefined)) {
    return (
      <>
        <Subtitle2 as="h3">{EXPLAIN.headingSteps}</Subtitle2>
        <StepTable label={EXPLAIN.headingSteps} steps={e.steps} grouped />
      </>
    );
  }
  // The selected row's group first and open; the others closed, in order.
  const first = selectedGroup !== undefined && groups.includes(selectedGroup) ? selectedGroup : groups.find((g) => g !== undefined);
  const ordered = [first, ...groups.filter((g) => g !== first && g !== undefined)];
  const common = e.steps.filter((s) => s.group === undefined);
  return (
    <>
      <Subtitle2 as="h3">{EXPLAIN.headingSteps}</Subtitle2>
      {common.length > 0 && <StepTable label={EXPLAIN.headingSteps} steps={common} grouped={false} />}
      {ordered.map((g) => {
        const steps = e.steps.filter((s) => s.group === g);
        const label = g === undefined ? EXPLAIN.headingSteps : `${EXPLAIN.headingSteps}: ${g}`;
        return (
          <Collapsible key={g ?? ''} collapsed summary={g ?? EXPLAIN.headingSteps} open={g === first}>
            <StepTable label={label} steps={steps} grouped={false} />
          </Collapsible>
        );
      })}
    </>
  );
}

/** The row of a table result whose first cell is `row` (never the header), or -1. */
export function rowOf(r: Explanation['result'], row: string | undefined): number {
  if (row === undefined || isError(r) || !Array.isArray(r)) return -1;
  return (r as Matrix).findIndex((cells, i) => i > 0 && String(cells[0]) === row);
}

/** The result; of a table whose rows name step groups, only the `row` named (the whole table follows, collapsed). */
export function Result({ e, row }: { e: Explanation; row?: string }) {
  const styles = useStyles();
  const r = e.result;
  if (isError(r)) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{r.code}</MessageBarTitle>
          {r.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!Array.isArray(r)) {
    return (
      <Text as="p" className={styles.result} aria-label="Result value">
        {show(r as Scalar)}
      </Text>
    );
  }
  const m = r as Matrix;
  const at = rowOf(m, row);
  if (at > 0) {
    return (
      <Table aria-label={`Result for ${row}`}>
        <TableBody>
          {m[at].slice(1).map((v, j) => (
            <TableRow key={j}>
              <TableCell>{show(m[0]?.[j + 1])}</TableCell>
              <TableCell className={typeof v === 'number' ? styles.number : undefined}>{show(v)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return <ResultTable m={m} />;
}

export function ResultTable({ m }: { m: Matrix }) {
  const styles = useStyles();
  return (
    <Table aria-label="Result table">
      <TableBody>
        {m.map((row, i) => (
          <TableRow key={i}>
            {row.map((v, j) => (
              <TableCell key={j} className={typeof v === 'number' ? styles.number : undefined}>
                {show(v)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
