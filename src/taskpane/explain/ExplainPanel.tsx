/**
 * Explain a cell: how the selected cell's ESG result was worked out — the arguments with
 * the cells they came from, the rates used with their year and source, each step of the
 * arithmetic, and the result — from an explanation built by src/explain/ (which shares the
 * real functions' code). Everything comes through props: the pane reads the selected
 * cell's formula and its precedents through the workbook adapter and passes the result.
 */
import { useId, useState, type ReactElement } from 'react';
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from './table';
import { isError, type Explanation, type Matrix, type Scalar } from '../../engine';
import { EXPLAIN } from '../../explain/messages';
import { num } from '../../engine/explain/format';
import { formulaExplanationText, sourceLabel, type FormulaExplanation, type ResolvedArgument } from '../../explain';

export interface ExplainPanelProps {
  /** The explanation of the selected cell; undefined before the first Explain. */
  readonly explanation: FormulaExplanation | undefined;
  /** The explained cell's address, e.g. "ESG!C7". */
  readonly cell?: string;
  /** An explanation is being worked out. */
  readonly busy?: boolean;
  /** Explain the selected cell (again). */
  readonly onRefresh: () => void;
  /** Puts text on the clipboard; default navigator.clipboard. */
  readonly onCopy?: (text: string) => Promise<void>;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  expression: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'break-word' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  group: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  year: { width: '4.5rem' },
  copyText: {
    width: '100%',
    boxSizing: 'border-box',
    resize: 'vertical',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  value: { width: '7.5rem', textAlign: 'right' },
  // A rate and the line of its source read as one entry: no rule between them.
  rateRow: { borderBottomStyle: 'none' },
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, paddingBottom: tokens.spacingVerticalXS },
  result: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});

function show(value: unknown): string {
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return '';
  return String(value);
}

function fromText(a: ResolvedArgument): string {
  return sourceLabel(a) ?? EXPLAIN.sourceKind[a.kind];
}

async function clipboardCopy(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.clipboard === undefined) throw new Error('No clipboard here');
  await navigator.clipboard.writeText(text);
}

export function ExplainPanel(props: ExplainPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const x = props.explanation;
  return (
    <section className={styles.root} aria-labelledby={headingId} aria-busy={props.busy === true}>
      <Subtitle2 as="h2" id={headingId}>
        Explain a cell
      </Subtitle2>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={props.onRefresh} disabled={props.busy === true}>
          {x === undefined ? 'Explain the selected cell' : 'Explain the selected cell again'}
        </Button>
        {props.busy === true && <Spinner size="tiny" label="Working it out…" />}
      </div>
      {x === undefined && (
        <Body1 className={styles.muted}>
          Select a cell whose formula calls an ESG function, then choose Explain: you will see the values it used, the rates and
          their sources, and each step of the arithmetic.
        </Body1>
      )}
      {x !== undefined && <ExplanationView x={x} cell={props.cell} onCopy={props.onCopy ?? clipboardCopy} />}
    </section>
  );
}

function ExplanationView({ x, cell, onCopy }: { x: FormulaExplanation; cell?: string; onCopy: (text: string) => Promise<void> }) {
  const styles = useStyles();
  if (x.kind === 'explained') return <Explained x={x} cell={cell} onCopy={onCopy} />;
  return (
    <>
      {'formula' in x && (
        <Text as="p" className={styles.code} aria-label="Formula">
          {cell === undefined ? '' : `${cell}: `}
          {x.formula}
        </Text>
      )}
      <MessageBar intent={x.kind === 'error-argument' || x.kind === 'unreadable' ? 'error' : 'info'}>
        <MessageBarBody>{x.message}</MessageBarBody>
      </MessageBar>
    </>
  );
}

function Explained({
  x,
  cell,
  onCopy,
}: {
  x: Extract<FormulaExplanation, { kind: 'explained' }>;
  cell?: string;
  onCopy: (text: string) => Promise<void>;
}) {
  const styles = useStyles();
  const e = x.explanation;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = formulaExplanationText(x, cell);
  const doCopy = async () => {
    try {
      await onCopy(text);
      setCopy('copied');
    } catch {
      // The clipboard is not available (e.g. blocked in this host): show the text to copy by hand.
      setCopy('failed');
    }
  };
  return (
    <>
      <Subtitle2 as="h3">
        {x.call.formulaName}
        {cell === undefined ? '' : ` in ${cell}`}
      </Subtitle2>
      <Text as="p" className={styles.code} aria-label="Formula">
        {x.formula}
      </Text>
      {x.call.wrapped && <Caption1>{EXPLAIN.formulaWrapped(x.call.formulaName)}</Caption1>}
      <Body1>{e.summary}</Body1>

      <Subtitle2 as="h3">{EXPLAIN.headingArguments}</Subtitle2>
      <Table aria-label={EXPLAIN.headingArguments}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Argument</TableHeaderCell>
            <TableHeaderCell>Value used</TableHeaderCell>
            <TableHeaderCell>From</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {e.args.map((a, i) => (
            <TableRow key={a.name}>
              <TableCell>{a.name}</TableCell>
              <TableCell>
                {a.display}
                {a.note === undefined ? null : <Caption1 className={styles.muted}> ({a.note})</Caption1>}
              </TableCell>
              <TableCell>{x.args[i] === undefined ? '' : fromText(x.args[i])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {e.rates.length > 0 && (
        <>
          <Subtitle2 as="h3">{EXPLAIN.headingRates}</Subtitle2>
          {/* Each rate's source on a full-width line under it: a fourth column is too narrow in a pane. */}
          <Table aria-label={EXPLAIN.headingRates}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Rate</TableHeaderCell>
                <TableHeaderCell className={styles.year}>Year</TableHeaderCell>
                <TableHeaderCell className={styles.value}>Value</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {e.rates.flatMap((r, i) => [
                <TableRow key={`${r.label}-${r.year ?? ''}-${i}`} className={styles.rateRow}>
                  <TableCell>{r.label}</TableCell>
                  <TableCell>{r.year ?? ''}</TableCell>
                  <TableCell className={styles.number}>{r.display}</TableCell>
                </TableRow>,
                <TableRow key={`${r.label}-${r.year ?? ''}-${i}-source`}>
                  <TableCell colSpan={3} className={styles.source}>
                    Source: {r.source}
                  </TableCell>
                </TableRow>,
              ])}
            </TableBody>
          </Table>
        </>
      )}

      {e.steps.length > 0 && <Steps e={e} />}

      <Subtitle2 as="h3">{EXPLAIN.headingResult}</Subtitle2>
      <Result e={e} />

      <div className={styles.bar}>
        <Button onClick={() => void doCopy()}>Copy as text</Button>
        {copy === 'copied' && <Caption1 role="status">Copied.</Caption1>}
      </div>
      {copy === 'failed' && <textarea className={styles.copyText} readOnly value={text} aria-label="Explanation as text" rows={8} />}
    </>
  );
}

function Steps({ e }: { e: Explanation }) {
  const styles = useStyles();
  const rows: ReactElement[] = [];
  let group: string | undefined;
  e.steps.forEach((s, i) => {
    if (s.group !== group) {
      group = s.group;
      if (group !== undefined) {
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
  return (
    <>
      <Subtitle2 as="h3">{EXPLAIN.headingSteps}</Subtitle2>
      <Table aria-label={EXPLAIN.headingSteps}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Step</TableHeaderCell>
            <TableHeaderCell>Working</TableHeaderCell>
            <TableHeaderCell className={styles.value}>Value</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>{rows}</TableBody>
      </Table>
    </>
  );
}

function Result({ e }: { e: Explanation }) {
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
