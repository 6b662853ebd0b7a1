/**
 * Unsaved edits before a switch: names every input whose value the user changed (its
 * description, the value now in the workbook and the value the active scenario stores)
 * and offers the three ways on — save into the active scenario, save as a new scenario
 * (asks a name), or discard and switch — or Cancel, which changes nothing.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SwitchOutcome, UnsavedChoice } from '../../scenarios';
import { showValue } from '../format';
import { useInitialFocus } from './focus';

type Unsaved = Extract<SwitchOutcome, { kind: 'unsaved' }>;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& th': { fontWeight: tokens.fontWeightSemibold },
  },
  name: { display: 'block', color: tokens.colorNeutralForeground3 },
  choices: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

export interface UnsavedDialogProps {
  readonly unsaved: Unsaved;
  readonly busy: boolean;
  /** A refusal of the last choice (e.g. the new name is taken), shown in the dialog. */
  readonly error?: string;
  readonly onChoose: (choice: UnsavedChoice) => void;
  readonly onCancel: () => void;
}

export function UnsavedDialog({ unsaved, busy, error, onChoose, onCancel }: UnsavedDialogProps) {
  const styles = useStyles();
  const formId = useId();
  const [askName, setAskName] = useState(error !== undefined);
  const [name, setName] = useState('');
  const active = unsaved.active;
  const n = unsaved.differences.length;
  // Cancel has the focus when the choice opens: a reflexive Enter overwrites nothing.
  const cancel = useRef<HTMLButtonElement>(null);
  useInitialFocus(cancel, !askName);

  const saveAsNew = (event: FormEvent) => {
    event.preventDefault();
    onChoose({ kind: 'save-as-new', name: name.trim() });
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {n === 1 ? 'An input has' : `${n} inputs have`} a value {active === '' ? 'no scenario stores' : `"${active}" doesn't store`}
          </DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>
              Switching to "{unsaved.target}" would overwrite {n === 1 ? 'this value' : 'these values'}, which{' '}
              {active === '' ? 'no scenario stores' : `${n === 1 ? 'differs' : 'differ'} from what "${active}" stores`}:
            </Body1>
            <table className={styles.table} aria-label="Inputs that differ">
              <thead>
                <tr>
                  <th scope="col">Input</th>
                  <th scope="col">Now in the workbook</th>
                  <th scope="col">{active === '' ? 'Stored' : `Stored in "${active}"`}</th>
                </tr>
              </thead>
              <tbody>
                {unsaved.differences.map((d) => (
                  <tr key={d.input}>
                    <th scope="row">
                      {d.description || d.input}
                      {d.description ? <Caption1 className={styles.name}>{d.input}</Caption1> : null}
                    </th>
                    <td>{showValue(d.current)}</td>
                    <td>{d.reason === 'not-in-any-scenario' ? 'not in any scenario' : showValue(d.stored)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {askName ? (
              <form id={formId} onSubmit={saveAsNew}>
                <Field
                  label="Name for the new scenario"
                  hint="It will hold the current value of every input."
                  validationState={error ? 'error' : 'none'}
                  validationMessage={error}
                  required
                >
                  <Input value={name} onChange={(_, data) => setName(data.value)} autoFocus />
                </Field>
              </form>
            ) : (
              error && <Body1 role="alert">{error}</Body1>
            )}
          </DialogContent>
          <DialogActions fluid className={styles.choices}>
            {askName ? (
              <>
                <Button appearance="primary" type="submit" form={formId} disabled={busy}>
                  Save as new scenario and switch
                </Button>
                <Button disabled={busy} onClick={() => setAskName(false)}>
                  Back
                </Button>
              </>
            ) : (
              <>
                {unsaved.canSaveIntoActive && (
                  <Button appearance="primary" disabled={busy} onClick={() => onChoose({ kind: 'save-into-active' })}>
                    Save into "{active}" and switch
                  </Button>
                )}
                <Button disabled={busy} onClick={() => setAskName(true)}>
                  Save as a new scenario…
                </Button>
                <Button disabled={busy} onClick={() => onChoose({ kind: 'discard' })}>
                  Discard my changes and switch
                </Button>
              </>
            )}
            <Button ref={cancel} disabled={busy} onClick={onCancel}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
