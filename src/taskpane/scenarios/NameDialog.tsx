/**
 * Asks for a scenario name (Create, Duplicate, Rename). The name is checked as it is typed
 * against the scenarios the pane last read (a taken name is named as the workbook spells
 * it), trimmed when submitted, and checked again by the scenario service: a refusal is
 * shown here, and the dialog stays open so the name can be corrected.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  Button,
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
import { cleanName, takenBy, takenMessage } from './names';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface NameDialogProps {
  readonly title: string;
  /** What the name is for, shown above the field. */
  readonly intro: string;
  readonly initialName: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  /** The workbook's scenario names, to say at once when a name is taken. */
  readonly existing?: readonly string[];
  /** A name that may be kept (Rename's own). */
  readonly except?: string;
  /** Resolves to a message to show (the dialog stays open), or `undefined` when done. */
  readonly onSubmit: (name: string) => Promise<string | undefined>;
  readonly onCancel: () => void;
}

export function NameDialog(props: NameDialogProps) {
  const styles = useStyles();
  const formId = useId();
  const [name, setName] = useState(props.initialName);
  // The service's refusal of the name last submitted; cleared as soon as the name changes.
  const [refusal, setRefusal] = useState<{ readonly name: string; readonly message: string }>();
  const taken = takenBy(name, props.existing ?? [], props.except);
  const error = taken !== undefined ? takenMessage(name, taken) : refusal?.name === name ? refusal.message : undefined;
  const blank = cleanName(name) === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (taken !== undefined || blank) return;
    const message = await props.onSubmit(cleanName(name));
    setRefusal(message === undefined ? undefined : { name, message });
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <form id={formId} className={styles.content} onSubmit={(e) => void submit(e)}>
              <span>{props.intro}</span>
              <Field
                label="Scenario name"
                hint={error === undefined && name !== cleanName(name) && !blank ? `Spaces at the ends are left out: "${cleanName(name)}".` : undefined}
                validationState={error ? 'error' : 'none'}
                validationMessage={error}
                required
              >
                <Input value={name} onChange={(_, data) => setName(data.value)} autoFocus />
              </Field>
            </form>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" type="submit" form={formId} disabled={props.busy || taken !== undefined || blank}>
              {props.confirmLabel}
            </Button>
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
