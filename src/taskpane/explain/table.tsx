/**
 * Plain HTML tables styled like Fluent's small Table: the explanation needs no sorting,
 * selection or column sizing, and Fluent's Table package would add weight to the pane's
 * bundle for nothing. Native elements keep the table semantics screen readers expect.
 */
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'auto',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'middle', textAlign: 'left' },
  header: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, paddingTop: tokens.spacingVerticalS },
});

interface Props {
  readonly children?: ReactNode;
  readonly className?: string;
}

export function Table({ children, className, 'aria-label': label }: Props & { readonly 'aria-label': string }) {
  return (
    <table className={mergeClasses(useStyles().table, className)} aria-label={label}>
      {children}
    </table>
  );
}

export function TableHeader({ children }: Props) {
  return <thead>{children}</thead>;
}

export function TableBody({ children }: Props) {
  return <tbody>{children}</tbody>;
}

export function TableRow({ children, className }: Props) {
  return <tr className={mergeClasses(useStyles().row, className)}>{children}</tr>;
}

export function TableHeaderCell({ children, className }: Props) {
  const styles = useStyles();
  return (
    <th scope="col" className={mergeClasses(styles.cell, styles.header, className)}>
      {children}
    </th>
  );
}

export function TableCell({ children, className, colSpan }: Props & { readonly colSpan?: number }) {
  return (
    <td className={mergeClasses(useStyles().cell, className)} colSpan={colSpan}>
      {children}
    </td>
  );
}
