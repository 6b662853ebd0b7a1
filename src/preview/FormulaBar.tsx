/** The name box, the fx formula bar and (optionally) the number-format picker above the grid. */
import { useEffect, useId, useState, type FocusEvent, type KeyboardEvent, type Ref } from 'react';
import { Input, Select } from '@fluentui/react-components';
import { useWorkbookStyles } from './styles';

export const FORMAT_CHOICES: readonly { label: string; format: string | undefined }[] = [
  { label: 'General', format: undefined },
  { label: 'Number (1,234)', format: '#,##0' },
  { label: 'Number (1,234.50)', format: '#,##0.00' },
  { label: 'Currency (£1,234)', format: '£#,##0' },
  { label: 'Currency (£1,234.50)', format: '£#,##0.00' },
  { label: '£000 (£1)', format: '£#,##0,' },
  { label: 'Percentage (12%)', format: '0%' },
  { label: 'Text', format: '@' },
];

export interface NameBoxProps {
  /** What the name box shows: the defined name of the selected cell, or its address. */
  display: string;
  names: readonly string[];
  /** Goes to what was typed; returns false when it is neither a name nor an address. */
  onNavigate: (text: string) => boolean;
  onCancel: () => void;
}

export function NameBox(props: NameBoxProps) {
  const styles = useWorkbookStyles();
  const listId = useId();
  const [text, setText] = useState(props.display);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(props.display);
  }, [props.display, focused]);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (props.onNavigate(text)) setFocused(false);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setText(props.display);
      props.onCancel();
    }
  };
  return (
    <>
      <Input
        className={styles.nameBox}
        aria-label="Name Box"
        title="Name Box: type a cell address (B6, Inputs!B6) or a defined name, then Enter"
        value={text}
        list={listId}
        spellCheck={false}
        autoComplete="off"
        onFocus={(e) => {
          setFocused(true);
          e.currentTarget.select();
        }}
        onBlur={() => setFocused(false)}
        onChange={(_, data) => setText(data.value)}
        onKeyDown={onKeyDown}
      />
      <datalist id={listId}>
        {props.names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </>
  );
}

export interface FormulaInputProps {
  value: string;
  placeholder?: string;
  inputRef: Ref<HTMLInputElement>;
  onFocus: () => void;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
}

export function FormulaInput(props: FormulaInputProps) {
  const styles = useWorkbookStyles();
  return (
    <>
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <Input
        ref={props.inputRef}
        className={styles.formulaBar}
        aria-label="Formula Bar"
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        autoComplete="off"
        onFocus={props.onFocus}
        onChange={(_, data) => props.onChange(data.value)}
        onKeyDown={props.onKeyDown}
        onBlur={props.onBlur}
      />
    </>
  );
}

export interface FormatPickerProps {
  format: string | undefined;
  onChange: (format: string | undefined) => void;
}

export function FormatPicker(props: FormatPickerProps) {
  const styles = useWorkbookStyles();
  const known = FORMAT_CHOICES.some((c) => c.format === props.format);
  return (
    <Select
      className={styles.formatPicker}
      aria-label="Number format"
      value={props.format ?? ''}
      onChange={(_, data) => props.onChange(data.value === '' ? undefined : data.value)}
    >
      {FORMAT_CHOICES.map((c) => (
        <option key={c.label} value={c.format ?? ''}>
          {c.label}
        </option>
      ))}
      {!known && props.format !== undefined && <option value={props.format}>{props.format}</option>}
    </Select>
  );
}
