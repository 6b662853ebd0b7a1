/**
 * Explain a cell: how the selected cell's ESG result was worked out — the arguments with
 * the cells they came from, the rates used with their year and source, each step of the
 * arithmetic, and the result — from an explanation built by src/explain/ (which shares the
 * real functions' code). Everything comes through props: the pane reads the selected
 * cell's formula and its precedents through the workbook adapter and passes the result.
 */
import { useId, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from './table';
import { EXPLAIN } from '../../explain/messages';
import { useStyles } from './styles';
import { Collapsible, Result, ResultTable, Steps, rowOf } from './ExplainSteps';
import type { Matrix } from '../../engine';
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
  /** The group of steps (e.g. a projection's year "2016-17") of the selected row: shown open, first. */
  readonly selectedGroup?: string;
  /**
   * The selected cell's row within the explained cell's spilled result (0: the anchor's row,
   * e.g. a projection's header): the row whose result and steps are shown first.
   */
  readonly selectedRow?: number;
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
      {x !== undefined && (
        <ExplanationView
          x={x}
          cell={props.cell}
          onCopy={props.onCopy ?? clipboardCopy}
          selectedGroup={props.selectedGroup ?? groupOfRow(x, props.selectedRow)}
        />
      )}
    </section>
  );
}

/** The step group of row `row` of a table result: its first cell, when steps are grouped by it (a projection's year). */
export function groupOfRow(x: FormulaExplanation, row: number | undefined): string | undefined {
  if (x.kind !== 'explained' || row === undefined) return undefined;
  const result = x.explanation.result;
  if (!Array.isArray(result)) return undefined;
  const label = (result as Matrix)[row]?.[0];
  if (label === undefined || label === null) return undefined;
  return x.explanation.steps.some((s) => s.group === String(label)) ? String(label) : undefined;
}

/**
 * A formula as code: each text literal ("2015-16", "High Needs") kept on one line, and a
 * line break allowed after each comma between arguments.
 */
export function FormulaCode({ formula }: { formula: string }) {
  const styles = useStyles();
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className={styles.literal}>
            {part}
          </span>
        ) : (
          part.split(',').map((piece, j) => (
            <span key={`${i}-${j}`}>
              {j > 0 ? ',' : ''}
              {j > 0 ? <wbr /> : null}
              {piece}
            </span>
          ))
        ),
      )}
    </>
  );
}

function ExplanationView({
  x,
  cell,
  onCopy,
  selectedGroup,
}: {
  x: FormulaExplanation;
  cell?: string;
  onCopy: (text: string) => Promise<void>;
  selectedGroup?: string;
}) {
  const styles = useStyles();
  // A new cell or row starts on its own row again (the picker's choice belongs to one explanation).
  if (x.kind === 'explained') return <Explained key={`${cell ?? ''}|${selectedGroup ?? ''}|${x.formula}`} x={x} cell={cell} onCopy={onCopy} selectedGroup={selectedGroup} />;
  return (
    <>
      {'formula' in x && (
        <Text as="p" className={styles.code} aria-label="Formula">
          {cell === undefined ? '' : `${cell}: `}
          <FormulaCode formula={x.formula} />
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
  selectedGroup,
}: {
  x: Extract<FormulaExplanation, { kind: 'explained' }>;
  cell?: string;
  onCopy: (text: string) => Promise<void>;
  selectedGroup?: string;
}) {
  const styles = useStyles();
  const e = x.explanation;
  // A table of results (a projection, a split) has steps in groups: then the result and the
  // selected row's steps come first, and the arguments, rates and other rows are collapsed.
  const long = e.steps.some((st) => st.group !== undefined);
  const groups = [...new Set(e.steps.flatMap((s) => (s.group === undefined ? [] : [s.group])))];
  const [picked, setPicked] = useState<string | undefined>(selectedGroup !== undefined && groups.includes(selectedGroup) ? selectedGroup : undefined);
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
        <FormulaCode formula={x.formula} />
      </Text>
      {x.call.wrapped && <Caption1>{EXPLAIN.formulaWrapped(x.call.formulaName)}</Caption1>}
      <Body1>{e.summary}</Body1>

      {long && (
        <>
          {groups.length > 1 && (
            <Field label="Row" hint="The selected cell's row is shown first; pick another to see its result and steps.">
              {(field) => (
                // A native select (Field gives it its label and hint): no extra component in the pane's bundle.
                <select {...field} className={styles.select} value={picked ?? groups[0]} onChange={(event) => setPicked(event.target.value)}>
                  {groups.map((g) => (
                    <option key={g} value={g}>
                      {g}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Subtitle2 as="h3">{EXPLAIN.headingResult}</Subtitle2>
          <Result e={e} row={picked ?? groups[0]} />
          {e.steps.length > 0 && <Steps e={e} selectedGroup={picked} />}
          {rowOf(e.result, picked ?? groups[0]) > 0 && (
            <Collapsible collapsed summary="Every row of the result">
              <ResultTable m={e.result as Matrix} />
            </Collapsible>
          )}
        </>
      )}
      <Collapsible collapsed={long} summary={`${EXPLAIN.headingArguments} and ${EXPLAIN.headingRates.toLowerCase()}`}>
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
              <TableCell className={styles.from}>{x.args[i] === undefined ? '' : fromText(x.args[i])}</TableCell>
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

      </Collapsible>
      {!long && e.steps.length > 0 && <Steps e={e} />}
      {!long && (
        <>
          <Subtitle2 as="h3">{EXPLAIN.headingResult}</Subtitle2>
          <Result e={e} />
        </>
      )}

      <div className={styles.bar}>
        <Button onClick={() => void doCopy()}>Copy as text</Button>
        {copy === 'copied' && <Caption1 role="status">Copied.</Caption1>}
      </div>
      {copy === 'failed' && <textarea className={styles.copyText} readOnly value={text} aria-label="Explanation as text" rows={8} />}
    </>
  );
}
