/**
 * Insert a function: a searchable list of the catalogue; picking one shows a form of its
 * arguments (help text, defaults, optional markers, a "use the selected cell" button
 * where the host allows), a preview of the formula, and Insert. Everything comes through
 * props: the pane wires `onInsert` (write the formula into the selected cell) and
 * `onPickCell` (read the selection's address) to the workbook adapter.
 */
import { useId, useMemo, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { asReference, buildFormula, EXTERNAL_MESSAGE, exampleArguments } from './formula';
import { checkArguments } from './validate';
import { ArgumentField } from './ArgumentField';

export interface CatalogueParam {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  /** The parameter takes a range. */
  readonly range: boolean;
  /** What a blank gives, as formula text. */
  readonly defaultValue?: string;
  /** Names the parameter accepts, offered in a list. */
  readonly choices?: readonly string[];
}

export interface CatalogueEntry {
  /** Without the namespace, e.g. "DSG.BLOCK". */
  readonly name: string;
  readonly description: string;
  readonly params: readonly CatalogueParam[];
  readonly spills?: boolean;
  /** A worked example formula, offered to fill the form. */
  readonly example?: string;
}

export interface InsertFunctionProps {
  /** The functions to offer (the registry fits this shape). */
  readonly catalogue: readonly CatalogueEntry[];
  /** Default "ESG". */
  readonly namespace?: string;
  /** Writes the formula into the selected cell; a rejection's message is shown. */
  readonly onInsert: (formula: string) => Promise<void>;
  /** The address of the selected cell or range (e.g. "Inputs!B2"); absent where the host can't tell. */
  readonly onPickCell?: () => Promise<string | undefined>;
  /** The workbook's defined names: typed names are then read as references, not text. */
  readonly names?: readonly string[];
  /** The function shown first, e.g. "GRANT". */
  readonly initialFunction?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    maxHeight: '14rem',
    overflowY: 'auto',
  },
  item: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', display: 'block', height: 'auto', minHeight: 'auto' },
  itemName: { display: 'block', fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  itemText: { display: 'block', color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // An argument's box and its "Use cell" button on one line, the help text under both.
  preview: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});


function matches(entry: CatalogueEntry, query: string, namespace: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const hay = [`${namespace}.${entry.name}`, entry.description, ...entry.params.map((p) => p.name)].join(' ').toLowerCase();
  return q.split(/\s+/).every((word) => hay.includes(word));
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; formula: string } | { kind: 'failed'; message: string };

export function InsertFunction(props: InsertFunctionProps) {
  const styles = useStyles();
  const namespace = props.namespace ?? 'ESG';
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | undefined>(props.initialFunction);
  const [values, setValues] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pickError, setPickError] = useState<string | undefined>();

  const shown = useMemo(
    () => props.catalogue.filter((e) => matches(e, query, namespace)),
    [props.catalogue, query, namespace],
  );
  const entry = props.catalogue.find((e) => e.name === selected);
  const typed = entry === undefined ? [] : (values[entry.name] ?? entry.params.map(() => ''));
  const fullName = entry === undefined ? '' : `${namespace}.${entry.name}`;
  const built = entry === undefined ? undefined : buildFormula(fullName, entry.params, typed, props.names ?? []);
  const check = entry === undefined || built === undefined ? undefined : checkArguments(entry.name, entry.example, built.args);
  const fieldError = (i: number): string | undefined =>
    built?.args[i].kind === 'external' ? EXTERNAL_MESSAGE : check?.fields[i];
  // The whole call's message, unless a field already says it.
  const callError =
    built !== undefined && built.missing.length === 0 && built.external.length === 0 && !check?.fields.includes(check.call) ? check?.call : undefined;
  const blocked =
    built === undefined || built.missing.length > 0 || built.external.length > 0 || callError !== undefined || (check?.fields.some((f) => f !== undefined) ?? false);

  const setArg = (i: number, text: string) => {
    if (entry === undefined) return;
    const next = [...typed];
    next[i] = text;
    setValues({ ...values, [entry.name]: next });
    setStatus({ kind: 'idle' });
  };

  const pick = (name: string) => {
    setSelected(name);
    setStatus({ kind: 'idle' });
    setPickError(undefined);
  };

  const useExample = () => {
    if (entry?.example === undefined) return;
    const args = exampleArguments(entry.example);
    setValues({ ...values, [entry.name]: entry.params.map((_, i) => args[i] ?? '') });
    setStatus({ kind: 'idle' });
  };

  const pickCell = async (i: number, param: string) => {
    if (props.onPickCell === undefined) return;
    setPickError(undefined);
    try {
      const address = await props.onPickCell();
      if (address === undefined) return;
      const ref = asReference(address);
      if (ref === undefined) setPickError(`The selection (${address}) can't be used as a reference for ${param}.`);
      else setArg(i, ref);
    } catch (e) {
      setPickError(e instanceof Error ? e.message : String(e));
    }
  };

  const insert = async () => {
    if (built === undefined || blocked) return;
    setStatus({ kind: 'busy' });
    try {
      await props.onInsert(built.formula);
      setStatus({ kind: 'done', formula: built.formula });
    } catch (e) {
      setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Insert a function
      </Subtitle2>
      <Input
        type="search"
        aria-label="Search functions"
        placeholder="Search, e.g. grant, transfer, surplus"
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <ul className={styles.list} aria-label="Functions">
        {shown.map((e) => (
          <li key={e.name}>
            <Button
              appearance={e.name === selected ? 'secondary' : 'subtle'}
              className={styles.item}
              aria-pressed={e.name === selected}
              onClick={() => pick(e.name)}
            >
              <span className={styles.itemName}>
                {namespace}.{e.name}
              </span>
              <span className={styles.itemText}>{e.description}</span>
            </Button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <Body1 role="status">No function matches “{query}”.</Body1>}

      {entry !== undefined && built !== undefined && (
        <form
          className={styles.form}
          aria-label={`Arguments of ${fullName}`}
          onSubmit={(ev) => {
            ev.preventDefault();
            void insert();
          }}
        >
          <Subtitle2 as="h3">{fullName}</Subtitle2>
          <Body1>{entry.description}</Body1>
          {entry.example !== undefined && (
            <div className={styles.actions}>
              <Button type="button" size="small" onClick={useExample}>
                Fill in the example
              </Button>
              <Caption1>{entry.example}</Caption1>
            </div>
          )}
          {entry.params.map((p, i) => (
            <ArgumentField
              key={`${entry.name}-${p.name}`}
              param={p}
              value={typed[i] ?? ''}
              kind={built.args[i].kind}
              error={fieldError(i)}
              onChange={(text) => setArg(i, text)}
              onPick={props.onPickCell === undefined ? undefined : () => void pickCell(i, p.name)}
            />
          ))}
          {pickError !== undefined && (
            <MessageBar intent="warning">
              <MessageBarBody>{pickError}</MessageBarBody>
            </MessageBar>
          )}
          <Field label="Formula">
            <Text className={styles.preview} role="status" aria-label="Formula preview">
              {built.formula}
            </Text>
          </Field>
          {built.missing.length > 0 && <Caption1 id={`${headingId}-missing`}>Fill in: {built.missing.join(', ')}.</Caption1>}
          {callError !== undefined && (
            <MessageBar intent="error" id={`${headingId}-call`}>
              <MessageBarBody>The cell would show this error: {callError}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              disabled={blocked || status.kind === 'busy'}
              aria-describedby={built.missing.length > 0 ? `${headingId}-missing` : callError !== undefined ? `${headingId}-call` : undefined}
            >
              Insert into the selected cell
            </Button>
            {status.kind === 'busy' && <Spinner size="tiny" label="Inserting…" />}
          </div>
          {status.kind === 'done' && (
            <MessageBar intent="success">
              <MessageBarBody>Inserted {status.formula}</MessageBarBody>
            </MessageBar>
          )}
          {status.kind === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>The formula was not inserted: {status.message}</MessageBarBody>
            </MessageBar>
          )}
        </form>
      )}
    </section>
  );
}
