/**
 * One argument of Insert's form: its label (optional marked), help text with the default
 * and how what was typed is read, the engine's message as the field's error, the accepted
 * names offered in a native <datalist>, and "Use cell" where the host can read the selection.
 */
import { useId } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { ArgumentKind } from './formula';
import type { CatalogueParam } from './InsertFunction';

const useStyles = makeStyles({
  control: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0, width: '100%' },
});

const KIND_TEXT: Record<ArgumentKind, string> = {
  blank: 'left blank',
  number: 'a number',
  boolean: 'TRUE/FALSE',
  reference: 'a cell reference',
  name: 'a defined name',
  array: 'an array of values',
  text: 'text (in quotes)',
  external: 'a reference into another workbook, which is not allowed',
};

export interface ArgumentFieldProps {
  readonly param: CatalogueParam;
  readonly value: string;
  readonly kind: ArgumentKind;
  /** The engine's message about what was typed (shown under the box, as the field's error). */
  readonly error?: string;
  readonly onChange: (text: string) => void;
  readonly onPick?: () => void;
}

export function ArgumentField({ param, value, kind, error, onChange, onPick }: ArgumentFieldProps) {
  const styles = useStyles();
  const listId = useId();
  const label = param.optional ? `${param.name} (optional)` : param.name;
  const defaultText = param.defaultValue === undefined ? '' : ` Default: ${param.defaultValue}.`;
  const readAs = kind === 'blank' && param.defaultValue !== undefined ? `left blank: ${param.defaultValue}` : KIND_TEXT[kind];
  const hint = `${param.description}${defaultText} Read as ${readAs}.`;
  return (
    <Field label={label} hint={hint} required={!param.optional} validationState={error ? 'error' : 'none'} validationMessage={error}>
      {(fieldProps) => (
        <div className={styles.control}>
          {/* The accepted names are offered by a native <datalist> (an editable combobox): a
              reference or name may be typed instead, and no pop-up positioning code is bundled. */}
          <Input
            {...fieldProps}
            className={styles.grow}
            value={value}
            placeholder={param.defaultValue ?? ''}
            list={param.choices === undefined ? undefined : listId}
            autoComplete="off"
            onChange={(_, data) => onChange(data.value)}
          />
          {param.choices !== undefined && (
            <datalist id={listId}>
              {param.choices.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          )}
          {onPick !== undefined && (
            <Button type="button" onClick={onPick} aria-label={`Use the selected cell for ${param.name}`}>
              {param.range ? 'Use selection' : 'Use cell'}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}
